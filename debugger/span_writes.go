package debugger

import "wasmstep/vm"

// Span writes: the ranges each span between checkpoints wrote, kept with
// the checkpoint that begins the span (merged and widened, never narrowed,
// as writeLog does), so an origin search skips every span that did not
// write the bytes asked about, at byte precision where the undo logs only
// know 64 KiB chunks. The span still being recorded collects in
// history.spanWrites; replays write nothing new (deterministic: the
// original run's ranges stay right).

// noteSpanWrite adds a write of the live run to the current span.
func (h *history) noteSpanWrite(m *vm.Memory, r Range) {
	h.spanWrites.add(m, r)
}

// closeSpan hands the current span's writes to the latest checkpoint,
// before a new one begins the next span.
func (h *history) closeSpan() {
	if len(h.cks) == 0 {
		h.spanWrites.take()
		return
	}
	ck := h.cks[len(h.cks)-1]
	ranges, _ := h.spanWrites.take()
	ck.wrote = mergeWrites(ck.wrote, ranges)
}

// mergeWrites returns the union of two span write sets.
func mergeWrites(a, b map[*vm.Memory][]Range) map[*vm.Memory][]Range {
	if a == nil {
		return b
	}
	w := writeLog{ranges: a}
	for m, rs := range b {
		for _, r := range rs {
			w.add(m, r)
		}
	}
	return w.ranges
}

// spanWrote reports whether the span after checkpoint i wrote any of
// [start, end) of m.
func (h *history) spanWrote(i int, m *vm.Memory, start, end uint64) bool {
	overlaps := func(rs []Range) bool {
		for _, r := range rs {
			if r.Start < end && r.End > start {
				return true
			}
		}
		return false
	}
	if overlaps(h.cks[i].wrote[m]) {
		return true
	}
	return i == len(h.cks)-1 && overlaps(h.spanWrites.ranges[m])
}
