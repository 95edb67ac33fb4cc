package vm

import "wasmstep/vm/wasm"

// Memory redo logs: going forward to a kept checkpoint without running.
// Store.Revisit rewinds to an older checkpoint keeping the newer ones (a
// future). A span's undo log holds the pages its run wrote, as they were
// at the span's start; while the rewind passes the span's end (the
// machine exactly at the next checkpoint), it first copies those pages
// as they are there, and the pages the span's growth filled: the span's
// redo log. Going forward applies the redo logs instead of re-executing.
//
// Why the logs stay right: the run is deterministic (host results come
// from a record), so a replay from a checkpoint writes the same pages as
// the original run did in each span; the undo log of the span the machine
// is in is the original's (a superset of what the replay has written so
// far) and keeps receiving first writes, and a page it gains past the
// span's end (a fast loop stopping a few operations late) was not written
// in the span, so its saved bytes are the span's start's and its end's
// alike. A redo log is right while the checkpoint ending its span lives.
//
// A page the next span writes too is saved in that span's undo log as it
// was at the span's end already: the redo log refers to it there instead
// of copying it again (a loop over the same buffer writes the same pages
// in every span), which costs the future little beyond its undo logs.

// memRedo is one span's redo log for one memory.
type memRedo struct {
	size  uint64               // the memory's size at the span's end
	post  map[uint64]*undoPage // page -> its bytes at the span's end; nil: all zero
	next  []uint64             // pages whose bytes at the span's end the next checkpoint's undo log holds
	bytes int64
}

// captureRedo makes st's redo logs, unless it has them: the machine must
// be exactly at next, the checkpoint after st (its memories rewound to it).
func (st *StoreState) captureRedo(next *StoreState) {
	if st.redone {
		return
	}
	for i, mk := range st.mems {
		later := next.mems[i].undo.pre
		r := &memRedo{size: mk.m.size, post: map[uint64]*undoPage{}}
		save := func(p uint64) {
			if _, ok := later[p]; ok {
				r.next = append(r.next, p)
				r.bytes += 8
				return
			}
			r.put(p, mk.m.pageCopy(p))
		}
		for p := range mk.undo.pre {
			save(p)
		}
		mk.m.nonzeroPages(mk.undo.size, mk.m.size, save)
		st.mems[i].redo = r
	}
	st.redone = true
}

func (r *memRedo) put(p uint64, b *undoPage) {
	r.post[p] = b
	r.bytes += 16
	if b != nil {
		r.bytes += undoSize
	}
}

// redo takes st's memories from the state at st, where they are, to the
// state at next, the next checkpoint.
func (st *StoreState) redo(next *StoreState) {
	for i, mk := range st.mems {
		r := mk.redo
		if r.size > mk.m.size {
			mk.m.Grow((r.size - mk.m.size) / wasm.PageSize)
		}
		mk.m.putPages(r.post)
		later := next.mems[i].undo.pre
		for _, p := range r.next {
			mk.m.putPage(p, later[p])
		}
	}
}

// nonzeroPages calls f for each page of [from, to) that is not all zero.
func (m *Memory) nonzeroPages(from, to uint64, f func(p uint64)) {
	for off := from; off < to; off += undoSize {
		var b []byte
		if m.chunks == nil {
			b = m.flat[off : off+undoSize]
		} else if c := m.chunks[off>>chunkBits]; c != nil {
			in := off & (chunkSize - 1)
			b = c[in : in+undoSize]
		} else {
			off |= chunkSize - undoSize // the rest of an absent chunk is zero
			continue
		}
		if !allZero(b) {
			f(off >> undoBits)
		}
	}
}

// mergeRedo makes prev's redo log cover its span and the next one, which
// is released (before its undo log goes): the newer span's pages take
// precedence. Without both logs neither is kept (the merged span
// re-executes when travelled).
func (prev *StoreState) mergeRedo(next *StoreState) {
	if !prev.redone || !next.redone {
		prev.dropRedo()
		next.dropRedo()
		return
	}
	for i, mk := range prev.mems {
		r, nr := mk.redo, next.mems[i].redo
		has := make(map[uint64]bool, len(nr.next))
		for _, p := range nr.next {
			has[p] = true
		}
		newer := func(p uint64) bool {
			_, ok := nr.post[p]
			return ok || has[p]
		}
		for p, b := range r.post {
			if newer(p) {
				if b != nil {
					spareUndoPages.Put(b)
				}
				continue
			}
			nr.put(p, b)
		}
		for _, p := range r.next { // the released undo log's pages: copied
			if !newer(p) {
				var b *undoPage
				if src := next.mems[i].undo.pre[p]; src != nil {
					b = spareUndoPages.Get().(*undoPage)
					*b = *src
				}
				nr.put(p, b)
			}
		}
		prev.mems[i].redo = nr
	}
	next.redone = false
	for i := range next.mems {
		next.mems[i].redo = nil
	}
}

// dropRedo gives st's redo pages back for reuse.
func (st *StoreState) dropRedo() {
	for i, mk := range st.mems {
		if mk.redo == nil {
			continue
		}
		for _, b := range mk.redo.post {
			if b != nil {
				spareUndoPages.Put(b)
			}
		}
		st.mems[i].redo = nil
	}
	st.redone = false
}

// HasRedo reports whether the store can go from st to the next checkpoint
// without running (Revisit): st's span was rewound from its end.
func (st *StoreState) HasRedo() bool { return st.redone }

// DropRedo releases every checkpoint's redo logs (a history over its
// budget): going forward then re-executes.
func (s *Store) DropRedo() {
	if s.journal != nil {
		for _, st := range s.journal.states {
			st.dropRedo()
		}
	}
}

func (st *StoreState) redoBytes() int64 {
	var n int64
	for _, mk := range st.mems {
		if mk.redo != nil {
			n += mk.redo.bytes
		}
	}
	return n
}
