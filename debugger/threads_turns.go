package debugger

import (
	"fmt"
	"slices"

	"wasmstep/vm"
)

// Turns: how the drive (drive.go) interleaves the threads. Three calls
// into this file do it: takeTurn before each run of the machine chooses
// the thread that runs at the current position, turnEnds in the hook
// ends a turn before an instruction, threadRan handles a run that ended
// in a wait or a thread's end.
//
// Below recEnd the marks say who runs (a replay, or a rerun after stepping
// back); beyond it, a step runs the selected thread alone and a continue
// runs the scheduler's turns. A step that leaves the record (another thread
// than the one recorded at a position) rewrites the future from there: the
// marks and the host results recorded beyond it are dropped.

// locked reports whether the drive runs the selected thread alone (a
// step, with the others frozen).
func (s *Session) locked() bool { return s.rs.tg.locked && !s.rs.replaying && !s.stepOthers }

// SetStepOthers makes steps let the other threads take their turns too
// (on), or keep them frozen (off, the default); a step still stops only in
// the thread it started in.
func (s *Session) SetStepOthers(on bool) { s.stepOthers = on }

// StepOthers reports whether steps let the other threads run.
func (s *Session) StepOthers() bool { return s.stepOthers }

// takeTurn switches the session to the thread that runs at the call's
// position, or says why the drive stops instead.
func (s *Session) takeTurn() (StopReason, string, bool) {
	g, c := s.threads, s.call
	if s.rs.tg.locked && s.stepOthers && s.rs.tg.thread == nil {
		s.rs.tg.thread = s.thread // the step stops in its own thread only
	}
	if !s.rs.replaying && c.pos > s.rs.resumePos && s.pauseReq.Swap(false) {
		return StopPause, "", true
	}
	g.sched.Notice()
	want := g.on
	switch {
	case s.locked():
		if c.pos < g.recEnd && g.markAt(c.pos) != want {
			s.rewriteFuture(c.pos)
		}
		if st, addr := g.sched.Status(want); st != vm.SchedRunnable && c.pos == s.rs.resumePos {
			return StopStep, g.notRunnable(want, st, addr), true
		}
	case c.pos < g.recEnd:
		want = g.markAt(c.pos)
		if g.sched.CanExpire(want) {
			g.sched.Expire(want) // as it was when this turn was first taken
		}
	default:
		var err error
		if want, err = g.liveTurn(); err != nil {
			c.done, c.err = true, err
			return StopTrap, err.Error(), true
		}
	}
	if c.pos >= g.recEnd {
		g.mark(c.pos, want)
	}
	g.nextMark = g.markAfter(c.pos)
	switched := want != g.on
	s.switchThread(want)
	g.list[want].dirty = true // it runs now
	s.pausing.Store(s.thread)
	if switched && c.pos == s.rs.resumePos && !s.rs.replaying && !c.skipNext {
		if msg, hit := s.breakOnArrival(); hit {
			return StopBreakpoint, msg, true
		}
	}
	return StopNone, "", false
}

// breakOnArrival reports the breakpoint a thread that starts a drive's
// first turn is about to run: the drive would take it for the one it
// stopped at before (nothing has run yet), but this thread never stopped
// there. Its planted instruction then runs as a resumed breakpoint's.
func (s *Session) breakOnArrival() (string, bool) {
	f, pc := s.thread.At()
	if f == nil || !s.bps.planted[codeLoc{f, pc}] {
		return "", false
	}
	return s.bps.hit(s.thread)
}

// liveTurn is the scheduler's choice beyond the record: the current turn
// goes on while it has instructions left, else a runnable thread and a
// quantum are drawn; when none is runnable, the first waiter with a
// timeout times out.
func (g *threadGroup) liveTurn() (int, error) {
	if st, _ := g.sched.Status(g.cur); st == vm.SchedRunnable && g.left > 0 {
		return g.cur, nil
	}
	var runnable []int
	expiring := -1
	for id := range g.list {
		switch st, _ := g.sched.Status(id); {
		case st == vm.SchedRunnable:
			runnable = append(runnable, id)
		case g.sched.CanExpire(id) && expiring < 0:
			expiring = id
		}
	}
	switch {
	case len(runnable) > 0:
		g.cur = runnable[g.rng.IntN(len(runnable))]
	case expiring >= 0:
		g.sched.Expire(expiring)
		g.cur = expiring
	default:
		return 0, vm.ErrDeadlock
	}
	g.left = 1 + g.rng.Uint64N(maxQuantum)
	return g.cur, nil
}

