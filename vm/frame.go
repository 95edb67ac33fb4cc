package vm

import (
	"errors"
	"slices"

	"wasmstep/vm/num"
)

// frame is one activation on a thread's call stack.
type frame struct {
	fc   *funcCode // its function is fc.fn: one pointer less to push
	base int       // first slot in the thread's value stack
	pc   int32     // a suspended frame's next op (the one after its call)
	// resume is the instruction a suspended frame resumes at (past its
	// call), so a return sets the count without looking up the op there.
	// Both are int32 to keep a frame in 24 bytes: calls push and pop one.
	resume int32
}

// fn is the frame's function.
func (fr *frame) fn() *Function { return fr.fc.fn }

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
		t.setCurrent(t.fc, t.pc, t.base)
	}
}

// setCurrent caches the frame of fc at base, at op pc, for the handlers.
func (t *Thread) setCurrent(fc *funcCode, pc, base int) {
	end := base + fc.nslots
	t.fc, t.code, t.pc, t.base = fc, fc.ops, pc, base
	t.s = t.vals[base:end]
	t.r = t.refs[base:end]
}

// enter pushes a frame for fc whose arguments are already at base.
func (t *Thread) enter(fc *funcCode, base int) {
	t.ensure(base + fc.nslots)
	t.frames = append(t.frames, frame{fc: fc, base: base})
	t.setCurrent(fc, 0, base)
	t.zeroLocals(fc)
}

// call calls f with its arguments at slot argSlot of the current frame;
// the current op is at t.pc and the caller resumes at t.pc+1. after is the
// call op's skip: the position past the call instruction, where the
// callee's count starts (a function's first op begins at instruction 0).
// The arguments stay where they are: they become the callee's first
// locals.
func (t *Thread) call(f *Function, argSlot int, after int32) bool {
	fc := f.fast
	if fc == nil || t.debugMode || f.hasBreaks {
		if f.Host != nil {
			if !t.callHost(f, argSlot) {
				return false
			}
			t.pc++
			return true
		}
		fc = f.code(t.debugMode)
	}
	// The common case, a lowered callee on stacks that have room, costs one
	// test and no further calls.
	n := len(t.frames)
	base := t.base + argSlot
	if n >= t.store.MaxCallDepth || base+fc.nslots > len(t.vals) || n == cap(t.frames) {
		if !t.makeRoom(base + fc.nslots) {
			return false
		}
	}
	t.frames[n-1].pc, t.frames[n-1].resume = int32(t.pc+1), after
	t.frames = t.frames[:n+1]
	t.frames[n] = frame{fc: fc, base: base}
	t.steps += uint64(after)
	t.setCurrent(fc, 0, base)
	t.zeroLocals(fc)
	return true
}

// makeRoom makes room for one more frame whose slots end at end, trapping
// at the call-depth limit or the memory budget.
func (t *Thread) makeRoom(end int) bool {
	if len(t.frames) >= t.store.MaxCallDepth {
		return t.trap(TrapCallStackExhausted)
	}
	if !t.stackFits(end) {
		return false
	}
	t.ensure(end)
	t.frames = slices.Grow(t.frames, 1)
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
	t.enter(f.code(t.debugMode), t.base)
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
	count := t.doneAt()
	n := len(t.frames) - 1
	t.frames = t.frames[:n]
	if n == 0 {
		t.steps = count
		return t.finish()
	}
	// load, written out: a return is as common as a call.
	fr := &t.frames[n-1]
	if t.needsConvert(fr.fc) {
		convertFrame(fr, t.debugMode)
	}
	t.setCurrent(fr.fc, int(fr.pc), fr.base)
	t.steps = count - uint64(fr.resume)
	return n >= t.depthStop || !t.belowDepthStop()
}

// load makes the last frame current, in the form the loop runs, and
// returns it.
func (t *Thread) load() *frame {
	fr := &t.frames[len(t.frames)-1]
	if t.needsConvert(fr.fc) {
		convertFrame(fr, t.debugMode)
	}
	t.setCurrent(fr.fc, int(fr.pc), fr.base)
	return fr
}

// needsConvert reports whether a frame running fc must change form to run
// now: the loop's form, or the debug form under breakpoints.
func (t *Thread) needsConvert(fc *funcCode) bool {
	return fc.debug != t.debugMode || (fc.fn.hasBreaks && !fc.debug)
}

// convertFrame moves a suspended frame to the other form where its pc is a
// boundary both share; a fast frame always is, a debug frame may not be (it
// then stays in the debug form, which the fast loop runs just as well).
func convertFrame(fr *frame, debug bool) {
	if debug || fr.fn().hasBreaks {
		if fr.fc.debug {
			return
		}
		instr := fr.fc.instr[fr.pc]
		fr.fc = fr.fn().code(true)
		fr.pc = instr
		return
	}
	if !fr.fc.debug {
		return
	}
	fast := fr.fn().code(false)
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
	t.fc, t.code = nil, nil
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
	res, err := t.hostCall(f, &CallContext{Thread: t, Caller: t.fc.fn.Inst}, args)
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
	tr := &Trap{Kind: k, PC: -1}
	if t.fc != nil {
		tr.Func = t.fc.fn
		if t.pc < len(t.fc.at) {
			tr.PC = int(t.fc.at[t.pc])
		}
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
