package vm

import "slices"

// A debugger drives the scheduler's threads itself, one turn at a time,
// through the hook of the debug loop (the quanta, the record of who ran
// when and the replays are its own); the scheduler keeps what only the
// machine knows: which threads wait, where, and how their waits end. The
// functions below are that interface, plus checkpoints of it, so a replay
// from a checkpoint finds the same threads waiting in the same queues.

// SchedStatus is what a scheduled thread is doing.
type SchedStatus uint8

// Scheduled thread states.
const (
	SchedRunnable SchedStatus = iota
	SchedWaiting              // in memory.atomic.wait, until notified or timed out
	SchedFinished
)

// Len returns how many threads the scheduler has had (ids 0 to Len()-1).
func (s *Scheduler) Len() int { return len(s.threads) }

// Status returns what thread id does; a waiting thread also gives the
// address it waits on. A thread notify has woken is runnable, noticed
// (Notice) or not.
func (s *Scheduler) Status(id int) (status SchedStatus, addr uint64) {
	st := s.threads[id]
	switch st.state {
	case schedWaiting:
		select {
		case <-st.w.woken:
			return SchedRunnable, 0
		default:
		}
		return SchedWaiting, st.ea
	case schedFinished:
		return SchedFinished, 0
	}
	return SchedRunnable, 0
}

// Notice makes the waiting threads that notify has woken runnable again.
func (s *Scheduler) Notice() {
	for _, st := range s.threads {
		if st.state == schedWaiting {
			select {
			case <-st.w.woken:
				st.endWait(waitOK)
			default:
			}
		}
	}
}

// CanExpire reports whether waiting thread id waits with a timeout.
func (s *Scheduler) CanExpire(id int) bool {
	st := s.threads[id]
	return st.state == schedWaiting && st.canExpire
}

// Expire ends waiting thread id's wait as timed out (or woken, if notify
// took it first), as when every thread waits and its timeout is the
// first to come; the thread is runnable after.
func (s *Scheduler) Expire(id int) {
	st := s.threads[id]
	if st.state != schedWaiting {
		return
	}
	if st.q.remove(st.ea, st.w) {
		st.endWait(waitTimedOut)
	} else {
		st.endWait(waitOK)
	}
}

// Finish marks thread id as ended (returned or failed).
func (s *Scheduler) Finish(id int) { s.threads[id].state = schedFinished }

// Rehook makes the next RunDebug call the hook before the instruction
// a hook's stop left the thread at, as if the hook had not been called
// for it: a debugger that stopped the thread only to run another one
// there accounts for that instruction when the thread runs again.
func (t *Thread) Rehook() {
	if t.stop == StopHook {
		t.stop = StopNone
	}
}

// SchedState is a checkpoint of the scheduler's threads (Checkpoint).
type SchedState struct {
	threads []schedThreadState
}

type schedThreadState struct {
	t              *Thread
	state          schedState
	result         uint64
	resumed, woken bool // woken: notify has closed the wait, not yet noticed
	canExpire      bool
	q              *waitQueue
	ea             uint64
	order          int // place in the queue at ea
}

// Checkpoint copies the threads' states and their places in the wait
// queues. Taken with the threads stopped, between turns.
func (s *Scheduler) Checkpoint() *SchedState {
	out := &SchedState{threads: make([]schedThreadState, len(s.threads))}
	for i, st := range s.threads {
		c := schedThreadState{t: st.t, state: st.state, result: st.result, resumed: st.resumed,
			canExpire: st.canExpire, q: st.q, ea: st.ea}
		if st.state == schedWaiting {
			select {
			case <-st.w.woken:
				c.woken = true
			default:
				st.q.mu.Lock()
				c.order = slices.Index(st.q.waiters[st.ea], st.w)
				st.q.mu.Unlock()
			}
		}
		out.threads[i] = c
	}
	return out
}

// Restore puts the scheduler back as it was at cp: threads added since
// are dropped, and the wait queues hold the threads that waited then, in
// the same order.
func (s *Scheduler) Restore(cp *SchedState) {
	for _, st := range s.threads {
		if st.state == schedWaiting {
			st.q.remove(st.ea, st.w)
		}
		st.t.sched = nil
	}
	s.threads = s.threads[:0]
	type slot struct {
		q  *waitQueue
		ea uint64
	}
	queued := map[slot][]*schedThread{}
	var order []slot
	for i, c := range cp.threads {
		st := &schedThread{t: c.t, id: i, state: c.state, result: c.result, resumed: c.resumed,
			q: c.q, ea: c.ea, canExpire: c.canExpire}
		c.t.sched = st
		s.threads = append(s.threads, st)
		if c.state != schedWaiting {
			continue
		}
		st.w = &waiter{woken: make(chan struct{})}
		if c.woken {
			close(st.w.woken)
			continue
		}
		k := slot{c.q, c.ea}
		if queued[k] == nil {
			order = append(order, k)
		}
		queued[k] = append(queued[k], st)
	}
	for _, k := range order {
		ws := queued[k]
		slices.SortStableFunc(ws, func(a, b *schedThread) int { return cp.threads[a.id].order - cp.threads[b.id].order })
		k.q.mu.Lock()
		for _, st := range ws {
			k.q.waiters[k.ea] = append(k.q.waiters[k.ea], st.w)
		}
		k.q.mu.Unlock()
	}
}

// Bytes estimates the memory the checkpoint holds.
func (cp *SchedState) Bytes() int64 { return int64(80 * len(cp.threads)) }