// turnEnds is the hook's first question: does the running thread's turn
// end before the instruction at pos?
func (s *Session) turnEnds(pos uint64) bool {
	g := s.threads
	if pos < g.recEnd {
		if pos < g.nextMark {
			return false
		}
		if !s.locked() {
			g.turnOver = true
			return true
		}
		s.rewriteFuture(pos) // a step goes on where another thread ran
		return false
	}
	if !s.locked() {
		if g.on != g.cur || g.left == 0 {
			g.turnOver = true
			return true
		}
		g.left--
	}
	g.recEnd = pos + 1 // the running thread is recorded here
	return false
}

// threadRan looks at how a run of the running thread ended: again asks the
// drive to take the next turn; a reason stops it.
func (s *Session) threadRan(r vm.StopReason) (again bool, reason StopReason, msg string) {
	g := s.threads
	id := g.on
	switch {
	case r == vm.StopHook && g.turnOver:
		g.turnOver = false
		s.thread.Rehook() // the instruction is accounted when the thread runs again
		return true, StopNone, ""
	case r == vm.StopPaused:
		if st, addr := g.sched.Status(id); st == vm.SchedWaiting {
			if s.locked() {
				return false, StopStep, g.notRunnable(id, st, addr)
			}
			g.left = 0
			return true, StopNone, ""
		}
	case r == vm.StopDone && id != 0:
		g.sched.Finish(id)
		if s.locked() || s.rs.tg.thread == s.thread {
			return false, StopStep, g.notRunnable(id, vm.SchedFinished, 0)
		}
		return true, StopNone, ""
	case r == vm.StopError && id != 0:
		g.sched.Finish(id) // the drive stops the program at the trap
	}
	return false, StopNone, ""
}

func (g *threadGroup) notRunnable(id int, st vm.SchedStatus, addr uint64) string {
	if st == vm.SchedFinished {
		return fmt.Sprintf("thread %d has finished", id)
	}
	return fmt.Sprintf("thread %d waits on 0x%x; the other threads are frozen while it steps (continue runs them)", id, addr)
}

// switchThread makes thread id the session's current thread. The call's
// resume bookkeeping belongs to the current thread: a stop by the hook is
// undone (Rehook) so the hook sees that instruction again, a stop at a
// breakpoint is kept with the thread for when it runs again.
func (s *Session) switchThread(id int) {
	g, c := s.threads, s.call
	if id == g.on {
		return
	}
	old := g.list[g.on]
	if c.pendingHook || (c.skipNext && c.skipAt == nil) {
		old.t.Rehook()
		old.dirty = true
		c.pendingHook, c.skipNext = false, false
	}
	old.skipNext, old.skipAt = c.skipNext, c.skipAt
	d := g.list[id]
	c.skipNext, c.skipAt = d.skipNext, d.skipAt
	d.skipNext, d.skipAt = false, nil
	s.flushWrites() // the writes pending are the old thread's
	g.on, s.thread = id, d.t
}

// markAt returns the thread recorded as running at pos.
func (g *threadGroup) markAt(pos uint64) int {
	i, found := slices.BinarySearchFunc(g.marks, pos, func(m turnMark, p uint64) int {
		return cmpU64(m.pos, p)
	})
	if !found {
		i--
	}
	return g.marks[max(i, 0)].thread
}

// markAfter returns the position of the first mark after pos (the end of
// the record when none).
func (g *threadGroup) markAfter(pos uint64) uint64 {
	i, _ := slices.BinarySearchFunc(g.marks, pos+1, func(m turnMark, p uint64) int {
		return cmpU64(m.pos, p)
	})
	if i < len(g.marks) {
		return g.marks[i].pos
	}
	return ^uint64(0)
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// mark records that thread runs from pos on (live, at the record's end).
func (g *threadGroup) mark(pos uint64, thread int) {
	last := &g.marks[len(g.marks)-1]
	switch {
	case last.thread == thread:
	case last.pos == pos:
		last.thread = thread
		if n := len(g.marks); n > 1 && g.marks[n-2].thread == thread {
			g.marks = g.marks[:n-1]
		}
	default:
		g.marks = append(g.marks, turnMark{pos, thread})
	}
}

// rewriteFuture forgets what was recorded from pos on: the run leaves the
// record there, so the marks and the host results beyond it no longer
// describe what happens next.
func (s *Session) rewriteFuture(pos uint64) {
	g := s.threads
	i, _ := slices.BinarySearchFunc(g.marks, pos, func(m turnMark, p uint64) int {
		return cmpU64(m.pos, p)
	})
	g.marks = g.marks[:max(i, 1)]
	g.recEnd, g.nextMark = pos, ^uint64(0)
	if h := s.call.hist; h != nil && h.next < len(h.log) {
		h.log = h.log[:h.next]
	}
}
