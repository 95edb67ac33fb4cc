package vm

// Memory undo logs. While a checkpoint is live, each tracked memory has an
// undo log owned by the latest checkpoint: before the first write to a
// 4 KiB page since that checkpoint, the page's bytes are saved in it.
// Restoring writes the saved pages back, newest log first, and cuts the
// memory to its size at the checkpoint, which undoes memory.grow. A
// checkpoint thus costs only the pages written after it, not the memory.
// Pages, not the storage's 64 KiB chunks: a program writing here and there
// (a copy of a few bytes between random places) would otherwise copy 64 KiB
// per write between two checkpoints.
//
// A bitmap over the pages below the size at the checkpoint (up to
// flatLimit) tells which are saved with a bit test, not a map look-up, so
// a program writing two places in turn (a sort swapping elements) pays
// little for it. The fast store path pays nothing: it writes through
// Memory.wflat, which is nil while the memory is tracked; most tracked
// stores take the store lane (memory_lane.go), inside a page saved
// already.
const (
	undoBits = 12
	undoSize = 1 << undoBits
)

type undoPage = [undoSize]byte

// memUndo is one checkpoint's undo log for one memory.
type memUndo struct {
	size  uint64               // the memory's size in bytes at the checkpoint
	pre   map[uint64]*undoPage // page index -> its bytes at the checkpoint; nil: all zero
	saved []uint64             // bit p: page p is in pre (pages below min(size, flatLimit))
	bytes int64
	loans *pageLoans // the memory's pages redo logs refer to (checkpoint_redo.go)
}

func newMemUndo(m *Memory) *memUndo {
	words := (min(m.size, flatLimit)>>undoBits + 63) / 64
	return &memUndo{size: m.size, pre: map[uint64]*undoPage{}, saved: make([]uint64, words), bytes: 8 * int64(words)}
}

// has reports whether page p is saved.
func (u *memUndo) has(p uint64) bool {
	if p/64 < uint64(len(u.saved)) {
		return u.saved[p/64]&(1<<(p%64)) != 0
	}
	_, ok := u.pre[p]
	return ok
}

// put saves b as page p.
func (u *memUndo) put(p uint64, b *undoPage) {
	u.pre[p] = b
	u.bytes += undoSize
	if p/64 < uint64(len(u.saved)) {
		u.saved[p/64] |= 1 << (p % 64)
	}
}

// setFlat replaces the flat bytes, keeping wflat in step with tracking.
func (m *Memory) setFlat(b []byte) {
	m.flat = b
	m.wflat = b
	m.closeLane()
	if m.undo != nil || m.observe != nil {
		m.wflat = nil
	}
}

// track makes u the log that receives the memory's pages (nil: untracked).
func (m *Memory) track(u *memUndo) {
	m.undo = u
	m.setFlat(m.flat)
}

// logWrite saves the pages [off, off+n) touches that the latest
// checkpoint has not saved yet, notes the write for an observer and opens
// the store lane on its last page. The range is in bounds.
func (m *Memory) logWrite(off, n uint64) {
	if n == 0 {
		return
	}
	if m.observe != nil {
		m.noteWritten(off, n)
	}
	m.savePages(off, n)
	m.openLane(off + n - 1)
}

// savePages saves the pages [off, off+n) touches that the latest
// checkpoint has not saved yet.
func (m *Memory) savePages(off, n uint64) {
	u := m.undo
	if u == nil || off >= u.size {
		return // bytes past the size at the checkpoint are cut off on restore
	}
	end := (min(off+n, u.size) - 1) >> undoBits
	for p := off >> undoBits; p <= end; p++ {
		if !u.has(p) {
			u.put(p, m.pageCopy(p))
		}
	}
}

// pageCopy returns a copy of page p, or nil if its chunk is absent (zero).
func (m *Memory) pageCopy(p uint64) *undoPage {
	off := p << undoBits
	var src []byte
	if m.chunks == nil {
		src = m.flat[off:]
	} else if c := m.chunks[off>>chunkBits]; c != nil {
		src = c[off&(chunkSize-1):]
	} else {
		return nil
	}
	b := newUndoPage()
	copy(b[:], src)
	return b
}

// drop gives u's pages back for reuse: u is released and nothing shares
// them (absorb moved those it kept), but for those a redo log refers to.
func (u *memUndo) drop() {
	for _, b := range u.pre {
		if b != nil {
			u.loans.release(b)
		}
	}
	u.pre = nil
}

// rewind writes u's saved pages back; u stays intact.
func (m *Memory) rewind(u *memUndo) { m.putPages(u.pre) }

// putPages writes pages into the memory (nil: zero), which holds them.
func (m *Memory) putPages(pages map[uint64]*undoPage) {
	for p, b := range pages {
		m.putPage(p, b)
	}
}

// putPage writes b (nil: zero) as page p, which the memory holds.
func (m *Memory) putPage(p uint64, b *undoPage) {
	off := p << undoBits
	var dst []byte
	if m.chunks == nil {
		dst = m.flat[off : off+undoSize]
	} else {
		in := off & (chunkSize - 1)
		dst = m.chunkFor(off)[in : in+undoSize]
	}
	if b == nil {
		clear(dst)
	} else {
		copy(dst, b[:])
	}
}

// truncate cuts the memory to size bytes (a page multiple, at most its
// size), back to flat storage if it fits, as it was before growing.
func (m *Memory) truncate(size uint64) {
	if size == m.size {
		return
	}
	if m.chunks == nil {
		m.setFlat(m.res.shrink(size))
		m.size = size
		return
	}
	for c := range m.chunks {
		if c >= size>>chunkBits {
			delete(m.chunks, c)
		}
	}
	m.size = size
	if size <= flatLimit {
		m.reserve(min(m.limit, flatLimit), false)
		flat, ok := m.res.grow(size)
		if !ok {
			m.dropReservation() // the system refused: stay chunked
			return
		}
		for c, p := range m.chunks {
			copy(flat[c<<chunkBits:], p[:])
		}
		m.chunks = nil
		m.setFlat(flat)
	}
}

// absorb moves into u the pages of newer that u lacks: u's checkpoint is
// kept while newer's is released, and a page first written after newer's
// checkpoint had the same bytes at u's.
func (u *memUndo) absorb(newer *memUndo) {
	for p, b := range newer.pre {
		if !u.has(p) && p < u.size>>undoBits {
			u.put(p, b)
			delete(newer.pre, p)
		}
	}
	newer.drop()
}
