package vm

// Instruction accounting: Thread.Steps counts WebAssembly instructions the
// same in both forms, so a debugger can name any point of a run by its
// count whichever loop ran it, at no cost per op (see "Instruction
// accounting" in doc.go). Thread.steps is the count less the position of
// the current frame: the count is steps + fc.instr[pc]. Straight-line code
// thus needs no counting; a branch op adds its skip, calls, returns, throws
// and traps settle the difference between two positions.

// countAt is the instruction count of a thread whose current frame runs fc
// at pc (fc nil: no frame).
func countAt(steps uint64, fc *funcCode, pc int) uint64 {
	if fc == nil {
		return steps
	}
	if pc < len(fc.instr) {
		return steps + uint64(fc.instr[pc])
	}
	return steps + uint64(len(fc.fn.Def.Body))
}

// doneAt is the count once op pc of the current frame has run up to the
// instruction it completes (fc.at): where it calls, returns, throws or
// traps from.
func (t *Thread) doneAt() uint64 {
	return t.steps + uint64(t.fc.at[t.pc]) + 1
}

// branchSkip is what op pc adds when its branch to instruction i is taken:
// the position moves from the op's own to i, one past the branch
// instruction (fc.at). The op it lands on counts from the start of its
// group, which may lie before i (a label that joined a group of block,
// loop, nop, ... started earlier; the else arm after a dead else): such an
// op is no place to stop, since the position shown would be where the
// debug form is not, so it goes in noStop.
func (l *lowerer) branchSkip(pc, i int) int32 {
	l.markLanding(i)
	return l.fc.at[pc] + 1 - int32(i)
}

// markLanding notes the op a branch or a catch to instruction i lands on
// in noStop if its group starts before i.
func (l *lowerer) markLanding(i int) {
	land := l.startPC[i]
	if l.groupAt(int(land)) != int32(i) {
		if l.fc.noStop == nil {
			l.fc.noStop = map[int32]bool{}
		}
		l.fc.noStop[land] = true
	}
}

// groupAt is the instruction op pc begins at; past the end, the body's end.
func (l *lowerer) groupAt(pc int) int32 {
	if pc < len(l.fc.ops) {
		return l.fc.instr[pc]
	}
	return int32(len(l.body))
}

// countCall sets each call op's skip to the position past its call
// instruction (see Thread.call).
func (l *lowerer) countCall(pc int) {
	l.fc.ops[pc].skip = l.fc.at[pc] + 1
}
