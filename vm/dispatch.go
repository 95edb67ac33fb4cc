package vm

import (
	"unsafe"

	"wasmstep/vm/num"
)

// The dispatch loop keeps the op it runs in a register: a handler returns
// the op to run next, or nil to leave the loop (having recorded why in t).
// Straight-line code returns next(o), a taken branch the target's op, so
// the loop neither reads nor writes t.pc per op. t.pc is brought up to date
// from o.pc only where it is read: by the handlers that call into the
// thread (calls, returns, traps, the slow paths), by the loop when it
// stops or polls, and by the debug loop after every op.

// opSize is the size of an op record, the stride of next.
const opSize = unsafe.Sizeof(op{})

// next is the op after o in its code. Every funcCode's ops are followed by
// a sentinel in the same allocation (lowerer.number), so the pointer stays
// inside it even after a function's last op; the code of a function is
// never reallocated once lowered, so the pointer stays valid while it runs.
func next(o *op) *op { return (*op)(unsafe.Add(unsafe.Pointer(o), opSize)) }

// next is the op at t.pc in the current frame's code, for handlers that
// moved t.pc themselves (a branch, a call, a return, a throw): it may be
// the poll instead (see pollOp).
func (t *Thread) next() *op {
	if t.budget--; t.budget <= 0 {
		return &t.pollOp
	}
	return &t.code[t.pc]
}

// cont turns what a bool-returning helper reports into a handler's result:
// the op at t.pc (or the poll) if it went on, nil if it left the loop.
func (t *Thread) cont(ok bool) *op {
	if !ok {
		return nil
	}
	return t.next()
}

// jumpTo takes o's branch: the op at a, with o's skip (see "Instruction
// accounting" in doc.go), or the poll.
func (t *Thread) jumpTo(o *op) *op {
	t.steps += uint64(o.skip)
	return t.transfer(t.code, o.a)
}

// transfer goes on at op pc of code, a transfer of control other than
// straight on: it spends a unit of budget, and the last unit gives the
// poll with t.pc at pc. pc is an op of code by construction (a lowered
// target, a frame's resume point), so it is not checked.
func (t *Thread) transfer(code []op, pc int32) *op {
	if t.budget--; t.budget <= 0 {
		t.pc = int(pc)
		return &t.pollOp
	}
	return (*op)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(code)), uintptr(pc)*opSize))
}

// The fast loop does not count ops: every transfer of control that is not
// straight on (a taken branch, a call, a return, a throw) spends one unit
// of t.budget, and the one that spends the last returns t.pollOp with t.pc
// at where it leads. A run that never leaves straight-line code ends, so
// the pause flag is looked at at least every pollInterval such transfers.
// Straight-line handlers pay nothing, and the loop keeps no counter in
// memory (a Go call spills every register, so a counter is a load and a
// store on each op's path). A run that stops at a count (StopAtCount)
// sizes the budget so it cannot pass the count (runFast) and counts ops
// only near it; one under a step limit counts ops throughout.

// opPoll is the handler of t.pollOp: it looks at the pause flag and goes
// on at t.pc, or, when the run stops at a count, leaves the loop with no
// stop reason so runFast looks at the count. The debug loop and single
// ops (runOne) skip it: they poll themselves.
func opPoll(t *Thread, _ *op) *op {
	if t.pause.Swap(false) {
		if t.finishToBoundary() == StopNone {
			t.setStop(StopPaused)
		}
		return nil
	}
	if t.countStop != 0 {
		return nil
	}
	t.budget = pollInterval
	return &t.code[t.pc]
}

// numTrapAt ends the call with a numeric helper's trap at o.
func (t *Thread) numTrapAt(o *op, tr num.Trap) *op {
	t.pc = int(o.pc)
	t.numTrap(tr)
	return nil
}

// slots is the current frame's first slot, for the generated handlers,
// which read and write slots through slot instead of indexing t.s.
func (t *Thread) slots() unsafe.Pointer { return unsafe.Pointer(unsafe.SliceData(t.s)) }

// slot is the address of slot i of the frame whose first slot is at s,
// with no bounds check. It stays in the frame by construction: the
// lowering gives an op only slots below fc.nslots (locals, then operand
// stack positions, which validation bounds by the body's maximum height:
// nslots = nlocals + 2*MaxHeight + 1), and a frame is entered only once
// the value stack holds nslots slots from its base (enter, call and
// makeRoom), which t.s spans (setCurrent).
func slot(s unsafe.Pointer, i int32) *uint64 {
	return (*uint64)(unsafe.Add(s, uintptr(uint32(i))*8))
}
