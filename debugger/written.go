package debugger

import (
	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// maxWrittenRanges bounds the ranges a memory reports per stop; beyond it
// the two closest ranges merge, so the list widens rather than grows.
const maxWrittenRanges = 64

// writeLog collects the bytes written since the previous stop. The hook
// notes the destination of each store and bulk memory instruction before
// it runs, and the note counts once the instruction completed (a trapping
// store, or one a breakpoint stopped before, wrote nothing); host calls add
// the ranges the history diffs. This works for memories of any size, such
// as a memory64 written above 4 GiB. Where execution escaped the hook (the
// fast loop with history off, a replay, a host call without history),
// partial says so and a stop falls back on diffing the memories small
// enough to copy.
type writeLog struct {
	ranges  map[*vm.Memory][]Range
	pending pendingWrite
	partial bool
}

// pendingWrite is the destination of the instruction about to run.
type pendingWrite struct {
	mem *vm.Memory // nil: the instruction writes no memory
	r   Range
}

// noteWrite runs before an instruction: the previous one completed, and
// this one's destination, if any, becomes pending.
func (w *writeLog) noteWrite(t *vm.Thread) {
	w.commit()
	w.pending = destination(t)
}

func (w *writeLog) commit() {
	if w.pending.mem != nil {
		w.add(w.pending.mem, w.pending.r)
		w.pending = pendingWrite{}
	}
}

// settle ends a run of the machine: the pending instruction ran only if
// the machine stopped after it.
func (w *writeLog) settle(r vm.StopReason) {
	switch r {
	case vm.StopHook, vm.StopPaused, vm.StopDone:
		w.commit()
	default:
		w.pending = pendingWrite{}
	}
}

// take returns the ranges written since the previous stop and starts anew.
func (w *writeLog) take() (ranges map[*vm.Memory][]Range, partial bool) {
	ranges, partial = w.ranges, w.partial
	w.ranges, w.partial = nil, false
	return ranges, partial
}

// add inserts r into m's sorted ranges, merging the ranges it touches.
func (w *writeLog) add(m *vm.Memory, r Range) {
	if r.End <= r.Start {
		return
	}
	if w.ranges == nil {
		w.ranges = map[*vm.Memory][]Range{}
	}
	rs := w.ranges[m]
	i := len(rs)
	for i > 0 && rs[i-1].Start > r.Start { // usually 0 steps: writes tend to ascend
		i--
	}
	if i > 0 && rs[i-1].End >= r.Start {
		i--
		r.Start = rs[i].Start
	}
	j := i
	for j < len(rs) && rs[j].Start <= r.End {
		r.End = max(r.End, rs[j].End)
		j++
	}
	rs = append(rs[:i], append([]Range{r}, rs[j:]...)...)
	if len(rs) > maxWrittenRanges {
		rs = mergeClosest(rs)
	}
	w.ranges[m] = rs
}

// mergeClosest merges the two neighbouring ranges with the smallest gap.
func mergeClosest(rs []Range) []Range {
	k := 0
	for i := 1; i+1 < len(rs); i++ {
		if rs[i+1].Start-rs[i].End < rs[k+1].Start-rs[k].End {
			k = i
		}
	}
	rs[k].End = rs[k+1].End
	return append(rs[:k+1], rs[k+2:]...)
}

// destination is the memory range the next instruction writes, from its
// memarg or memory immediate and its operands on the stack.
func destination(t *vm.Thread) pendingWrite {
	f, pc := t.At()
	if f == nil || f.Def == nil || pc < 0 || pc >= len(f.Def.Body) {
		return pendingWrite{}
	}
	in := &f.Def.Body[pc]
	size, operands := storeSize(in.Op)
	if operands == 0 {
		return pendingWrite{}
	}
	memIdx := in.X
	if in.Op == wasm.OpMemoryInit {
		memIdx = in.Y
	}
	if int(memIdx) >= len(f.Inst.Mems) {
		return pendingWrite{}
	}
	m := f.Inst.Mems[memIdx]
	stack := t.Frame(0).Stack
	if len(stack) < operands {
		return pendingWrite{}
	}
	addr := stack[len(stack)-operands].Bits
	if !m.Type.Addr64 {
		addr = uint64(uint32(addr))
	}
	if size == 0 { // a bulk instruction: its length is the last operand
		size = stack[len(stack)-1].Bits
		return pendingWrite{m, Range{addr, addr + size}}
	}
	start := addr + in.Imm
	if start < addr { // the offset overflows: the store traps
		return pendingWrite{}
	}
	return pendingWrite{m, Range{start, start + size}}
}

// storeSize says how many bytes a store writes (0 for a bulk instruction,
// whose length is an operand) and how deep its destination address lies
// on the stack; operands is 0 for an instruction that writes no memory.
func storeSize(op wasm.Op) (size uint64, operands int) {
	info := &wasm.Ops[op]
	if !info.WritesMemory {
		return 0, 0
	}
	return uint64(info.Access.Width), len(info.Params(false))
}
