package debugger

import (
	"errors"
	"math"

	"wasmstep/vm"
)

var errNoHistory = errors.New("no history to step back through (reverse execution is off or its budget was exceeded)")

// StepBack returns to the state before the last instruction.
func (s *Session) StepBack() (*Snapshot, error) {
	c, err := s.reversible()
	if err != nil {
		return nil, err
	}
	if c.pos == 0 {
		return s.stopBack(StopHistoryStart, ""), nil
	}
	s.seek(c.pos - 1)
	return s.stopBack(StopStep, ""), nil
}

// ReverseStepOver returns to the previous instruction of this frame (or of
// a caller, at the frame's first instruction): a call steps back whole.
func (s *Session) ReverseStepOver() (*Snapshot, error) {
	c, err := s.reversible()
	if err != nil {
		return nil, err
	}
	depth := math.MaxInt
	if s.thread.Running() || c.err != nil {
		depth = s.thread.Depth()
	}
	return s.reverseTo(func(t *vm.Thread) (StopReason, string) {
		if t.Depth() <= depth {
			return StopStep, ""
		}
		return StopNone, ""
	})
}

// ReverseContinue returns to the latest earlier breakpoint or watchpoint
// hit, or to the start of the call.
func (s *Session) ReverseContinue() (*Snapshot, error) {
	if _, err := s.reversible(); err != nil {
		return nil, err
	}
	watch := s.newWatchScan()
	return s.reverseTo(func(t *vm.Thread) (StopReason, string) {
		if msg, hit := watch(); hit {
			return StopWatchpoint, msg
		}
		if msg, hit := s.bps.wouldHit(t); hit {
			return StopBreakpoint, msg
		}
		return StopNone, ""
	})
}

// reverseTo replays the call up to the current position, finds the last
// earlier position where match gives a reason, and stops there for it;
// with none, it goes to the start of the call.
func (s *Session) reverseTo(match func(t *vm.Thread) (StopReason, string)) (*Snapshot, error) {
	cur := s.call.pos
	if cur == 0 {
		return s.stopBack(StopHistoryStart, ""), nil
	}
	reason, at, msg := StopHistoryStart, uint64(0), ""
	s.replay(cur, func(pos uint64, t *vm.Thread) {
		if r, m := match(t); r != StopNone && pos < cur {
			reason, at, msg = r, pos, m
		}
	})
	s.seek(at)
	return s.stopBack(reason, msg), nil
}

// reversible returns the call if it can step back.
func (s *Session) reversible() (*call, error) {
	c := s.call
	if c == nil {
		return nil, errIdle
	}
	if c.hist == nil || c.hist.lost || !c.posKnown {
		return nil, errNoHistory
	}
	return c, nil
}

// seek puts the machine at position pos of the call by replaying it.
func (s *Session) seek(pos uint64) { s.replay(pos, nil) }

// replay restores the call's start and re-executes it to position pos,
// calling scan at every boundary before it.
func (s *Session) replay(pos uint64, scan func(pos uint64, t *vm.Thread)) {
	c := s.call
	h := c.hist
	h.start.restore(s.prog.store.MaxMemoryBytes)
	h.next = 0
	c.allocs.seq, c.allocs.pending = 0, false
	c.pos, c.done, c.err, c.skipNext, c.skipAt = 0, false, nil, false, nil
	s.thread.UseDebugForm(true)
	if err := s.thread.Start(c.fn, c.args); err != nil {
		c.done, c.err = true, err
		return
	}
	s.rs = runState{replaying: true, scan: scan}
	if pos > 0 {
		s.drive(seekTarget(pos))
	}
	if scan != nil && !c.done && c.pos == pos {
		scan(pos, s.thread) // the boundary at pos itself
	}
	s.rs = runState{}
	s.resetWatches()
}
