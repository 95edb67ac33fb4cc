package debugger

import (
	"errors"
	"fmt"

	"wasmstep/vm"
	"wasmstep/vm/host"
)

// runState is the state of one drive of the machine, read by the hook.
type runState struct {
	tg        target
	resumePos uint64                         // position when the drive began
	replaying bool                           // re-executing history: no user-visible stops
	scan      func(pos uint64, t *vm.Thread) // called at each boundary while replaying
	// scanDepth, if set, limits scan to boundaries at most this deep: the
	// calls deeper run in the fast loop, callees set when the hook stopped
	// for one (origin_search.go).
	scanDepth int
	callees   bool
	reason    StopReason // why the hook stopped
	message   string
	ckDue     bool // the hook stopped for a checkpoint (taken or advanced to), not for the user
	exact     bool // the drive runs the debug loop to show a failure exactly (retraceFailure)
	// hostWrites, while a host call runs, collects what it writes.
	hostWrites *[]memWrite
	// onWrite hears of every memory write, replays included (Origin).
	onWrite func(m *vm.Memory, start, end uint64)
	// onAlloc hears of the call's k-th allocation (origin_fast.go).
	onAlloc   func(k int)
	debugLoop string // why the drive used the debug loop (debugLoopReason), or ""
	// watchAt is the position after an instruction that wrote a watched
	// range in the fast loop (0: none); debugUntil keeps the debug loop
	// up to a position, and resumeFast says the hook stopped there to go
	// back to the fast loop (watch_fast.go).
	watchAt, debugUntil uint64
	resumeFast          bool
	hooked              bool // the debug loop is running
}

// resume drives the machine toward tg and builds the snapshot of the stop.
func (s *Session) resume(tg target) (*Snapshot, error) {
	if _, err := s.live(); err != nil {
		return nil, err
	}
	s.rs = runState{}
	reason, msg := s.drive(tg)
	s.markStop(reason, msg)
	s.refillRecent()
	if s.call.hist != nil {
		s.keepBudget() // what the run wrote is logged in the latest checkpoint
	}
	return s.stop(reason, msg), nil
}

// drive runs the machine until tg or another stop, and says why it stopped.
func (s *Session) drive(tg target) (StopReason, string) {
	c, t := s.call, s.thread
	s.rs.tg, s.rs.resumePos = tg, c.pos
	s.pauseReq.Store(false)
	s.pausing.Store(t)
	defer s.pausing.Store(nil)
	for {
		if s.threads != nil { // the thread whose turn it is (threads_turns.go)
			if reason, msg, stop := s.takeTurn(); stop {
				return reason, msg
			}
			t = s.thread
		}
		if c.pendingHook {
			c.pendingHook = false
			s.account(t)
		}
		if c.skipNext && (c.skipAt == nil || s.bps.planted[*c.skipAt]) {
			s.recordRecent(t, c.pos)
			c.pos++
		}
		c.skipNext, c.skipAt = false, nil
		callees, hooked := s.rs.callees, false
		var r vm.StopReason
		switch {
		case callees:
			s.rs.callees = false
			r = s.runCallees(t)
		case !s.fastLoopOK(tg):
			hooked = true
			s.rs.hooked = true
			r = t.RunDebug(s.hookFn)
			s.rs.hooked = false
		default:
			r = s.runFast(t)
			if at := s.rs.watchAt; at != 0 {
				s.rs.watchAt = 0
				if s.rewindToWatchedWrite(at) {
					continue
				}
			}
		}
		if s.threads != nil {
			if again, reason, msg := s.threadRan(r); again {
				continue
			} else if reason != StopNone {
				return reason, msg
			}
		}
		switch r {
		case vm.StopHook:
			if s.rs.resumeFast {
				s.rs.resumeFast = false
				c.pendingHook = true
				continue
			}
			if s.rs.ckDue {
				s.rs.ckDue = false
				s.checkpointDue(true)
				c.pendingHook = true
				continue
			}
			if s.rs.callees {
				c.pendingHook = true
				continue
			}
			c.skipNext = true
			return s.rs.reason, s.rs.message
		case vm.StopDepth:
			if callees {
				continue // back in the scanned frames
			}
			return tg.reason, "" // stepped over a call or out of the function
		case vm.StopCount:
			if c.pos >= c.ckDue && !s.rs.replaying {
				s.checkpointDue(false)
			}
			if tg.atSet && c.pos >= tg.at {
				return tg.reason, "" // ran past it: Goto replays back to it
			}
		case vm.StopBreakpoint:
			if hooked {
				c.pos-- // the hook counted the instruction the breakpoint stopped before
			}
			f, pc := t.At()
			c.skipNext, c.skipAt = true, &codeLoc{f, pc}
			// The breakpoint the drive began at (the call's entry, say) is
			// not a new hit; one the fast loop reaches right after stopping
			// for a checkpoint is.
			already := c.pos == s.rs.resumePos
			if s.rs.replaying || already {
				continue
			}
			if msg, stop := s.bps.hit(t); stop {
				return StopBreakpoint, msg
			}
		case vm.StopPaused:
			if s.pauseReq.Swap(false) && !s.rs.replaying {
				return StopPause, ""
			}
		case vm.StopDone:
			c.done = true
			return StopFinished, ""
		case vm.StopError:
			if !hooked && s.retraceFailure() {
				continue
			}
			if hooked {
				c.pos-- // the trapping instruction did not complete
			}
			c.done = true
			var exit *host.ExitError
			if errors.As(t.Err(), &exit) {
				return StopFinished, fmt.Sprintf("exited with status %d", exit.Code)
			}
			c.err = t.Err()
			return errorStop(c.err)
		default:
			c.done, c.err = true, fmt.Errorf("machine stopped: %s", r)
			return StopTrap, c.err.Error()
		}
	}
}

