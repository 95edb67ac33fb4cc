package debugger

import "wasmstep/vm"

// Span writes: which bytes each span between checkpoints wrote, kept with
// the checkpoint that begins the span, so an origin search skips every span
// that did not write the bytes asked about, at a much finer grain than the
// undo logs' pages. Each memory's writes in a span set bits of a fixed set:
// 8-byte blocks (a double, a pointer pair) hashed into 4096 bits, so the
// set is small for any memory and a bit set only ever widens the answer (a
// span is replayed that need not be, never skipped wrongly). A span that
// wrote more than some thousands of blocks fills its set and is always
// replayed; so does one write of a quarter of that many blocks (a memcpy
// of 8 KiB or more), which would set a good part of the bits anyway and
// costs a hash per block to note: a full set then notes the rest of the
// span's writes for nothing. The span still being recorded collects in
// history.spanWrites; replays write nothing new (the run is deterministic:
// the original spans' sets stay right). Each set also keeps the bounds of
// its writes, which rule out much that a full set cannot: a sieve that
// clears a shorter prefix of its array each pass writes nothing, in any
// later pass, past the first pass's prefix.

const (
	spanBlockBits = 3    // 8-byte blocks
	spanSetBits   = 4096 // bits per memory and span
	spanFillRun   = spanSetBits / 4
)

// spanBit is the bit of block k: hashed, so neighbouring data and the
// stack far above it rarely share bits.
func spanBit(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> (64 - 12) }

// blockSet is one memory's written blocks in a span; full: all of them.
// Every write lies in [lo, hi); hi is 0 while there is none.
type blockSet struct {
	bits   [spanSetBits / 64]uint64
	full   bool
	lo, hi uint64
}

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
	b.widen(start, end)
	if b.full {
		return
	}
	first, last := start>>spanBlockBits, (end-1)>>spanBlockBits
	if last-first >= spanFillRun {
		b.full = true
		return
	}
	for k := first; k <= last; k++ {
		i := spanBit(k)
		b.bits[i/64] |= 1 << (i % 64)
	}
}

// widen makes the bounds take in [start, end) (none if end is 0).
func (b *blockSet) widen(start, end uint64) {
	switch {
	case end == 0:
	case b.hi == 0:
		b.lo, b.hi = start, end
	default:
		b.lo, b.hi = min(b.lo, start), max(b.hi, end)
	}
}

// wrote reports whether [start, end) of m may have been written.
func (w spanWriteSet) wrote(m *vm.Memory, start, end uint64) bool {
	b := w[m]
	if b == nil || end <= b.lo || start >= b.hi {
		return false
	}
	if b.full {
		return true
	}
	first, last := start>>spanBlockBits, (end-1)>>spanBlockBits
	if last-first >= spanSetBits {
		return b.bits != [spanSetBits / 64]uint64{} // a range this long: any write may be in it
	}
	for k := first; k <= last; k++ {
		i := spanBit(k)
		if b.bits[i/64]&(1<<(i%64)) != 0 {
			return true
		}
	}
	return false
}

// merge adds o's blocks to w.
func (w spanWriteSet) merge(o spanWriteSet) {
	for m, ob := range o {
		b := w.of(m)
		b.widen(ob.lo, ob.hi)
		b.full = b.full || ob.full
		for i := range b.bits {
			b.bits[i] |= ob.bits[i]
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

// addWrites merges w into what ck's span wrote.
func (ck *checkpoint) addWrites(w spanWriteSet) {
	if ck.wrote == nil {
		ck.wrote = spanWriteSet{}
	}
	ck.wrote.merge(w)
}

// closeSpan hands the current span's writes to the latest checkpoint,
// before a new one begins the next span.
func (h *history) closeSpan() {
	if n := len(h.cks); n > 0 && h.spanWrites != nil {
		h.cks[n-1].addWrites(h.spanWrites)
	}
	h.spanWrites = nil
}

// spanWrote reports whether the span after checkpoint i may have written
// any of [start, end) of m.
func (h *history) spanWrote(i int, m *vm.Memory, start, end uint64) bool {
	return h.cks[i].wrote.wrote(m, start, end) || (i == len(h.cks)-1 && h.spanWrites.wrote(m, start, end))
}
