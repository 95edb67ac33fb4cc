package debugger

// Origin searches at full speed. Where the machine itself can tell of each
// write to what an origin query watches — a memory range, a global, a
// table slot, a GC field — from inside the writing instruction, each span
// of history the watch does not rule out is replayed in the fast loop,
// noting the writers, and no instruction is hooked.

// fastWatch is an origin watch the machine reports writes to. arm starts
// the reports for the replay of a span, calling wrote with the position
// of each writing instruction; arm(nil) ends them, after reporting the
// writes that can only be judged at the span's end.
type fastWatch interface {
	originWatch
	arm(s *Session, wrote func(pos uint64))
}

// writingAt is the position of the instruction the machine is inside.
func (s *Session) writingAt() uint64 { return s.thread.CountThrough() - s.call.base - 1 }

func (w *memWatch) arm(s *Session, wrote func(uint64)) {
	if wrote == nil {
		w.m.WatchWrites(nil, nil)
		return
	}
	w.m.WatchWrites([][2]uint64{{w.r.Start, w.r.End}}, func() { wrote(s.writingAt()) })
}

func (w *globalWatch) arm(s *Session, wrote func(uint64)) {
	if wrote == nil {
		w.g.WatchSets(nil)
		return
	}
	w.g.WatchSets(func() { wrote(s.writingAt()) })
}

// A table slot's writer is the last write that changed it, as the scan of
// every instruction finds it.
func (w *tableWatch) arm(s *Session, wrote func(uint64)) {
	if wrote == nil {
		w.t.WatchWrites(nil)
		return
	}
	w.prev, _ = w.t.Get(w.slot)
	w.t.WatchWrites(func(i, n uint64) {
		if r, _ := w.t.Get(w.slot); w.slot-i < n && r != w.prev {
			w.prev = r
			wrote(s.writingAt())
		}
	})
}

// A GC field's writer is the last write that changed it, or the
// allocation. The machine tells of a write before it happens, so whether
// it changed the field shows at the next write or at the span's end.
func (w *fieldWatch) arm(s *Session, wrote func(uint64)) {
	if wrote == nil {
		w.settle(wrote)
		s.prog.store.WatchFieldWrites(nil)
		s.rs.onAlloc = nil
		return
	}
	w.report, w.pending = wrote, false
	s.rs.onAlloc = func(k int) {
		if k == w.alloc {
			wrote(s.writingAt())
		}
	}
	s.prog.store.WatchFieldWrites(func(obj any, i, n int) {
		if w.field < i || w.field >= i+n || !w.allocated() || obj != w.s.heap.byID[w.id].get() {
			return
		}
		w.settle(wrote)
		w.pending, w.pendingAt, w.pendingOld = true, s.writingAt(), readField(obj, w.field)
	})
}

// settle reports the pending write if it changed the field.
func (w *fieldWatch) settle(wrote func(uint64)) {
	if !w.pending {
		return
	}
	w.pending = false
	if obj := w.s.heap.byID[w.id].get(); obj != nil && readField(obj, w.field) != w.pendingOld {
		w.report(w.pendingAt)
	}
}

// mayWrite rules out the spans that ended before the allocation, and, for
// an object older than the span, those whose undo log has no write of the
// field.
func (w *fieldWatch) mayWrite(h *history, i int) bool {
	next := w.s.call.allocs.seq
	if i+1 < len(h.cks) {
		next = h.cks[i+1].allocSeq
	}
	switch {
	case w.alloc >= next:
		return false
	case w.alloc >= h.cks[i].allocSeq:
		return true // made in the span
	}
	obj := w.s.heap.byID[w.id].get()
	return obj != nil && h.cks[i].st.FieldWritten(obj, w.field)
}

// searchFastBack finds the last write before the current position, span
// by span from the latest back, replaying each span the watch does not
// rule out in the fast loop.
func (s *Session) searchFastBack(w fastWatch) (at uint64, found bool, err error) {
	c := s.call
	h := c.hist
	cur := c.pos
	defer s.armWatches() // the user's watchpoints again
	var last, spanEnd uint64
	var hit bool
	wrote := func(pos uint64) {
		if pos < spanEnd {
			last, hit = pos, true // the writer, if before the span's end
		}
	}
	err = h.spansBack(cur, func(i int, _, end uint64) (bool, error) {
		if !w.mayWrite(h, i) {
			return false, nil
		}
		hit, spanEnd = false, end
		if err := s.restoreCheckpoint(i); err != nil {
			return true, err
		}
		s.rs = runState{replaying: true}
		w.arm(s, wrote)  // after the restore: a table watch reads the slot there
		s.runFastTo(end) // later writes are told too, and passed over
		w.arm(s, nil)
		s.flushWrites()
		s.rs = runState{}
		return hit && last < cur, nil
	})
	if err != nil {
		return 0, false, err
	}
	return last, hit && last < cur, nil
}
