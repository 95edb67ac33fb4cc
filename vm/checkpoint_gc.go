package vm

// GC field undo log. GC objects are not enumerable (Go's collector owns
// them), so a checkpoint cannot copy them; instead, while a checkpoint is
// live, every write to an existing object's fields (struct.set, array.set,
// array.fill, array.copy, array.init_data, array.init_elem) first records
// the old values in the latest checkpoint's log. Restoring replays the logs
// backwards. Objects allocated after the checkpoint need no undo: once the
// thread is restored nothing refers to them.

// fieldWrite is the old content of fields [at, at+len) of one object.
type fieldWrite struct {
	s    *Struct
	a    *Array
	at   int
	bits []uint64
	refs []Ref
	hi   []uint64 // the high halves of v128 fields or elements
}

// saveStructField records field i of obj before a write when a checkpoint
// is live.
func (t *Thread) saveStructField(obj *Struct, i int, ref bool) {
	j := t.store.journal
	if j == nil {
		return
	}
	if f := t.store.onField; f != nil {
		f(obj, i, 1)
	}
	w := fieldWrite{s: obj, at: i}
	if ref {
		w.refs = []Ref{obj.Refs[i]}
	} else {
		w.bits = []uint64{obj.Fields[i]}
	}
	if obj.Hi != nil {
		w.hi = []uint64{obj.Hi[i]}
	}
	j.current().logField(w)
}

// saveArrayElems records n elements of arr from i before a write when a
// checkpoint is live; the range is in bounds.
func (t *Thread) saveArrayElems(arr *Array, i, n uint64) {
	j := t.store.journal
	if j == nil || n == 0 {
		return
	}
	if f := t.store.onField; f != nil {
		f(arr, int(i), int(n))
	}
	w := fieldWrite{a: arr, at: int(i)}
	if arr.Refs != nil {
		w.refs = append([]Ref(nil), arr.Refs[i:i+n]...)
	} else {
		w.bits = append([]uint64(nil), arr.Elems[i:i+n]...)
	}
	if arr.Hi != nil {
		w.hi = append([]uint64(nil), arr.Hi[i:i+n]...)
	}
	j.current().logField(w)
}

func (st *StoreState) logField(w fieldWrite) {
	st.fields = append(st.fields, w)
	st.fieldBytes += int64(72 + 8*len(w.bits) + 16*len(w.refs) + 8*len(w.hi))
}

// undoFields puts back the old values, latest write first, and empties the
// log: the objects are now as they were at the checkpoint.
func (st *StoreState) undoFields() {
	for i := len(st.fields) - 1; i >= 0; i-- {
		w := st.fields[i]
		switch {
		case w.s != nil && w.refs != nil:
			copy(w.s.Refs[w.at:], w.refs)
		case w.s != nil:
			copy(w.s.Fields[w.at:], w.bits)
			copy(w.s.Hi[min(w.at, len(w.s.Hi)):], w.hi)
		case w.refs != nil:
			copy(w.a.Refs[w.at:], w.refs)
		default:
			copy(w.a.Elems[w.at:], w.bits)
			copy(w.a.Hi[min(w.at, len(w.a.Hi)):], w.hi)
		}
	}
	clear(st.fields)
	st.fields = st.fields[:0]
	st.fieldBytes = 0
}

// WatchFieldWrites makes f be called from inside each instruction that
// writes fields [i, i+n) of a GC struct or the elements of an array, just
// before the write, while a checkpoint is live (the undo log sees every
// such write), so a debugger can tell which instruction wrote (Thread.
// CountThrough) without a per-instruction hook; nil stops it.
func (s *Store) WatchFieldWrites(f func(obj any, i, n int)) { s.onField = f }

// FieldWritten reports whether the program wrote field i of obj (a *Struct
// or an *Array) after st while st was the latest checkpoint.
func (st *StoreState) FieldWritten(obj any, i int) bool {
	for _, w := range st.fields {
		n := max(len(w.bits), len(w.refs))
		if (w.s != nil && any(w.s) == obj || w.a != nil && any(w.a) == obj) && i >= w.at && i < w.at+n {
			return true
		}
	}
	return false
}
