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
	s.dropFuture(h) // none while recording: the run advances through it (checkpointDue)
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
	h.cur = len(h.cks) - 1
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
// boundary) and the latest, and doubles the spacing. A released current
// checkpoint's span joins the one before, which becomes current.
func (s *Session) thin(h *history) {
	kept := h.cks[:1]
	cur := h.cks[h.cur]
	h.cur = 0
	for i, ck := range h.cks[1:] {
		if i%2 == 1 || i == len(h.cks)-2 {
			kept = append(kept, ck)
		} else {
			s.releaseInto(kept[len(kept)-1], ck)
		}
		if ck == cur {
			h.cur = len(kept) - 1
		}
	}
	clear(h.cks[len(kept):]) // the released ones must not stay reachable
	h.cks = kept
	h.every *= 2
}

// releaseInto releases ck, whose span prev's now runs on through: prev's
// span wrote what both did.
func (s *Session) releaseInto(prev, ck *checkpoint) {
	s.prog.store.Release(ck.st)
	prev.addWrites(ck.wrote)
}

// keepBudget keeps the history within Options.HistoryBytes by dropping
// redo logs of a kept future (going forward across their spans then
// re-executes them), then by thinning its checkpoints (every other one
// released, their undo logs merged into the one before), so the whole run
// stays reachable, only with longer replays;
// when the first and the latest alone are too big, the start is released
// (the reachable past then begins later), and when even the latest one is,
// reverse execution is off for the call.
func (s *Session) keepBudget() {
	h := s.call.hist
	// With a future, thinning comes first while spans stay short enough to
	// replay quickly: it merges the undo logs (a page two spans write is
	// saved once) and keeps the redo logs that make forward travel cheap,
	// which dropping them would trade for replays of whole spans.
	for h.future() && len(h.cks) > 2 && h.size() > s.opts.HistoryBytes && h.every < maxCheckpointEvery {
		s.thin(h)
	}
	s.dropRedoOverBudget(h)
	for len(h.cks) > 2 && h.size() > s.opts.HistoryBytes {
		s.thin(h)
	}
	for len(h.cks) > 1 && h.size() > s.opts.HistoryBytes {
		if h.cur == 0 {
			s.dropFuture(h) // nothing before the machine would reach it
			continue
		}
		s.prog.store.Release(h.cks[0].st)
		h.cks[0] = nil
		h.cks = h.cks[1:]
		h.cur--
	}
	if h.future() && len(h.cks) > 0 {
		s.setCkDue() // the next checkpoint may have gone
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
	s.dropFuture(h)
	for i := len(h.cks) - 1; i >= 0; i-- {
		s.prog.store.Release(h.cks[i].st)
	}
	h.cks, h.cur = nil, 0
	s.call.ckDue = math.MaxUint64
}

// restoreCheckpoint puts the call at checkpoint i, back or forward (a
// kept one, future.go). The newer ones are kept as a future where a
// replay repeats the run exactly (keepsFuture), else released (their
// future is being rewritten) and taken again.
func (s *Session) restoreCheckpoint(i int) error {
	s.flushWrites() // what ran before was written then, in the current span
	c := s.call
	h := c.hist
	ck := h.cks[i]
	if h.cur == len(h.cks)-1 {
		h.closeSpan() // the latest span's writes so far stay with it
	}
	h.spanWrites = nil // only the latest span collects; the run repeats the others
	if i > h.cur || s.keepsFuture(i) {
		if err := s.prog.store.Revisit(ck.st); err != nil {
			return err
		}
	} else {
		if err := s.prog.store.Restore(ck.st); err != nil {
			return err
		}
		clear(h.cks[i+1:]) // released checkpoints must not stay reachable
		h.cks = h.cks[:i+1]
	}
	h.cur = i
	s.restoreThreads(ck.threads)
	s.thread.Restore(ck.th)
	h.next = ck.hostNext
	c.allocs.seq = ck.allocSeq
	c.pos, c.done, c.err, c.skipNext, c.skipAt = ck.pos, false, nil, false, nil
	c.pendingHook = ck.pendingHook
	s.setCkDue()
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
