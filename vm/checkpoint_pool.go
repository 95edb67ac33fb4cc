package vm

// Recycled chunk copies. Undo logs copy 64 KiB chunks, and thinning and
// restoring release many at once; as garbage they would stay resident
// until the collector and the scavenger catch up, and the heap's pacing
// gives the collector headroom in proportion to them, so a 64 MiB history
// cost some 130 MiB of resident memory. Released copies go back to the
// journal's pool instead and the next checkpoint's copies reuse them: the
// history's resident cost stays close to what it holds.

// maxSpareChunks bounds the pool (64 MiB, the default history budget).
const maxSpareChunks = 1024

type chunkPool struct {
	spare []*chunk
}

// get returns a chunk to overwrite whole.
func (p *chunkPool) get() *chunk {
	if n := len(p.spare); n > 0 {
		c := p.spare[n-1]
		p.spare[n-1] = nil
		p.spare = p.spare[:n-1]
		return c
	}
	return new(chunk)
}

// put recycles a chunk no log refers to any more (nil: an all-zero chunk
// that had no copy).
func (p *chunkPool) put(c *chunk) {
	if c != nil && len(p.spare) < maxSpareChunks {
		p.spare = append(p.spare, c)
	}
}

// discard recycles every chunk of a log that is being dropped.
func (u *memUndo) discard() {
	for c, p := range u.pre {
		u.pool.put(p)
		delete(u.pre, c)
	}
	u.bytes, u.last = 0, 0
}
