package vm

import (
	"errors"
	"fmt"
	"math/rand/v2"
)

// Scheduler runs the threads of a program on the calling goroutine,
// interleaved deterministically: each turn runs one runnable thread for a
// quantum of instructions (in the debug form, so a quantum counts
// WebAssembly instructions exactly), the thread and the quantum drawn from
// a generator seeded by the caller. The same seed and program give the
// same interleaving; Turns records it, and NewReplayScheduler runs a
// recorded schedule again. A thread waiting in memory.atomic.wait is not
// runnable until notified; when every thread waits, the one with a timeout
// times out (the lowest id first), and without one the program deadlocks.
type Scheduler struct {
	rng        *rand.Rand // nil when replaying
	replay     []Turn
	maxQuantum uint64
	threads    []*schedThread

	// Turns is the schedule as run: one entry per turn.
	Turns []Turn
}

// Turn is one slice of the schedule: thread ID ran Steps instructions.
type Turn struct {
	Thread int
	Steps  uint64
}

// DefaultMaxQuantum bounds a turn's instructions.
const DefaultMaxQuantum = 64

type schedState uint8

const (
	schedRunnable schedState = iota
	schedWaiting
	schedFinished
)

// schedThread is a thread under the scheduler.
type schedThread struct {
	t     *Thread
	id    int
	state schedState
	// While waiting: the queue entry notify closes, and whether the wait
	// may time out.
	q         *waitQueue
	ea        uint64
	w         *waiter
	canExpire bool
	// result is the wait's outcome once it is over; resumed says the wait
	// instruction is to complete with it when the thread runs again.
	result  uint64
	resumed bool
}

// ErrDeadlock is returned when every unfinished thread waits with no
// timeout: nothing can ever wake them.
var ErrDeadlock = errors.New("deadlock: every thread waits in memory.atomic.wait and none can notify")

// ThreadFailure is a scheduled thread's trap or error; it unwraps to it.
type ThreadFailure struct {
	Thread int
	Err    error
}

func (e *ThreadFailure) Error() string { return fmt.Sprintf("thread %d: %v", e.Thread, e.Err) }
func (e *ThreadFailure) Unwrap() error { return e.Err }

// NewScheduler returns a scheduler drawing its choices from seed.
func NewScheduler(seed uint64) *Scheduler {
	return &Scheduler{rng: rand.New(rand.NewPCG(seed, 0x7468726561647321)), maxQuantum: DefaultMaxQuantum}
}

// NewReplayScheduler returns a scheduler that runs the recorded turns
// again, then continues as seed would.
func NewReplayScheduler(turns []Turn, seed uint64) *Scheduler {
	s := NewScheduler(seed)
	s.replay = turns
	return s
}

// Add puts a started thread (see Thread.Start) under the scheduler and
// returns its id: 0 for the first, then 1, 2, ...
func (s *Scheduler) Add(t *Thread) int {
	st := &schedThread{t: t, id: len(s.threads)}
	t.sched = st
	t.UseDebugForm(true)
	s.threads = append(s.threads, st)
	return st.id
}

// RunUntil runs the threads until thread id finishes (nil), one of them
// fails or is stopped from outside (a *ThreadFailure naming it), or the
// program deadlocks (ErrDeadlock).
func (s *Scheduler) RunUntil(id int) error {
	for s.threads[id].state != schedFinished {
		st, err := s.next()
		if err != nil {
			return err
		}
		t := st.t
		q := s.quantum(st)
		before := t.Steps()
		t.stepLimit = before + q
		r := t.RunDebug(nil)
		t.stepLimit = 0
		s.Turns = append(s.Turns, Turn{Thread: st.id, Steps: t.Steps() - before})
		switch {
		case r == StopStepLimit || r == StopPaused && st.state == schedWaiting:
		case r == StopDone:
			st.state = schedFinished
		case r == StopError:
			st.state = schedFinished
			return &ThreadFailure{Thread: st.id, Err: t.Err()}
		default:
			return &ThreadFailure{Thread: st.id, Err: fmt.Errorf("stopped: %s", r)}
		}
	}
	return nil
}

// next picks the thread of the next turn, waking or timing out waiters.
func (s *Scheduler) next() (*schedThread, error) {
	var runnable []*schedThread
	var expiring *schedThread
	for _, st := range s.threads {
		if st.state == schedWaiting {
			select {
			case <-st.w.woken:
				st.endWait(waitOK)
			default:
			}
		}
		switch {
		case st.state == schedRunnable:
			runnable = append(runnable, st)
		case st.state == schedWaiting && st.canExpire && expiring == nil:
			expiring = st
		}
	}
	if len(s.replay) > 0 {
		id := s.replay[0].Thread
		if id < len(s.threads) && s.threads[id].state == schedRunnable {
			return s.threads[id], nil
		}
	}
	switch {
	case len(runnable) > 0:
		return runnable[s.rng.IntN(len(runnable))], nil
	case expiring != nil:
		if expiring.q.remove(expiring.ea, expiring.w) {
			expiring.endWait(waitTimedOut)
		} else {
			expiring.endWait(waitOK) // notified after all
		}
		return expiring, nil
	}
	return nil, ErrDeadlock
}

// quantum returns the length of the next turn: the recorded one when
// replaying, else a draw between 1 and maxQuantum.
func (s *Scheduler) quantum(st *schedThread) uint64 {
	if len(s.replay) > 0 && s.replay[0].Thread == st.id {
		q := s.replay[0].Steps
		s.replay = s.replay[1:]
		return max(q, 1)
	}
	s.replay = nil // the run left the recording
	return 1 + s.rng.Uint64N(s.maxQuantum)
}

func (st *schedThread) endWait(result uint64) {
	st.state, st.result, st.resumed, st.w = schedRunnable, result, true, nil
}

// waitScheduled is memory.atomic.wait for a thread under a scheduler: it
// never blocks the goroutine. The first time, it enqueues the thread and
// stops it before the wait; when the scheduler runs it again, the wait
// completes with the result the scheduler recorded.
func (t *Thread) waitScheduled(m *Memory, ea, size, expected uint64, timeout int64) (result uint64, done bool) {
	st := t.sched
	if st.resumed {
		st.resumed = false
		return st.result, true
	}
	q := m.waits
	q.mu.Lock()
	defer q.mu.Unlock()
	if m.atomicLoad(ea, size) != expected {
		return waitNotEqual, true
	}
	if timeout == 0 {
		return waitTimedOut, true
	}
	w := &waiter{woken: make(chan struct{})}
	q.waiters[ea] = append(q.waiters[ea], w)
	st.state, st.q, st.ea, st.w, st.canExpire = schedWaiting, q, ea, w, timeout > 0
	return 0, false
}
