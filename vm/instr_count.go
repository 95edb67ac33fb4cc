package vm

import "wasmstep/vm/wasm"

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
	return steps + uint64(fc.fn.Def.BodyLen())
}

// doneAt is the count once op pc of the current frame has run up to the
// instruction it completes (fc.at): where it calls, returns, throws or
// traps from.
func (t *Thread) doneAt() uint64 {
	return t.steps + uint64(t.fc.at[t.pc]) + 1
}

// CountThrough is the instruction count once the instruction running now
// completes, for callbacks made from inside one (Memory.OnGrow): in either
// form the op running completes that instruction (fc.at).
func (t *Thread) CountThrough() uint64 { return t.doneAt() }

// branchSkip is what op pc adds when its branch to instruction i is taken:
// the position moves from the op's own to i, one past the branch
// instruction (fc.at). The op it lands on begins at i (see landings).
func (l *lowerer) branchSkip(pc, i int) int32 {
	return l.fc.at[pc] + 1 - int32(i)
}

// landings marks the instructions control can continue at other than from
// the one before, as far as the body alone says: a loop (its branches'
// target), the first of an else arm (a dead else's if jumps there) and of a
// legacy handler. Lowering adds each end a branch, an if or a catch
// continues at (markLanding) before it gets there. The fast form starts an
// op group at each, so an op a branch lands on begins at its target: its
// position is the target's and the fast loop can stop there with an exact
// count. An end nothing branches to (the function's own, a block only
// fallen out of) stays inside its group, so a call returns in one op.
func landings(body []wasm.Instr) []bool {
	land := make([]bool, len(body)+1)
	for i := range body {
		switch body[i].Op {
		case wasm.OpLoop:
			land[i] = true
		case wasm.OpElse, wasm.OpCatch, wasm.OpCatchAll:
			land[i+1] = true
		}
	}
	return land
}

// markLanding notes that control continues at instruction i from a branch
// lowered before it (fast form; a backward target is a loop, already marked).
func (l *lowerer) markLanding(i int) {
	if l.fast && i > l.cur {
		l.landing[i] = true
	}
}

// closeBeforeLanding ends a clean group of instructions that emitted
// nothing (nop, block, an inner end) before landing i with a nop op of its
// own, so the landing starts its own group: the nop runs once on the way
// in, not on the branches back.
func (l *lowerer) closeBeforeLanding(i int) {
	if l.groupOps > 0 || !l.groupClean || l.groupStart >= i {
		return
	}
	pc := l.emit(op{fn: opNop})
	l.fc.at[pc] = int32(i - 1)
	l.groupStart, l.groupOps = i, 0
}

// countCall sets each call op's skip to the position past its call
// instruction (see Thread.call).
func (l *lowerer) countCall(pc int) {
	l.fc.ops[pc].skip = l.fc.at[pc] + 1
}
