package vm

// Memory undo logs. While a checkpoint is live, each tracked memory has an
// undo log owned by the latest checkpoint: before the first write to a
// 64 KiB chunk since that checkpoint, the chunk's bytes are saved in it.
// Restoring writes the saved chunks back, newest log first, and cuts the
// memory to its size at the checkpoint, which undoes memory.grow. A
// checkpoint thus costs only the chunks written after it, not the memory.
//
// Membership in the log's map plays the role of a per-chunk generation
// number; a one-entry cache (last) skips the map for runs of stores to one
// chunk. The fast store path pays nothing: it writes through Memory.wflat,
// which is nil while the memory is tracked.

// memUndo is one checkpoint's undo log for one memory.
type memUndo struct {
	size  uint64            // the memory's size in bytes at the checkpoint
	pre   map[uint64]*chunk // chunk index -> its bytes at the checkpoint; nil: all zero
	last  uint64            // 1 + the chunk index last found saved (0: none)
	bytes int64
}

func newMemUndo(m *Memory) *memUndo {
	return &memUndo{size: m.size, pre: map[uint64]*chunk{}}
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

// track makes u the log that receives the memory's chunks (nil: untracked).
func (m *Memory) track(u *memUndo) {
	m.undo = u
	m.setFlat(m.flat)
}

// logWrite saves the chunks [off, off+n) touches that the latest
// checkpoint has not saved yet, notes the write for an observer and opens
// the store lane on its last chunk. The range is in bounds.
func (m *Memory) logWrite(off, n uint64) {
	if n == 0 {
		return
	}
	if m.observe != nil {
		m.noteWritten(off, n)
	}
	m.saveChunks(off, n)
	m.openLane(off + n - 1)
}

// saveChunks saves the chunks [off, off+n) touches that the latest
// checkpoint has not saved yet.
func (m *Memory) saveChunks(off, n uint64) {
	u := m.undo
	if u == nil || off >= u.size {
		return // bytes past the size at the checkpoint are cut off on restore
	}
	end := (min(off+n, u.size) - 1) >> chunkBits
	for c := off >> chunkBits; c <= end; c++ {
		if c+1 == u.last {
			continue
		}
		if _, ok := u.pre[c]; !ok {
			u.pre[c] = m.chunkCopy(c)
			u.bytes += chunkSize
		}
		u.last = c + 1
	}
}

// chunkCopy returns a copy of chunk c, or nil if it is all zero and absent.
func (m *Memory) chunkCopy(c uint64) *chunk {
	if m.chunks == nil {
		p := new(chunk)
		copy(p[:], m.flat[c<<chunkBits:])
		return p
	}
	src := m.chunks[c]
	if src == nil {
		return nil
	}
	p := new(chunk)
	*p = *src
	return p
}

// rewind writes u's saved chunks back; u stays intact.
func (m *Memory) rewind(u *memUndo) {
	for c, p := range u.pre {
		off := c << chunkBits
		switch {
		case m.chunks == nil && p == nil:
			clear(m.flat[off : off+chunkSize])
		case m.chunks == nil:
			copy(m.flat[off:off+chunkSize], p[:])
		case p == nil:
			delete(m.chunks, c)
		default:
			q := new(chunk)
			*q = *p
			m.chunks[c] = q
		}
	}
}

// truncate cuts the memory to size bytes (a page multiple, at most its
// size), back to flat storage if it fits, as it was before growing.
func (m *Memory) truncate(size uint64) {
	if size == m.size {
		return
	}
	if m.chunks == nil {
		clear(m.flat[size:]) // growFlat reuses the capacity as zeros
		m.setFlat(m.flat[:size])
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
		flat := make([]byte, size)
		for c, p := range m.chunks {
			copy(flat[c<<chunkBits:], p[:])
		}
		m.chunks = nil
		m.setFlat(flat)
	}
}

// absorb moves into u the chunks of newer that u lacks: u's checkpoint is
// kept while newer's is released, and a chunk first written after newer's
// checkpoint had the same bytes at u's.
func (u *memUndo) absorb(newer *memUndo) {
	for c, p := range newer.pre {
		if _, ok := u.pre[c]; !ok && c < u.size>>chunkBits {
			u.pre[c] = p
			u.bytes += chunkSize
		}
	}
}
