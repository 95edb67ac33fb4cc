package vm

import "unsafe"

// The fast paths of a call (invoke) and a return (opReturnNum). In the
// fast loop nearly every call goes from a fast frame to a lowered fast
// callee on stacks with room, and nearly every return goes back to a fast
// caller with no depth stop set: those push or pop the frame and point the
// cached current frame at it with a few stores, and go on at the op they
// lead to without touching t.pc. Everything else (the debug loop,
// breakpoints, host callees, a callee not lowered yet, growing the stacks,
// the depth limit, a depth stop, the end of the outermost call) takes call
// and pop.

// callsFast reports whether a call of fc whose frame starts at slot base
// of the value stack can take the fast path.
func (t *Thread) callsFast(fc *funcCode, base int) bool {
	n := len(t.frames)
	return !t.debugMode && n < cap(t.frames) && n < t.store.MaxCallDepth && base+fc.nslots <= len(t.vals)
}

// invoke calls f from the call op o, whose arguments start at slot o.a:
// the caller resumes at the op after o, the callee's count starts past the
// call (see call). opCall does the same with its callee known.
func (t *Thread) invoke(f *Function, o *op) *op {
	fc, base := f.fast, t.base+int(o.a)
	if fc == nil || f.hasBreaks || !t.callsFast(fc, base) {
		return t.callSlow(f, o)
	}
	t.pushFast(fc, base, o)
	t.current(fc, base)
	t.zeroLocals(fc)
	return t.first(fc)
}

// pushFast pushes the frame of fc at base, called by o. callsFast checked
// that the frame stack has room for one more (and holds the caller's).
func (t *Thread) pushFast(fc *funcCode, base int, o *op) {
	n := len(t.frames)
	frames := unsafe.Pointer(unsafe.SliceData(t.frames))
	caller := (*frame)(unsafe.Add(frames, uintptr(n-1)*frameSize))
	caller.pc, caller.resume = o.pc+1, o.skip
	*(*frame)(unsafe.Add(frames, uintptr(n)*frameSize)) = frame{fc: fc, base: base}
	t.frames = t.frames[:n+1]
	t.steps += uint64(o.skip)
}

// zeroLocals zeroes the current frame's declared locals, fc's (its
// parameters are the arguments, already in place): a loop of stores beats
// a call of clear for the few a function has.
func (t *Thread) zeroLocals(fc *funcCode) {
	s := t.slots()
	for k, end := int32(fc.nparams), int32(fc.nlocals); k < end; k++ {
		*slot(s, k) = 0
	}
	for _, k := range fc.refLocals {
		t.r[k] = nil
	}
}

// first is the op a call of fc goes on at: its first, or the poll.
func (t *Thread) first(fc *funcCode) *op { return t.transfer(fc.ops, 0) }

// callSlow calls f from the call op o through call.
func (t *Thread) callSlow(f *Function, o *op) *op {
	t.pc = int(o.pc)
	return t.cont(t.call(f, int(o.a), o.skip))
}

// frameSize is the size of a frame record, the stride of the frame stack.
const frameSize = unsafe.Sizeof(frame{})

// current caches the frame of fc at base for the handlers, but for t.pc
// (see setCurrent), where the value stack is known to hold its slots: its
// slices are cut from the stacks' arrays without the checks of slicing
// (the length stays checked against the arrays' bound, which no frame
// reaches: the memory budget ends a stack long before).
func (t *Thread) current(fc *funcCode, base int) {
	t.fc, t.code, t.base = fc, fc.ops, base
	n := fc.nslots
	t.s = (*[maxSlots]uint64)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(t.vals)), uintptr(base)*8))[:n:n]
	t.r = (*[maxSlots]Ref)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(t.refs)), uintptr(base)*unsafe.Sizeof(Ref(nil))))[:n:n]
}

// maxSlots bounds a frame's slots for current's array types.
const maxSlots = 1 << 26
