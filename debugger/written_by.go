package debugger

import (
	"slices"

	"wasmstep/vm"
)

// ThreadWrite says that thread Thread wrote the bytes of Range last since
// the previous stop; Thread is SeveralThreads where ranges of different
// threads had to merge to keep the list short.
type ThreadWrite struct {
	Range
	Thread int
}

// SeveralThreads is the thread of a ThreadWrite merged from several
// threads' writes.
const SeveralThreads = -1

// maxThreadWrites bounds the ranges by thread a memory reports per stop.
// Interleaved threads split each other's ranges, so it is larger than
// maxWrittenRanges; beyond it the two closest ranges merge.
const maxThreadWrites = 4 * maxWrittenRanges

// writer returns the thread whose writes the observer hears of and whether
// the program has threads at all. Every thread runs on the session's
// goroutine and a thread switch flushes the writes pending (switchThread),
// so the writes heard belong to the current thread.
func (s *Session) writer() (int, bool) {
	if s.threads == nil {
		return 0, false
	}
	return s.threads.on, true
}

// addBy records that thread wrote r into m's ranges by thread: the bytes
// of r are thread's now, and the others keep what is outside r.
func (w *writeLog) addBy(m *vm.Memory, r Range, thread int) {
	if w.by == nil {
		w.by = map[*vm.Memory][]ThreadWrite{}
	}
	w.by[m] = overwrite(w.by[m], ThreadWrite{r, thread})
}

// overwrite puts x into the sorted, disjoint ranges rs, cutting the parts
// of others it covers and merging it with touching ranges of its thread.
func overwrite(rs []ThreadWrite, x ThreadWrite) []ThreadWrite {
	i := len(rs)
	for i > 0 && rs[i-1].End > x.Start { // usually 0 steps: writes tend to ascend
		i--
	}
	j := i
	for j < len(rs) && rs[j].Start < x.End {
		j++
	}
	var buf [3]ThreadWrite // no allocation: threads take turns writing the same words
	put := buf[:0]
	if i < j && rs[i].Start < x.Start {
		put = append(put, ThreadWrite{Range{rs[i].Start, x.Start}, rs[i].Thread})
	}
	put = append(put, x)
	if i < j && rs[j-1].End > x.End {
		put = append(put, ThreadWrite{Range{x.End, rs[j-1].End}, rs[j-1].Thread})
	}
	rs = slices.Replace(rs, i, j, put...)
	for k := i + len(put); k >= i; k-- {
		rs = mergeTouching(rs, k)
	}
	if len(rs) > maxThreadWrites {
		rs = mergeClosestBy(rs)
	}
	return rs
}

// mergeTouching merges rs[k] with rs[k-1] when they touch and have the
// same thread.
func mergeTouching(rs []ThreadWrite, k int) []ThreadWrite {
	if k <= 0 || k >= len(rs) || rs[k-1].End != rs[k].Start || rs[k-1].Thread != rs[k].Thread {
		return rs
	}
	rs[k-1].End = rs[k].End
	return append(rs[:k], rs[k+1:]...)
}

// mergeClosestBy merges the two neighbouring ranges with the smallest
// gap; ranges of two threads merge into one of SeveralThreads.
func mergeClosestBy(rs []ThreadWrite) []ThreadWrite {
	k := 0
	for i := 1; i+1 < len(rs); i++ {
		if rs[i+1].Start-rs[i].End < rs[k+1].Start-rs[k].End {
			k = i
		}
	}
	if rs[k].Thread != rs[k+1].Thread {
		rs[k].Thread = SeveralThreads
	}
	rs[k].End = rs[k+1].End
	return append(rs[:k+1], rs[k+2:]...)
}
