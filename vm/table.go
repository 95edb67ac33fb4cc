package vm

import "wasmstep/vm/wasm"

// Table is a table of references.
type Table struct {
	Type  wasm.TableType
	elems []Ref
	limit uint64
	// watch, when set (WatchWrites), hears of each write of entries.
	watch func(i, n uint64)
}

// WatchWrites makes f be called right after each write of entries
// [i, i+n) — Set, Grow, Fill, table.copy and table.init — from inside the
// instruction, so a debugger can tell which instruction wrote (Thread.
// CountThrough) without a per-instruction hook; nil stops it.
func (t *Table) WatchWrites(f func(i, n uint64)) { t.watch = f }

func (t *Table) wrote(i, n uint64) {
	if t.watch != nil {
		t.watch(i, n)
	}
}

// NewTable creates a table of type t with every entry init, capped at
// DefaultMaxTableEntries (Store.NewTable applies the store's cap); ok is
// false if its minimum size passes the cap.
func NewTable(t wasm.TableType, init Ref) (*Table, bool) {
	return newTable(t, init, DefaultMaxTableEntries)
}

// newTable caps the table at maxEntries whatever its declared limits say,
// so a table64 grown by 2^40 fails (-1) instead of exhausting the host.
func newTable(t wasm.TableType, init Ref, maxEntries uint64) (*Table, bool) {
	tb := &Table{Type: t, limit: maxEntries}
	if t.Limits.HasMax && t.Limits.Max < tb.limit {
		tb.limit = t.Limits.Max
	}
	if !t.Addr64 && tb.limit > 1<<32-1 {
		tb.limit = 1<<32 - 1
	}
	if t.Limits.Min > tb.limit {
		return nil, false
	}
	tb.elems = make([]Ref, t.Limits.Min)
	if init != nil {
		for i := range tb.elems {
			tb.elems[i] = init
		}
	}
	return tb, true
}

// Kind reports ExternTable.
func (t *Table) Kind() wasm.ExternKind { return wasm.ExternTable }

// Size returns the number of entries.
func (t *Table) Size() uint64 { return uint64(len(t.elems)) }

// Get returns entry i; ok is false if i is out of bounds.
func (t *Table) Get(i uint64) (Ref, bool) {
	if i >= uint64(len(t.elems)) {
		return nil, false
	}
	return t.elems[i], true
}

// Set writes entry i; ok is false if i is out of bounds.
func (t *Table) Set(i uint64, r Ref) bool {
	if i >= uint64(len(t.elems)) {
		return false
	}
	t.elems[i] = r
	t.wrote(i, 1)
	return true
}

// Grow appends delta entries set to init and returns the old size; ok is
// false (and nothing changes) if the table would pass its maximum.
func (t *Table) Grow(delta uint64, init Ref) (old uint64, ok bool) {
	old = uint64(len(t.elems))
	if !t.canGrow(delta) {
		return old, false
	}
	n := old + delta
	if n > uint64(cap(t.elems)) {
		e := make([]Ref, n, max(n, 2*old))
		copy(e, t.elems)
		t.elems = e
	} else {
		t.elems = t.elems[:n]
	}
	for i := old; i < n; i++ {
		t.elems[i] = init
	}
	t.wrote(old, delta)
	return old, true
}

// inBounds reports whether the n entries from i exist.
func (t *Table) inBounds(i, n uint64) bool { return i <= t.Size() && n <= t.Size()-i }

// canGrow reports whether Grow(delta) would succeed.
func (t *Table) canGrow(delta uint64) bool { return delta <= t.limit-t.Size() }

// Fill sets n entries from i to r; false (nothing written) if out of bounds.
func (t *Table) Fill(i, n uint64, r Ref) bool {
	if !t.inBounds(i, n) {
		return false
	}
	for k := i; k < i+n; k++ {
		t.elems[k] = r
	}
	t.wrote(i, n)
	return true
}

// Entries returns the table's entries (aliasing the table) for inspection.
func (t *Table) Entries() []Ref { return t.elems }