func errorStop(err error) (StopReason, string) {
	var tr *vm.Trap
	if errors.As(err, &tr) {
		return StopTrap, tr.Reason()
	}
	var exn *vm.Exception
	if errors.As(err, &exn) {
		return StopException, exn.Error()
	}
	return StopTrap, err.Error()
}

// fastLoopOK reports whether nothing needs the per-instruction hook, so the
// machine may run its fast loop; otherwise the drive notes why not.
func (s *Session) fastLoopOK(tg target) bool {
	// Up to debugUntil inclusive: the seek there left the instruction at
	// its position to run without the hook, already counted.
	if s.rs.exact || (s.rs.debugUntil != 0 && s.call.pos <= s.rs.debugUntil) {
		return false
	}
	why := s.debugLoopReason(tg)
	if s.rs.debugLoop == "" {
		s.rs.debugLoop = why
	}
	return why == ""
}

// hook runs before every instruction in the debug loop.
func (s *Session) hook(t *vm.Thread) bool {
	c := s.call
	if s.threads != nil && s.turnEnds(c.pos) {
		return true
	}
	if c.pos > s.rs.resumePos {
		if s.rs.tg.stopsAt(c.pos, t) {
			s.rs.reason, s.rs.message = s.rs.tg.reason, ""
			return true
		}
		if len(s.watches) > 0 && !s.rs.replaying {
			if msg, hit := s.checkWatches(); hit {
				s.rs.reason, s.rs.message = StopWatchpoint, msg
				return true
			}
		}
	}
	if c.pos >= c.ckDue && !s.rs.replaying {
		s.rs.ckDue = true // checkpoints are taken with the machine stopped
		return true
	}
	if s.rs.debugUntil != 0 && c.pos >= s.rs.debugUntil {
		s.rs.debugUntil, s.rs.resumeFast = 0, true
		return true
	}
	if s.rs.scanDepth > 0 && t.Depth() > s.rs.scanDepth && s.rs.tg.atSet && s.canReplayFast() {
		s.rs.callees = true
		return true
	}
	s.account(t)
	return false
}

// account does the hook's work for the instruction about to run.
func (s *Session) account(t *vm.Thread) {
	c := s.call
	if s.rs.scan != nil {
		s.rs.scan(c.pos, t)
	}
	if len(s.watches) > 0 {
		s.lastAt.fn, s.lastAt.pc = t.At()
	}
	if s.subs.stepping() && !s.rs.replaying {
		s.emitStep(t, c.pos)
	}
	s.recordRecent(t, c.pos)
	if c.pos%progressInterval == 0 {
		s.progressRunning(t, c.pos)
	}
	c.pos++
}
