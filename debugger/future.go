package debugger

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// The future: going back keeps the newer checkpoints. Restoring an older
// checkpoint used to release the newer ones, so a `goto` forward from the
// past re-executed the whole way (over a second per 10^9 instructions).
// Now the store keeps them (vm.Store.Revisit): the rewind makes redo logs
// of the spans it passes from their ends, and going forward to a kept
// checkpoint applies them, then replays at most one span to the exact
// position. history.cur is the checkpoint whose span the machine is in; a
// run (a Continue from the past) reaching the next kept checkpoint's
// position advances to it instead of taking a new one, and recording goes
// on as before past the latest.
//
// A future is kept only where a replay repeats the run exactly and the
// checkpoints' copies stay right (keepsFuture); otherwise a restore
// releases the newer checkpoints as before and going forward re-executes.

// future reports whether checkpoints newer than the machine's span are kept.
func (h *history) future() bool { return h.cur < len(h.cks)-1 }

// keepsFuture reports whether restoring checkpoint i (not newer than the
// current one) may keep the checkpoints after it. Not when:
//   - the program runs other threads: their states and the scheduler's
//     turns are checkpointed apart (threads_checkpoint.go);
//   - GC objects are made in a span from i on: a replay makes new Go
//     objects, while the later checkpoints' threads, globals and tables
//     refer to the first run's;
//   - a span from i on (but the latest, which a rewind undoes and the run
//     repeats) wrote fields of older GC objects: nothing puts those
//     writes back going forward.
//
// The debugger never sets a value itself (no command writes the machine's
// state), so nothing else makes the run after i differ from the recorded one.
func (s *Session) keepsFuture(i int) bool {
	h := s.call.hist
	if s.threads != nil {
		return false
	}
	from := h.cks[i]
	for j, ck := range h.cks[i:] {
		if ck.threads != nil || ck.allocSeq != from.allocSeq {
			return false
		}
		if i+j < len(h.cks)-1 && ck.st.WroteFields() {
			return false
		}
	}
	return true
}

// dropFuture releases the checkpoints after the machine's span.
func (s *Session) dropFuture(h *history) {
	if !h.future() {
		return
	}
	s.prog.store.ReleaseFuture()
	clear(h.cks[h.cur+1:]) // the released ones must not stay reachable
	h.cks = h.cks[:h.cur+1]
}

// setCkDue sets where the run next stops for history: the next kept
// checkpoint, or, recording, the spacing past the current one.
func (s *Session) setCkDue() {
	c := s.call
	h := c.hist
	if h.future() {
		c.ckDue = h.cks[h.cur+1].pos
		return
	}
	c.ckDue = h.cks[h.cur].pos + h.every
}

// checkpointDue is the run reaching c.ckDue: the next kept checkpoint
// becomes the current one, or, recording, a new one is taken.
// pendingHook: as for takeCheckpoint.
func (s *Session) checkpointDue(pendingHook bool) {
	h := s.call.hist
	if h.future() {
		s.advance()
		if h.future() || s.call.pos < s.call.ckDue {
			return
		}
	}
	if !s.rs.replaying {
		s.takeCheckpoint(pendingHook)
	}
}

// advance makes the kept checkpoints at or before the position current.
// A run in the fast loop may stop a few operations past a checkpoint:
// the next span's undo log holds the pages written there, since the first
// run went on through them (vm/checkpoint_redo.go), unless that span is
// the latest, whose first run may have stopped right at its checkpoint.
// The latest is then released (its span joins the current one's, whose
// log took those pages) and taken again.
func (s *Session) advance() {
	c := s.call
	h := c.hist
	for h.future() && c.pos >= h.cks[h.cur+1].pos {
		s.flushWrites() // the writes so far belong to the span ending
		if h.cur+1 == len(h.cks)-1 && c.pos > h.cks[h.cur+1].pos {
			s.releaseLatest(h)
			break
		}
		s.prog.store.Advance()
		h.cur++
		h.spanWrites = nil // the span's set has them from its first run
	}
	s.setCkDue()
}

// releaseLatest releases the latest checkpoint, which is kept after the
// machine's span: that span runs on through the released one's.
func (s *Session) releaseLatest(h *history) {
	n := len(h.cks) - 1
	s.releaseInto(h.cks[n-1], h.cks[n])
	h.cks[n] = nil
	h.cks = h.cks[:n]
}

// notesWrites reports whether the live run's writes go to the span write
// sets (span_writes.go): in the latest span, and in the one before, whose
// run may pass the latest checkpoint into what its first run never wrote
// (releaseLatest). The other spans' sets have their writes already.
func (h *history) notesWrites() bool { return h.cur >= len(h.cks)-2 }

// forwardTo puts the machine at kept checkpoint i, newer than the current
// one: by the redo logs as far as the spans have them, replaying in the
// fast loop each span that has none (one the machine was inside when the
// rewind began, or whose log the budget dropped).
func (s *Session) forwardTo(i int) error {
	h := s.call.hist
	at := false // the machine is exactly at checkpoint h.cur, restored
	for h.cur < i {
		if !h.future() {
			return errFutureGone
		}
		j := h.cur
		for j < i && h.cks[j].st.HasRedo() {
			j++
		}
		if j > h.cur {
			if err := s.restoreCheckpoint(j); err != nil {
				return err
			}
			at = true
			continue
		}
		if err := s.runSpan(); err != nil {
			return err
		}
		at = false
	}
	if at && h.cur == i {
		return nil
	}
	return s.restoreCheckpoint(i) // exactly there, with the debugger's counters
}

// errFutureGone: a replay on the way forward released the future (it
// cannot while one is kept: keepsFuture holds from the current checkpoint on).
var errFutureGone = errors.New("history: the checkpoints ahead were released")

// runSpan replays the current span from its checkpoint to exactly the
// next one (the fast loop most of the way) and advances to it.
func (s *Session) runSpan() error {
	h := s.call.hist
	next := h.cks[h.cur+1].pos
	if err := s.replay(h.cur, next, nil); err != nil {
		return err
	}
	if pos := s.call.pos; pos != next {
		return fmt.Errorf("replaying history: stopped at %d, not at the checkpoint at %d", pos, next)
	}
	s.advance()
	return nil
}

// dropRedoOverBudget drops redo logs, the biggest first, until the history
// fits its budget or none is left. The biggest are those of the spans
// that last wrote many pages (each page's bytes at the end of the last
// span writing it are copied once; the others refer to later undo logs),
// usually few: travel across them replays just those spans.
func (s *Session) dropRedoOverBudget(h *history) {
	over := h.size() - s.opts.HistoryBytes
	if over <= 0 {
		return
	}
	var cks []*checkpoint
	for _, ck := range h.cks {
		if ck.st.HasRedo() {
			cks = append(cks, ck)
		}
	}
	slices.SortFunc(cks, func(a, b *checkpoint) int { return cmp.Compare(b.st.RedoBytes(), a.st.RedoBytes()) })
	for _, ck := range cks {
		if over <= 0 {
			return
		}
		over -= ck.st.RedoBytes()
		ck.st.DropRedo()
	}
}
