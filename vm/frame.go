package vm

import (
	"errors"

	"wasmstep/vm/num"
)

// frame is one activation on a thread's call stack.
type frame struct {
	fn   *Function
	fc   *funcCode
	base int   // first slot in the thread's value stack
	pc   int32 // a suspended frame's next op (the one after its call)
	// resume is the instruction a suspended frame resumes at (past its
	// call), so a return sets the count without looking up the op there.
	// Both are int32 to keep a frame in 32 bytes: calls push and pop one.
	resume int32
}

// ensure makes the value stack at least n slots long.
func (t *Thread) ensure(n int) {
	if n <= len(t.vals) {
		return
	}
	size := max(n, 2*len(t.vals))
	vals := make([]uint64, size)
	refs := make([]Ref, size)
	copy(vals, t.vals)
	copy(refs, t.refs)
	t.vals, t.refs = vals, refs
	if t.fc != nil {
		t.s = t.vals[t.base : t.base+t.fc.nslots]
		t.r = t.refs[t.base : t.base+t.fc.nslots]
	}
}

// enter pushes a frame for f whose arguments are already at base.
func (t *Thread) enter(f *Function, fc *funcCode, base int) {
	t.ensure(base + fc.nslots)
	t.frames = append(t.frames, frame{fn: f, fc: fc, base: base})
	t.fn, t.fc, t.code, t.pc, t.base = f, fc, fc.ops, 0, base
	t.s = t.vals[base : base+fc.nslots]
	t.r = t.refs[base : base+fc.nslots]
	if fc.nparams < fc.nlocals {
		clear(t.s[fc.nparams:fc.nlocals])
	}
	for _, k := range fc.refLocals {
		t.r[k] = nil
	}
}

// call calls f with its arguments at slot argSlot of the current frame;
// the current op is at t.pc and the caller resumes at t.pc+1. after is the
// call op's skip: the position past the call instruction, where the
// callee's count starts (a function's first op begins at instruction 0).
func (t *Thread) call(f *Function, argSlot int, after int32) bool {
	if f.Host != nil {
		if !t.callHost(f, argSlot) {
			return false
		}
		t.pc++
		return true
	}
	if len(t.frames) >= t.store.MaxCallDepth {
		return t.trap(TrapCallStackExhausted)
	}
	// The common case, a lowered callee in the fast form on a stack that
	// has room, costs no further calls.
	fc := f.fast
	if fc == nil || t.debugMode || f.hasBreaks {
		fc = f.code(t.debugMode)
	}
	if end := t.base + argSlot + fc.nslots; end > len(t.vals) && !t.stackFits(end) {
		return false
	}
	caller := &t.frames[len(t.frames)-1]
	caller.pc, caller.resume = int32(t.pc+1), after
	t.steps += uint64(after)
	t.enter(f, fc, t.base+argSlot)
	return true
}

// tailCall replaces the current frame by a call of f whose arguments are at
// argSlot (return_call and friends); after as for call.
func (t *Thread) tailCall(f *Function, argSlot int, after int32) bool {
	if f.Host != nil {
		if !t.callHost(f, argSlot) {
			return false
		}
		return t.ret(argSlot, slotsOf(f.Type.Results))
	}
	n := slotsOf(f.Type.Params)
	copy(t.s[:n], t.s[argSlot:argSlot+n])
	copy(t.r[:n], t.r[argSlot:argSlot+n])
	t.frames = t.frames[:len(t.frames)-1]
	t.steps += uint64(after)
	t.enter(f, f.code(t.debugMode), t.base)
	return true
}

// ret returns from the current frame with n result slots at slot src.
func (t *Thread) ret(src, n int) bool {
	if n == 1 { // most functions return one value: no copy calls
		t.s[0], t.r[0] = t.s[src], t.r[src]
		return t.pop()
	}
	if src != 0 {
		copy(t.s[:n], t.s[src:src+n])
		copy(t.r[:n], t.r[src:src+n])
	}
	return t.pop()
}

// pop removes the current frame, whose results are in place; the op at
// t.pc returns.
func (t *Thread) pop() bool {
	n := t.doneAt()
	t.frames = t.frames[:len(t.frames)-1]
	if len(t.frames) == 0 {
		t.steps = n
		return t.finish()
	}
	t.steps = n - uint64(t.load().resume)
	return !t.belowDepthStop()
}

// load makes the last frame current, in the form the loop runs, and
// returns it.
func (t *Thread) load() *frame {
	fr := &t.frames[len(t.frames)-1]
	if fr.fc.debug != t.debugMode || (fr.fn.hasBreaks && !fr.fc.debug) {
		convertFrame(fr, t.debugMode)
	}
	t.fn, t.fc, t.code, t.pc, t.base = fr.fn, fr.fc, fr.fc.ops, int(fr.pc), fr.base
	t.s = t.vals[fr.base : fr.base+fr.fc.nslots]
	t.r = t.refs[fr.base : fr.base+fr.fc.nslots]
	return fr
}

