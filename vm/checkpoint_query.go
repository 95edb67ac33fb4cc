package vm

// MemoryWritten reports whether anything may have written [off, off+n) of m
// between this checkpoint and the next live one (or now, for the latest):
// its undo log saved a page of the range, or the range lies past the
// memory's size at the checkpoint, which the log does not cover. A
// debugger searching history for a write skips the spans it rules out.
func (st *StoreState) MemoryWritten(m *Memory, off, n uint64) bool {
	for _, mk := range st.mems {
		if mk.m != m {
			continue
		}
		u := mk.undo
		if n == 0 || off+n > u.size || off+n < off {
			return true
		}
		for p := off >> undoBits; p <= (off+n-1)>>undoBits; p++ {
			if u.has(p) {
				return true
			}
		}
		return false
	}
	return true // not covered: cannot rule it out
}

// WroteFields reports whether the span st begins wrote fields of GC
// objects older than it (its field undo log is not empty).
func (st *StoreState) WroteFields() bool { return len(st.fields) > 0 }
