package debugger

import (
	"errors"

	"wasmstep/vm"
	"wasmstep/vm/host"
)

// Recording in the fast loop. The machine counts instructions exactly in
// both of its forms (vm.Thread.Steps), so a run in the fast loop knows its
// position at every stop without a per-instruction hook: the call's
// position is the thread's count less the count at the call's start. The
// fast loop stops near each due checkpoint (vm.Thread.StopAtCount), host
// calls are recorded by hostCall whichever loop made them, and a replay
// gets near its target at full speed before the debug loop finishes the
// way one instruction at a time.

// replayMargin is how far before a replay's target the fast loop stops:
// it stops within a poll interval of operations past the count it is
// given, which must not pass the target.
const replayMargin = 1 << 16

// fastProgressInterval is how many instructions the fast loop runs between
// reports of its progress (the debug loop reports every progressInterval).
const fastProgressInterval = 1 << 22

// runFast runs the machine in its fast loop, stopping (vm.StopCount) at the
// next progress report and, while recording, at the next due checkpoint;
// it sets the call's position from the count.
func (s *Session) runFast(t *vm.Thread) vm.StopReason {
	c := s.call
	at := c.pos + fastProgressInterval
	if s.recording() {
		at = min(at, max(c.ckDue, c.pos+1))
	}
	if tg := s.rs.tg; tg.atSet {
		at = min(at, tg.at-replayMargin) // farFrom: the debug loop goes the rest
	}
	t.StopAtCount(c.base + at)
	t.StopAtDepth(s.rs.tg.fastDepth)
	r := t.Run()
	t.StopAtCount(0)
	t.StopAtDepth(0)
	c.pos = t.Steps() - c.base
	switch r {
	case vm.StopError:
		c.pos-- // the failing instruction did not complete (as the hook counts)
	case vm.StopCount:
		s.progressRunning(t, c.pos)
	}
	return r
}

// farFrom reports whether tg is a position far enough ahead for the fast
// loop to run most of the way (the debug loop stops exactly at it).
func (s *Session) farFrom(tg target) bool {
	return tg.atSet && tg.at >= s.call.pos+2*replayMargin
}

// recording reports whether the call is taking checkpoints.
func (s *Session) recording() bool {
	return s.replayable() && !s.rs.replaying
}

// replayable reports whether the call's history can replay it.
func (s *Session) replayable() bool {
	h := s.call.hist
	return h != nil && !h.lost && len(h.cks) > 0
}

// refillRecent replays the instructions before a stop the fast loop ran
// to, so the trace's ring holds them as if the debug loop had: the window
// asks for them at every stop, and replaying a few tens of thousands costs
// far less than hooking every instruction of a long run.
func (s *Session) refillRecent() {
	r, c := s.recent, s.call
	if r == nil || c.pos == 0 || (c.done && c.err != nil) || !s.replayable() {
		return
	}
	if r.n > 0 && r.last+1 == c.pos {
		return // the debug loop ran the last instructions
	}
	rs := s.rs
	defer func() { s.rs = rs }()
	_ = s.seek(c.pos) // on failure the trace just shows less
}

// retraceFailure puts the machine back before the instruction that just
// failed in the fast loop and has the drive run it again in the debug
// loop, so the stop shows the operand stack the debug form keeps in its
// slots (the fast form may hold some values elsewhere). It reports false
// where it cannot: no history, or a replay already.
func (s *Session) retraceFailure() bool {
	if !s.recording() || s.rs.exact {
		return false
	}
	var exit *host.ExitError
	if errors.As(s.thread.Err(), &exit) {
		return false // nothing to show but the exit status
	}
	rs := s.rs
	if err := s.seek(s.call.pos); err != nil {
		return false
	}
	s.rs = rs
	s.rs.exact = true
	return true
}

// fastForward replays the call in the fast loop from the restored
// checkpoint to at most pos-replayMargin, when that is worth it. It
// reports false if the replay must start over from the checkpoint in the
// debug loop (the fast loop passed the point, or the call ended first).
func (s *Session) fastForward(pos uint64) bool {
	if pos < s.call.pos+2*replayMargin || !s.canReplayFast() {
		return true
	}
	return s.runFastTo(pos-replayMargin) && s.call.pos < pos
}

// canReplayFast reports whether a replay may run the fast loop: the hook
// follows the recorded turns of threads.
func (s *Session) canReplayFast() bool { return s.threads == nil }

// runFastTo replays in the fast loop until the count reaches to (within a
// few operations past it); false if the call ended first.
func (s *Session) runFastTo(to uint64) bool {
	c, t := s.call, s.thread
	t.StopAtCount(c.base + to)
	defer t.StopAtCount(0)
	for {
		switch r := t.Run(); r {
		case vm.StopBreakpoint, vm.StopPaused:
			continue // replays pass breakpoints; a pause waits for the replay's end
		case vm.StopCount:
			c.pos = t.Steps() - c.base
			return true
		default:
			return false
		}
	}
}