// convertFrame moves a suspended frame to the other form where its pc is a
// boundary both share; a fast frame always is, a debug frame may not be (it
// then stays in the debug form, which the fast loop runs just as well).
func convertFrame(fr *frame, debug bool) {
	if debug || fr.fn.hasBreaks {
		if fr.fc.debug {
			return
		}
		instr := fr.fc.instr[fr.pc]
		fr.fc = fr.fn.code(true)
		fr.pc = instr
		return
	}
	if !fr.fc.debug {
		return
	}
	fast := fr.fn.code(false)
	if pc := fast.pcOf[fr.pc]; pc >= 0 {
		fr.fc, fr.pc = fast, pc
	}
}

// toDebug puts every frame in the debug form (before a debug resume).
func (t *Thread) toDebug() { t.convertAll(true) }

// toFast puts the frames in the fast form where possible.
func (t *Thread) toFast() { t.convertAll(false) }

func (t *Thread) convertAll(debug bool) {
	if len(t.frames) == 0 {
		return
	}
	t.frames[len(t.frames)-1].pc = int32(t.pc)
	for i := range t.frames {
		convertFrame(&t.frames[i], debug)
	}
	t.load()
}

// finish ends the outermost call: its results are at the bottom of the
// value stack.
func (t *Thread) finish() bool {
	ft := t.entry.Type
	t.results = make([]Value, len(ft.Results))
	slot := 0
	for i, rt := range ft.Results {
		t.results[i] = getValue(t.vals, t.refs, slot, rt)
		slot += slotWidth(rt)
	}
	t.fn, t.fc, t.code = nil, nil, nil
	t.stop = StopDone
	return false
}

// callHost calls a host function with the arguments at argSlot and writes
// its results there.
func (t *Thread) callHost(f *Function, argSlot int) bool {
	args := make([]Value, len(f.Type.Params))
	slot := argSlot
	for i, p := range f.Type.Params {
		args[i] = getValue(t.s, t.r, slot, p)
		slot += slotWidth(p)
	}
	t.frames[len(t.frames)-1].pc = int32(t.pc)
	// The host sees the count with the call instruction run.
	done := uint64(t.fc.at[t.pc] + 1 - t.fc.instr[t.pc])
	t.steps += done
	res, err := t.hostCall(f, &CallContext{Thread: t, Caller: t.fn.Inst}, args)
	if err != nil {
		var exn *Exception
		if errors.As(err, &exn) {
			t.steps -= done
			return t.throw(exn)
		}
		t.stop, t.err = StopError, t.hostError(err)
		return false
	}
	t.steps -= done
	slot = argSlot
	for i, rt := range f.Type.Results {
		if i < len(res) {
			slot += putValue(t.s, t.r, slot, rt, res[i])
		}
	}
	return true
}

func (t *Thread) hostCall(f *Function, ctx *CallContext, args []Value) ([]Value, error) {
	if t.HostCall != nil {
		return t.HostCall(f, ctx, args)
	}
	return f.Host(ctx, args)
}

// hostError wraps a host function's error as a trap, keeping traps and
// exceptions as they are.
func (t *Thread) hostError(err error) error {
	var trap *Trap
	var exn *Exception
	if errors.As(err, &trap) || errors.As(err, &exn) {
		return err
	}
	tr := t.newTrap(TrapHost)
	tr.Cause = err
	return tr
}

// newTrap makes a trap located at the current instruction.
func (t *Thread) newTrap(k TrapKind) *Trap {
	tr := &Trap{Kind: k, Func: t.fn, PC: -1}
	if t.fc != nil && t.pc < len(t.fc.at) {
		tr.PC = int(t.fc.at[t.pc])
	}
	return tr
}

// trap ends the call with a trap at the current instruction.
func (t *Thread) trap(k TrapKind) bool {
	if t.fc != nil && t.pc < len(t.fc.at) {
		t.steps += uint64(t.fc.at[t.pc] + 1 - t.fc.instr[t.pc]) // count the trapping instruction
	}
	t.err = t.newTrap(k)
	t.stop = StopError
	if len(t.frames) > 0 {
		t.frames[len(t.frames)-1].pc = int32(t.pc)
	}
	return false
}

// numTrap converts a numeric helper's trap.
func (t *Thread) numTrap(tr num.Trap) bool {
	switch tr {
	case num.DivideByZero:
		return t.trap(TrapIntegerDivideByZero)
	case num.IntegerOverflow:
		return t.trap(TrapIntegerOverflow)
	}
	return t.trap(TrapInvalidConversion)
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
