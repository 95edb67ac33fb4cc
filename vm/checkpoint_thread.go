package vm

import "slices"

// Thread checkpoints: the continuation of a call as plain data.
//
// A thread's continuation is its frame stack, the live part of its value
// and reference slots, the current frame's pc and form, the step counter
// and the state of the call (entry function, stop reason, error, results,
// pending breakpoint resume, step limit). Exception handling keeps no state
// of its own: handlers are found from the frames' pcs and caught exceptions
// live in reference slots, so copying the slots copies them. The lowered
// code (funcCode) is shared, immutable apart from breakpoints, and is not
// copied. Together with a StoreState taken at the same moment, Restore
// makes the thread continue exactly as it did after Checkpoint, as long as
// host calls are replayed (Thread.HostCall) rather than repeated.

// ThreadState is a deep copy of a thread's continuation (Thread.Checkpoint).
type ThreadState struct {
	vals   []uint64
	refs   []Ref
	frames []frame

	fc        *funcCode
	pc        int
	base      int
	debugMode bool

	stop      StopReason
	err       error
	results   []Value
	entry     *Function
	steps     uint64
	stepLimit uint64
	atBreak   bool
}

// Steps returns the thread's step counter at the checkpoint: the position
// of the checkpoint on the thread's timeline.
func (s *ThreadState) Steps() uint64 { return countAt(s.steps, s.fc, s.pc) }

// Bytes estimates the memory the checkpoint holds.
func (s *ThreadState) Bytes() int64 {
	return int64(24*len(s.vals) + 24*len(s.frames) + 16*len(s.results) + 160)
}

// Checkpoint copies the thread's continuation. It is valid only while the
// thread is stopped at an instruction boundary: before Start's first run,
// or after Run, RunDebug or Step returned (not from inside a Hook or a
// host function).
func (t *Thread) Checkpoint() *ThreadState {
	n := t.liveSlots()
	return &ThreadState{
		vals:      append([]uint64(nil), t.vals[:n]...),
		refs:      append([]Ref(nil), t.refs[:n]...),
		frames:    append([]frame(nil), t.frames...),
		fc:        t.fc,
		pc:        t.pc,
		base:      t.base,
		debugMode: t.debugMode,
		stop:      t.stop,
		err:       t.err,
		results:   slices.Clone(t.results),
		entry:     t.entry,
		steps:     t.steps,
		stepLimit: t.stepLimit,
		atBreak:   t.atBreak,
	}
}

// Restore puts the thread back in the state s was taken in; s stays
// intact, so it can be restored again. Same validity as Checkpoint; the
// pause flag and HostCall are left as they are.
func (t *Thread) Restore(s *ThreadState) {
	t.ensure(len(s.vals))
	copy(t.vals, s.vals)
	copy(t.refs, s.refs)
	clear(t.refs[len(s.refs):]) // let dropped objects be collected
	t.frames = append(t.frames[:0], s.frames...)
	t.fc, t.pc, t.base, t.debugMode = s.fc, s.pc, s.base, s.debugMode
	t.stop, t.err, t.entry, t.results = s.stop, s.err, s.entry, slices.Clone(s.results)
	t.steps, t.stepLimit, t.atBreak = s.steps, s.stepLimit, s.atBreak
	t.code, t.s, t.r = nil, nil, nil
	if t.fc != nil {
		t.setCurrent(t.fc, t.pc, t.base)
	}
}

// liveSlots is the end of the slots the continuation reads: the current
// frame's, or the entry's arguments and results when no frame is active.
func (t *Thread) liveSlots() int {
	if t.fc != nil {
		return t.base + t.fc.nslots
	}
	if t.entry == nil {
		return 0
	}
	ft := t.entry.Type
	return max(slotsOf(ft.Params), slotsOf(ft.Results))
}
