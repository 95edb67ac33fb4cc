package vm

import (
	"sync"
	"time"
)

// waitQueue is a shared memory's futex: the threads waiting in
// memory.atomic.wait32/wait64, per address, in arrival order. The value
// check and the enqueue happen under the lock notify takes, so a notify
// that follows a store can never slip between them.
type waitQueue struct {
	mu      sync.Mutex
	waiters map[uint64][]*waiter
}

type waiter struct {
	woken chan struct{} // closed by notify
}

func newWaitQueue() *waitQueue { return &waitQueue{waiters: map[uint64][]*waiter{}} }

// Results of memory.atomic.wait.
const (
	waitOK       = 0 // woken by notify
	waitNotEqual = 1 // the value differed
	waitTimedOut = 2
)

// wakePollInterval is how often a waiting thread looks at its pause flag,
// so Pause (a debugger's stop, the end of the program) reaches it.
const wakePollInterval = 5 * time.Millisecond

// wait blocks t while the size bytes at ea equal expected, until notified
// or timeout nanoseconds pass (negative: no limit). paused is true when
// Pause interrupted the wait; the thread then stops before the wait, which
// runs again from the start when it resumes.
func (t *Thread) wait(m *Memory, ea, size, expected uint64, timeout int64) (result uint64, paused bool) {
	q := m.waits
	q.mu.Lock()
	if m.atomicLoad(ea, size) != expected {
		q.mu.Unlock()
		return waitNotEqual, false
	}
	if timeout == 0 {
		q.mu.Unlock()
		return waitTimedOut, false
	}
	w := &waiter{woken: make(chan struct{})}
	q.waiters[ea] = append(q.waiters[ea], w)
	q.mu.Unlock()

	if limit := t.store.MaxWait; limit > 0 && (timeout < 0 || time.Duration(timeout) > limit) {
		timeout = int64(limit)
	}
	if timeout < 0 {
		t.store.blocked.Add(1)
		defer t.store.blocked.Add(-1)
	}
	var deadline <-chan time.Time
	if timeout > 0 {
		timer := time.NewTimer(time.Duration(timeout))
		defer timer.Stop()
		deadline = timer.C
	}
	poll := time.NewTicker(wakePollInterval)
	defer poll.Stop()
	for {
		select {
		case <-w.woken:
			return waitOK, false
		case <-deadline:
			if q.remove(ea, w) {
				return waitTimedOut, false
			}
			return waitOK, false // notify took it first
		case <-poll.C:
			if t.pause.Load() && q.remove(ea, w) {
				t.pause.Store(false)
				return 0, true
			}
		}
	}
}

// remove takes w out of the queue at ea; false if notify already did.
func (q *waitQueue) remove(ea uint64, w *waiter) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	ws := q.waiters[ea]
	for i, x := range ws {
		if x == w {
			q.dequeue(ea, append(ws[:i:i], ws[i+1:]...))
			return true
		}
	}
	return false
}

func (q *waitQueue) dequeue(ea uint64, rest []*waiter) {
	if len(rest) == 0 {
		delete(q.waiters, ea)
	} else {
		q.waiters[ea] = rest
	}
}

// notify wakes up to count threads waiting at ea, oldest first, and
// returns how many it woke.
func (q *waitQueue) notify(ea uint64, count uint32) uint32 {
	q.mu.Lock()
	defer q.mu.Unlock()
	ws := q.waiters[ea]
	n := min(uint64(count), uint64(len(ws)))
	for _, w := range ws[:n] {
		close(w.woken)
	}
	q.dequeue(ea, ws[n:])
	return uint32(n)
}

// Blocked returns how many threads of the store wait in
// memory.atomic.wait with no timeout. When it equals the number of threads
// a program runs, none can notify the others: the program has deadlocked.
func (s *Store) Blocked() int64 { return s.blocked.Load() }
