package debugger

import (
	"errors"
	"math"

	"wasmstep/vm"
)

var errNoHistory = errors.New("no history to step back through (reverse execution is off or its budget was exceeded)")

// matcher says whether a boundary of a replay is where a reverse command
// stops, and why.
type matcher func(t *vm.Thread) (StopReason, string)

// StepBack returns to the state before the last instruction.
func (s *Session) StepBack() (*Snapshot, error) {
	c, err := s.reversible()
	if err != nil {
		return nil, err
	}
	if c.pos == c.hist.cks[0].pos {
		return s.stopBack(StopHistoryStart, ""), nil
	}
	if err := s.seek(c.pos - 1); err != nil {
		return nil, err
	}
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
	shown := s.thread // with threads, the shown thread's previous instruction
	return s.reverseTo(func() matcher {
		return func(t *vm.Thread) (StopReason, string) {
			if t == shown && t.Depth() <= depth {
				return StopStep, ""
			}
			return StopNone, ""
		}
	})
}

// ReverseContinue returns to the latest earlier breakpoint or watchpoint
// hit, or to the oldest reachable boundary.
func (s *Session) ReverseContinue() (*Snapshot, error) {
	if _, err := s.reversible(); err != nil {
		return nil, err
	}
	if len(s.watches) == 0 && (s.canReplayFast() || len(s.bps.planted) == 0) {
		return s.reverseToBreakpoint()
	}
	return s.reverseTo(func() matcher {
		watch := s.newWatchScan()
		return func(t *vm.Thread) (StopReason, string) {
			if msg, hit := watch(); hit {
				return StopWatchpoint, msg
			}
			if msg, hit := s.bps.wouldHit(t); hit {
				return StopBreakpoint, msg
			}
			return StopNone, ""
		}
	})
}

// reverseTo finds the last position before the current one where a
// matcher gives a reason, and stops there for it; with none, it goes to
// the oldest reachable boundary. It replays the intervals between
// checkpoints from the latest back, each with a fresh matcher, and stops
// at the first interval with a match.
func (s *Session) reverseTo(newMatch func() matcher) (*Snapshot, error) {
	c := s.call
	h := c.hist
	cur := c.pos
	reason, at, msg := StopHistoryStart, h.cks[0].pos, ""
	if cur == at {
		return s.stopBack(reason, msg), nil
	}
	// Each window is replayed most of the way in the fast loop.
	found := false
	err := h.spansBack(cur, func(i int, start, end uint64) (bool, error) {
		return windowsBack(start, end, 4, func(from, end uint64) (bool, error) {
			match := newMatch()
			err := s.scanRange(i, from, end, nil, func(pos uint64, t *vm.Thread) {
				if r, m := match(t); r != StopNone && pos < cur {
					reason, at, msg, found = r, pos, m, true
				}
			})
			return found, err
		})
	})
	if err != nil {
		return nil, err
	}
	if err := s.seek(at); err != nil {
		return nil, err
	}
	return s.stopBack(reason, msg), nil
}

// reversible returns the call if it can step back.
func (s *Session) reversible() (*call, error) {
	c := s.call
	if c == nil {
		return nil, errIdle
	}
	if c.hist == nil || c.hist.lost || len(c.hist.cks) == 0 {
		return nil, errNoHistory
	}
	return c, nil
}

// seek puts the machine at position pos of the call by replaying it from
// the nearest checkpoint at or before it, a kept one of the future too
// (reached by its redo logs, future.go).
func (s *Session) seek(pos uint64) error {
	h := s.call.hist
	i := h.checkpointAt(pos)
	if i <= h.cur {
		return s.replay(i, pos, nil)
	}
	if err := s.forwardTo(i); err != nil {
		return err
	}
	return s.replayFrom(i, pos, nil)
}

// replay restores checkpoint i and re-executes the call to position pos,
// calling scan at every boundary from the checkpoint's to pos.
func (s *Session) replay(i int, pos uint64, scan func(pos uint64, t *vm.Thread)) error {
	if err := s.restoreCheckpoint(i); err != nil {
		return err
	}
	return s.replayFrom(i, pos, scan)
}

// replayFrom is replay with the machine at checkpoint i already.
func (s *Session) replayFrom(i int, pos uint64, scan func(pos uint64, t *vm.Thread)) error {
	c := s.call
	s.rs = runState{replaying: true, scan: scan}
	if scan == nil && !s.fastForward(pos) {
		if err := s.restoreCheckpoint(i); err != nil {
			return err
		}
	}
	if pos > c.pos {
		s.drive(seekTarget(pos))
	}
	if scan != nil && !c.done && c.pos == pos {
		scan(pos, s.thread) // the boundary at pos itself
	}
	s.flushWrites() // still replaying: old writes
	s.rs = runState{}
	s.resetWatches()
	return nil
}

// reverseToBreakpoint is ReverseContinue without watchpoints: the spans
// between checkpoints are replayed from the latest back in the fast loop,
// where planted breakpoints stop the machine before their instruction, so
// the last hit before the current position is found at full speed.
func (s *Session) reverseToBreakpoint() (*Snapshot, error) {
	c, t := s.call, s.thread
	h := c.hist
	cur := c.pos
	reason, at, msg := StopHistoryStart, h.cks[0].pos, ""
	err := h.spansBack(cur, func(i int, _, end uint64) (bool, error) {
		if len(s.bps.planted) == 0 {
			return true, nil // nothing stops it on the way back: straight to the start
		}
		if err := s.restoreCheckpoint(i); err != nil {
			return true, err
		}
		found := false
		s.rs = runState{replaying: true}
		t.StopAtCount(c.base + end)
		for r := t.Run(); r == vm.StopBreakpoint || r == vm.StopPaused; r = t.Run() {
			pos := t.Steps() - c.base
			if pos >= cur {
				break
			}
			if m, hit := s.bps.wouldHit(t); hit && r == vm.StopBreakpoint {
				reason, at, msg, found = StopBreakpoint, pos, m, true
			}
		}
		t.StopAtCount(0)
		s.rs = runState{}
		return found, nil
	})
	if err != nil {
		return nil, err
	}
	if err := s.seek(at); err != nil {
		return nil, err
	}
	return s.stopBack(reason, msg), nil
}
