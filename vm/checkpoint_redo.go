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
// A page a later span writes too is saved in that span's undo log as it
// was at that span's start, which, unwritten in between, is how it was at
// this span's end: the redo log refers to that saved page (the first later
// log that has it, when the redo log is made) instead of copying it again.
// A loop over the same buffer, a sort, a sieve write the same pages span
// after span, so the future costs little beyond the undo logs. A saved
// page is never changed; while a redo log refers to it, it is not reused
// when its undo log lets it go (pageLoans), but when the last loan ends.

// memRedo is one span's redo log for one memory.
type memRedo struct {
	size  uint64               // the memory's size at the span's end
	post  map[uint64]*undoPage // page -> its bytes at the span's end, copied; nil: all zero
	lent  map[uint64]*undoPage // page -> a later undo log's page holding those bytes
	loans *pageLoans
	bytes int64
}

// pageLoans counts, for one memory, the redo logs referring to each saved
// page of its undo logs. A page its undo log lets go while lent is
// orphaned: it goes back for reuse when its last loan ends.
type pageLoans struct {
	n        map[*undoPage]int32
	orphaned map[*undoPage]bool
}

func newPageLoans() *pageLoans {
	return &pageLoans{n: map[*undoPage]int32{}, orphaned: map[*undoPage]bool{}}
}

// release is an undo log letting b go: back for reuse unless lent (l is
// nil for a log no journal made).
func (l *pageLoans) release(b *undoPage) {
	if l != nil && l.n[b] > 0 {
		l.orphaned[b] = true
		return
	}
	freeUndoPage(b)
}

// captureRedo makes st's redo logs, unless it has them: the machine must
// be exactly at the checkpoint after st (its memories rewound to it), and
// later the checkpoints after st.
func (st *StoreState) captureRedo(later []*StoreState) {
	if st.redone {
		return
	}
	for i, mk := range st.mems {
		u := mk.undo
		r := &memRedo{size: mk.m.size, post: map[uint64]*undoPage{}, lent: map[uint64]*undoPage{}, loans: u.loans}
		save := func(p uint64) {
			for _, x := range later {
				if b, ok := x.mems[i].undo.pre[p]; ok {
					if b == nil { // all zero
						r.put(p, nil)
					} else {
						r.lend(p, b)
					}
					return
				}
			}
			r.put(p, mk.m.pageCopy(p))
		}
		for p := range u.pre {
			save(p)
		}
		mk.m.nonzeroPages(u.size, mk.m.size, save)
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

func (r *memRedo) lend(p uint64, b *undoPage) {
	r.lent[p] = b
	r.loans.n[b]++
	r.bytes += 24
}

// giveBack ends r's loan of b.
func (r *memRedo) giveBack(b *undoPage) {
	l := r.loans
	if l.n[b]--; l.n[b] > 0 {
		return
	}
	delete(l.n, b)
	if l.orphaned[b] {
		delete(l.orphaned, b)
		freeUndoPage(b)
	}
}

// redo takes st's memories from the state at st, where they are, to the
// state at the next checkpoint.
func (st *StoreState) redo() {
	for _, mk := range st.mems {
		r := mk.redo
		if r.size > mk.m.size {
			mk.m.Grow((r.size - mk.m.size) / wasm.PageSize)
		}
		mk.m.putPages(r.post)
		mk.m.putPages(r.lent)
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
// is released: the newer span's pages take precedence (a page the next
// span did not write was at its end as at its start). Without both logs
// neither is kept (the merged span re-executes when travelled).
func (prev *StoreState) mergeRedo(next *StoreState) {
	if !prev.redone || !next.redone {
		prev.DropRedo()
		next.DropRedo()
		return
	}
	for i, mk := range prev.mems {
		r, nr := mk.redo, next.mems[i].redo
		newer := func(p uint64) bool {
			_, owned := nr.post[p]
			_, lent := nr.lent[p]
			return owned || lent
		}
		for p, b := range r.post {
			if !newer(p) {
				nr.put(p, b)
			} else if b != nil {
				freeUndoPage(b)
			}
		}
		for p, b := range r.lent {
			if !newer(p) {
				nr.lent[p] = b
				nr.bytes += 24
			} else {
				r.giveBack(b)
			}
		}
		prev.mems[i].redo = nr
	}
	next.redone = false
	for i := range next.mems {
		next.mems[i].redo = nil
	}
}

// DropRedo releases st's redo logs (a history over its budget; going
// forward across its span then re-executes it): its pages go back for
// reuse, its loans end.
func (st *StoreState) DropRedo() {
	for i, mk := range st.mems {
		r := mk.redo
		if r == nil {
			continue
		}
		for _, b := range r.post {
			if b != nil {
				freeUndoPage(b)
			}
		}
		for _, b := range r.lent {
			r.giveBack(b)
		}
		st.mems[i].redo = nil
	}
	st.redone = false
}

// HasRedo reports whether the store can go from st to the next checkpoint
// without running (Revisit): st's span was rewound from its end.
func (st *StoreState) HasRedo() bool { return st.redone }

// RedoBytes is the memory st's redo logs hold (part of Bytes).
func (st *StoreState) RedoBytes() int64 {
	var n int64
	for _, mk := range st.mems {
		if mk.redo != nil {
			n += mk.redo.bytes
		}
	}
	return n
}
