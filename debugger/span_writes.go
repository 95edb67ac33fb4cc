package debugger

import "wasmstep/vm"

// Span writes: which bytes each span between checkpoints wrote, kept with
// the checkpoint that begins the span, so an origin search skips every span
// that did not write the bytes asked about, at a much finer grain than the
// undo logs' 64 KiB chunks. Each memory's writes in a span set bits of a
// fixed set: 8-byte blocks (a double, a pointer pair) hashed into 4096
// bits, so the set is small for any memory and a bit set only ever widens
// the answer (a span is replayed that need not be, never skipped wrongly).
// A span that wrote more than some thousands of blocks fills its set and
// is always replayed. The span still being
// recorded collects in history.spanWrites; replays write nothing new (the
// run is deterministic: the original spans' sets stay right).

const (
	spanBlockBits = 3    // 8-byte blocks
	spanSetBits   = 4096 // bits per memory and span
)

// spanBit is the bit of block k: hashed, so neighbouring data and the
// stack far above it rarely share bits.
func spanBit(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> (64 - 12) }

// blockSet is one memory's written blocks in a span.
type blockSet [spanSetBits / 64]uint64

// spanWriteSet is a span's written blocks, per memory.
type spanWriteSet map[*vm.Memory]*blockSet

// of returns m's blocks, empty at first.
func (w spanWriteSet) of(m *vm.Memory) *blockSet {
	b := w[m]
	if b == nil {
		b = new(blockSet)
		w[m] = b
	}
	return b
}

// add marks [start, end) written.
func (b *blockSet) add(start, end uint64) {
	first, last := start>>spanBlockBits, (end-1)>>spanBlockBits
	if last-first >= spanSetBits {
		for i := range b {
			b[i] = ^uint64(0)
		}
		return
	}
	for k := first; k <= last; k++ {
		i := spanBit(k)
		b[i/64] |= 1 << (i % 64)
	}
}

// wrote reports whether [start, end) of m may have been written.
func (w spanWriteSet) wrote(m *vm.Memory, start, end uint64) bool {
	b := w[m]
	if b == nil {
		return false
	}
	first, last := start>>spanBlockBits, (end-1)>>spanBlockBits
	if last-first >= spanSetBits {
		return *b != blockSet{} // a range this long: any write may be in it
	}
	for k := first; k <= last; k++ {
		i := spanBit(k)
		if b[i/64]&(1<<(i%64)) != 0 {
			return true
		}
	}
	return false
}

// merge adds o's blocks to w.
func (w spanWriteSet) merge(o spanWriteSet) {
	for m, ob := range o {
		b := w.of(m)
		for i := range b {
			b[i] |= ob[i]
		}
	}
}

// noteSpanWrites adds writes of the live run to the current span.
func (h *history) noteSpanWrites(m *vm.Memory, ranges [][2]uint64) {
	if h.spanWrites == nil {
		h.spanWrites = spanWriteSet{}
	}
	b := h.spanWrites.of(m)
	for _, r := range ranges {
		b.add(r[0], r[1])
	}
}

// closeSpan hands the current span's writes to the latest checkpoint,
// before a new one begins the next span.
func (h *history) closeSpan() {
	if n := len(h.cks); n > 0 && h.spanWrites != nil {
		ck := h.cks[n-1]
		if ck.wrote == nil {
			ck.wrote = spanWriteSet{}
		}
		ck.wrote.merge(h.spanWrites)
	}
	h.spanWrites = nil
}

// spanWrote reports whether the span after checkpoint i may have written
// any of [start, end) of m.
func (h *history) spanWrote(i int, m *vm.Memory, start, end uint64) bool {
	return h.cks[i].wrote.wrote(m, start, end) || (i == len(h.cks)-1 && h.spanWrites.wrote(m, start, end))
}
