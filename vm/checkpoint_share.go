package vm

import "unsafe"

// Copies shared between checkpoints. A checkpoint copies every table and
// the instances' segment lists, but a program seldom changes them (a Go
// program's function table of thousands of entries never changes after
// start-up), so a copy equal to the latest checkpoint's shares it instead
// of allocating again: a hundred checkpoints of an unchanged table hold one
// copy. Sharing is safe because a copy is only ever read (putBack copies
// out of it).

// tableEntries returns a copy of t's entries, or prev's copy when it
// holds the same entries; fresh is true if it allocated.
func tableEntries(t *Table, prev *tableCopy) (elems []Ref, fresh bool) {
	if prev != nil && prev.t == t && sameRefs(prev.elems, t.elems) {
		return prev.elems, false
	}
	return append([]Ref(nil), t.elems...), true
}

// sameRefs reports whether a and b hold the very same references. It
// compares each interface's type and data words, so it never panics on a
// host value of an incomparable type; equal boxed values in different
// boxes count as different, which only costs a copy.
func sameRefs(a, b []Ref) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if *(*[2]unsafe.Pointer)(unsafe.Pointer(&a[i])) != *(*[2]unsafe.Pointer)(unsafe.Pointer(&b[i])) {
			return false
		}
	}
	return true
}

// segmentLists returns copies of inst's segment lists, or prev's when no
// segment was dropped since (dropping is the only change they see);
// fresh is true if it allocated.
func segmentLists(inst *Instance, prev *segmentCopy) (sc segmentCopy, fresh bool) {
	if prev != nil && prev.inst == inst && sameDrops(prev.elems, inst.elems) && sameDrops(prev.datas, inst.datas) {
		return *prev, false
	}
	return segmentCopy{inst, append([][]Ref(nil), inst.elems...), append([][]byte(nil), inst.datas...)}, true
}

// sameDrops reports whether a and b have the same segments dropped (nil).
func sameDrops[E any](a, b [][]E) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if (a[i] == nil) != (b[i] == nil) {
			return false
		}
	}
	return true
}
