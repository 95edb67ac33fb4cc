package debugger

import (
	"errors"
	"math"

	"wasmstep/vm"
)

// call is the invoked call and where the machine is in it.
type call struct {
	fn   *vm.Function
	args []vm.Value
	// pos counts the instructions completed since the call started; it is
	// the time coordinate of reverse execution.
	pos  uint64
	base uint64 // the thread's instruction count at the call's start
	// skipNext: the machine stopped before an instruction the next resume
	// runs without calling the hook, so the resume counts it; at a
	// breakpoint (skipAt), only if it is still planted.
	skipNext bool
	skipAt   *codeLoc
	// pendingHook: the machine stopped for a checkpoint before the hook
	// accounted for the next instruction; the next drive does it first.
	pendingHook bool
	ckDue       uint64 // the position of the next checkpoint while recording
	done        bool   // returned, trapped or threw
	err         error  // the trap or exception that ended it
	hist        *history
	allocs      allocations
	furthest    uint64         // the furthest position run to (Timeline.Newest)
	marks       []TimelineMark // breakpoint, watchpoint and trap stops of the live run, by position
}

var (
	errIdle     = errors.New("nothing is running: invoke a function first")
	errFinished = errors.New("the call has ended: step back, invoke again or restart")
)

// Invoke starts a call of an exported function with arguments parsed by
// its parameter types, and stops before its first instruction. A call in
// progress is abandoned.
func (s *Session) Invoke(name string, args []string) (*Snapshot, error) {
	f, err := s.exportedFunc(name)
	if err != nil {
		return nil, err
	}
	vals, err := ParseArgs(f.Type.Params, args)
	if err != nil {
		return nil, err
	}
	s.dropCall()
	c := &call{fn: f, args: vals, ckDue: math.MaxUint64}
	s.thread.UseDebugForm(true) // stop at instruction 0, not where the fast form begins
	if err := s.thread.Start(f, vals); err != nil {
		return nil, err
	}
	c.base = s.thread.Steps()
	s.call = c
	if !s.opts.NoHistory {
		c.hist = &history{every: s.opts.checkpointEvery}
		s.takeCheckpoint(false) // the call's start
	}
	s.resetWatches()
	return s.stop(StopEntry, ""), nil
}

// live returns the call that commands may resume.
func (s *Session) live() (*call, error) {
	switch {
	case s.call == nil:
		return nil, errIdle
	case s.call.done:
		return nil, errFinished
	}
	return s.call, nil
}
