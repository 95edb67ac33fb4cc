package debugger

import (
	"math"

	"wasmstep/vm"
)

// Checkpoint spacing: a recording call takes one every history.every
// instructions; when there are maxCheckpoints, every other one is released
// and the spacing doubles, so a step back replays at most history.every
// instructions however long the call, most of them in the fast loop
// (fastForward). A checkpoint costs the 64 KiB chunks written after it,
// so the spacing starts at a million instructions, a few milliseconds of
// the fast loop: closer ones cost more to take than replays save.
const (
	defaultCheckpointEvery = 1 << 20
	maxCheckpoints         = 128
	heavySpanBytes         = 4 << 20 // undo log of a span that doubles the spacing
	maxCheckpointEvery     = 1 << 25 // a replay of a span stays within some 100 ms
)

// checkpoint is a boundary of the call the debugger can return to: the
// machine's thread and store as they were there (the store's undo logs
// cover memories, tables, globals, segments and GC fields), plus the
// debugger's own counters at the same moment.
type checkpoint struct {
	th       *vm.ThreadState
	st       *vm.StoreState
	pos      uint64
	hostNext int // the host call a replay from here serves next
	allocSeq int // allocations numbered so far
	// pendingHook: taken in the hook's stop before the hook accounted for
	// the next instruction, which the machine then runs without calling it.
	pendingHook bool
	threads     *threadsCheckpoint // the other threads and the scheduler (threads_checkpoint.go)
	wrote       spanWriteSet       // what the span it begins wrote (span_writes.go)
}

// takeCheckpoint records the current boundary, then keeps the history
// within its count and byte budgets.
func (s *Session) takeCheckpoint(pendingHook bool) {
	c := s.call
	h := c.hist
	if h.lost {
		s.dropCheckpoints(h)
		return
	}
	s.flushWrites() // a run of writes still pending belongs to the span ending
	h.closeSpan()
	h.cks = append(h.cks, &checkpoint{
		th:          s.thread.Checkpoint(),
		st:          s.prog.store.Checkpoint(s.checkpointInsts()...),
		pos:         c.pos,
		hostNext:    h.next,
		allocSeq:    c.allocs.seq,
		pendingHook: pendingHook,
		threads:     s.checkpointThreads(),
	})
	if len(h.cks) >= maxCheckpoints {
		s.thin(h)
	}
	// A span that wrote much memory makes the next ones longer: each
	// checkpoint copies the chunks written after it, and a replay of a
	// longer span at full speed still takes milliseconds.
	if n := len(h.cks); n >= 2 && h.cks[n-2].st.Bytes() > heavySpanBytes {
		h.every = min(2*h.every, maxCheckpointEvery)
	}
	c.ckDue = c.pos + h.every
	s.keepBudget()
}

// thin releases every other checkpoint but the first (the oldest reachable
// boundary) and the latest, and doubles the spacing.
func (s *Session) thin(h *history) {
	kept := h.cks[:1]
	for i, ck := range h.cks[1:] {
		if i%2 == 1 || i == len(h.cks)-2 {
			kept = append(kept, ck)
		} else {
			s.prog.store.Release(ck.st)
			prev := kept[len(kept)-1] // its span now runs on through this one's
			if prev.wrote == nil {
				prev.wrote = spanWriteSet{}
			}
			prev.wrote.merge(ck.wrote)
		}
	}
	clear(h.cks[len(kept):]) // the released ones must not stay reachable
	h.cks = kept
	h.every *= 2
}

// keepBudget keeps the history within Options.HistoryBytes by thinning its
// checkpoints (every other one released, their undo logs merged into the
// one before), so the whole run stays reachable, only with longer replays;
// when the first and the latest alone are too big, the start is released
// (the reachable past then begins later), and when even the latest one is,
// reverse execution is off for the call.
func (s *Session) keepBudget() {
	h := s.call.hist
	for len(h.cks) > 2 && h.size() > s.opts.HistoryBytes {
		s.thin(h)
	}
	for len(h.cks) > 1 && h.size() > s.opts.HistoryBytes {
		s.prog.store.Release(h.cks[0].st)
		h.cks[0] = nil
		h.cks = h.cks[1:]
	}
	if h.size() > s.opts.HistoryBytes {
		h.lost = true
	}
	if h.lost {
		s.dropCheckpoints(h)
	}
}

// size is the memory the history holds: checkpoints and the host log.
func (h *history) size() int64 {
	n := h.bytes
	for _, ck := range h.cks {
		n += ck.th.Bytes() + ck.st.Bytes() + ck.threads.bytes()
	}
	return n
}

// dropCheckpoints releases every checkpoint, so stores leave the machine's
// tracking path.
func (s *Session) dropCheckpoints(h *history) {
	for i := len(h.cks) - 1; i >= 0; i-- {
		s.prog.store.Release(h.cks[i].st)
	}
	h.cks = nil
	s.call.ckDue = math.MaxUint64
}

// restoreCheckpoint puts the call back at checkpoint i; the newer ones are
// released (their future is being rewritten) and will be taken again.
func (s *Session) restoreCheckpoint(i int) error {
	s.flushWrites() // what ran before was written then, in the latest span
	c := s.call
	h := c.hist
	ck := h.cks[i]
	if err := s.prog.store.Restore(ck.st); err != nil {
		return err
	}
	s.restoreThreads(ck.threads)
	s.thread.Restore(ck.th)
	if i == len(h.cks)-1 {
		h.closeSpan() // the latest span's writes so far stay with it
	}
	clear(h.cks[i+1:]) // released checkpoints must not stay reachable
	h.cks = h.cks[:i+1]
	h.spanWrites = nil // newer spans' writes go: that future is run again
	h.next = ck.hostNext
	c.allocs.seq = ck.allocSeq
	c.pos, c.done, c.err, c.skipNext, c.skipAt = ck.pos, false, nil, false, nil
	c.pendingHook = ck.pendingHook
	c.ckDue = ck.pos + h.every
	return nil
}

// checkpointAt returns the latest checkpoint at or before pos.
func (h *history) checkpointAt(pos uint64) int {
	i := len(h.cks) - 1
	for i > 0 && h.cks[i].pos > pos {
		i--
	}
	return i
}

// dropCall abandons the current call and frees its history.
func (s *Session) dropCall() {
	if c := s.call; c != nil && c.hist != nil {
		s.dropCheckpoints(c.hist)
	}
	s.call = nil
}
