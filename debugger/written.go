package debugger

import (
	"slices"

	"wasmstep/vm"
)

// maxWrittenRanges bounds the ranges a memory reports per stop; beyond it
// the two closest ranges merge, so the list widens rather than grows.
const maxWrittenRanges = 64

// writeLog collects the bytes written since the previous stop. The machine
// tells each memory's observer of the ranges its stores, bulk instructions
// and atomics write, after their bounds checks (a trapping store writes
// nothing), in either loop; host calls add the ranges the history diffs.
// This works for memories of any size, such as a memory64 written above
// 4 GiB. Where a host call ran without history, partial says so and a stop
// falls back on diffing the memories small enough to copy. A replay's
// writes are old ones, not news at its stop.
type writeLog struct {
	ranges  map[*vm.Memory][]Range
	partial bool
	// by is the same writes by thread, for a program with threads (see
	// written_by.go); writer says which thread is writing.
	by     map[*vm.Memory][]ThreadWrite
	writer func() (thread int, threaded bool)
	// observed is the memories with an observer, whose pending writes a
	// flush passes on.
	observed []*vm.Memory
}

// observeWrites asks every memory of the program for the ranges written.
func (s *Session) observeWrites() {
	s.writes.writer, s.writes.observed = s.writer, nil
	for _, m := range s.memories() {
		mem := m.mem
		s.writes.observed = append(s.writes.observed, mem)
		mem.ObserveWrites(func(ranges [][2]uint64) {
			if s.rs.onWrite != nil {
				for _, r := range ranges {
					s.rs.onWrite(mem, r[0], r[1])
				}
			}
			if w := s.rs.hostWrites; w != nil {
				for _, r := range ranges {
					*w = append(*w, memWrite{mem: mem, addr: r[0], end: r[1]})
				}
			}
			if !s.rs.replaying {
				s.writes.add(mem, ranges)
			}
			if c := s.call; !s.rs.replaying && c != nil && c.hist != nil && c.hist.notesWrites() {
				c.hist.noteSpanWrites(mem, ranges)
				s.settleWrites(mem)
			}
		})
	}
}

// settleWrites tells mem which writes need not be heard of until the next
// flush (vm.Memory.HearNoMoreOf): those inside both the widest of the
// ranges written since the stop and the bounds of the span's write set
// once it is full, which such writes leave as they are. Not while anything
// else listens (an origin watch, a host call's capture: both set up after
// a flush, which ends this) nor with threads (each write's thread counts).
func (s *Session) settleWrites(mem *vm.Memory) {
	if s.rs.onWrite != nil || s.rs.hostWrites != nil {
		return
	}
	if _, threaded := s.writes.writing(); threaded {
		return
	}
	b := s.call.hist.spanWrites[mem]
	if b == nil || !b.full {
		return
	}
	widest := s.writes.widest(mem)
	if lo, hi := max(widest.Start, b.lo), min(widest.End, b.hi); lo < hi {
		mem.HearNoMoreOf(lo, hi)
	}
}

// flushWrites has every memory pass on the writes it has not reported yet.
func (s *Session) flushWrites() {
	for _, m := range s.writes.observed {
		m.FlushWrites()
	}
}

// writing says which thread is writing, and whether the program has
// threads (not when no writer is set).
func (w *writeLog) writing() (thread int, threaded bool) {
	if w.writer == nil {
		return 0, false
	}
	return w.writer()
}

// widest is the widest of m's ranges written since the stop.
func (w *writeLog) widest(m *vm.Memory) Range {
	var widest Range
	for _, r := range w.ranges[m] {
		if r.End-r.Start > widest.End-widest.Start {
			widest = r
		}
	}
	return widest
}

// take returns the ranges written since the previous stop, also by thread
// for a program with threads, and starts anew.
func (w *writeLog) take() (ranges map[*vm.Memory][]Range, by map[*vm.Memory][]ThreadWrite, partial bool) {
	ranges, by, partial = w.ranges, w.by, w.partial
	w.ranges, w.by, w.partial = nil, nil, false
	return ranges, by, partial
}

// add inserts a batch of ranges into m's sorted ranges, merging the ranges
// each touches. One look-up per batch: a program writing all over its
// memory sends a range per store.
func (w *writeLog) add(m *vm.Memory, ranges [][2]uint64) {
	if thread, threaded := w.writing(); threaded {
		for _, r := range ranges {
			if r[1] > r[0] {
				w.addBy(m, Range{r[0], r[1]}, thread)
			}
		}
	}
	if w.ranges == nil {
		w.ranges = map[*vm.Memory][]Range{}
	}
	rs := w.ranges[m]
	for _, r := range ranges {
		rs = insertRange(rs, Range{r[0], r[1]})
	}
	if rs != nil {
		w.ranges[m] = rs
	}
}

// insertRange adds r to the sorted, disjoint rs, merged with the ranges it
// overlaps or touches; past maxWrittenRanges the two closest merge.
func insertRange(rs []Range, r Range) []Range {
	if r.End <= r.Start {
		return rs
	}
	// The first range that ends at or after r's start is the first r may
	// merge with; by binary search, as writes all over a memory leave the
	// list full (written out: slices.BinarySearchFunc is not inlined and
	// costs more than the search).
	i, k := 0, len(rs)
	for i < k {
		if h := int(uint(i+k) >> 1); rs[h].End < r.Start {
			i = h + 1
		} else {
			k = h
		}
	}
	if i < len(rs) && rs[i].Start <= r.Start && rs[i].End >= r.End {
		return rs // written already
	}
	j := i
	for j < len(rs) && rs[j].Start <= r.End {
		r.Start, r.End = min(r.Start, rs[j].Start), max(r.End, rs[j].End)
		j++
	}
	if j > i {
		rs[i] = r
		rs = slices.Delete(rs, i+1, j)
	} else {
		rs = slices.Insert(rs, i, r)
	}
	if len(rs) > maxWrittenRanges {
		rs = mergeClosest(rs)
	}
	return rs
}

// mergeClosest merges the two neighbouring ranges with the smallest gap.
func mergeClosest(rs []Range) []Range {
	k := 0
	for i := 1; i+1 < len(rs); i++ {
		if rs[i+1].Start-rs[i].End < rs[k+1].Start-rs[k].End {
			k = i
		}
	}
	rs[k].End = rs[k+1].End
	return append(rs[:k+1], rs[k+2:]...)
}
