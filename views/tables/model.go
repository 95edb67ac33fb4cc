// Package tables shows the entries of a module's tables, one table at a
// time, marking the entry a call_indirect just used.
package tables

import "wasmstep/vm/wasm"

// Model is the tables at a stop.
type Model struct {
	Tables []Table
	Used   *Use // the entry the last step called through; nil if none
}

// Table is one table. Its entries are read on demand: tables can be large.
type Table struct {
	Name string // "$fns", or "table 0" without a name
	Elem wasm.ValType
	Len  int
	// Entry describes entry i; it is called on the UI goroutine, only for
	// the rows in view.
	Entry func(i int) Entry
}

// Entry is one table slot.
type Entry struct {
	Text string // "func $add", "struct #3"; ignored for null
	Null bool
}

// Use names one entry.
type Use struct {
	Table, Index int
}
