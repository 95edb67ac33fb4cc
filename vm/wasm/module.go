// Package wasm is the static model of a WebAssembly 3.0 module: types,
// instructions and sections. The text parser and the binary decoder both
// produce a *Module; the validator, printer, encoder and VM all read one.
//
// Index spaces follow the specification: imports come first, then the
// module's own definitions. Every expression (function body, constant
// expression) is a flat instruction list ending with an OpEnd.
package wasm

import "wasmstep/vm/source"

// Pos is a compact source position (see package source).
type Pos = source.Pos

// Module is a decoded or parsed module.
type Module struct {
	Name string // the text format's $id, without the '$'; may be empty

	Types     []SubType
	RecGroups []RecGroup
	Imports   []Import
	Funcs     []Func // defined functions only
	Tables    []Table
	Mems      []Mem
	Globals   []Global
	Tags      []Tag
	Exports   []Export
	Start     *uint32
	Elems     []Elem
	Datas     []Data
	DataCount *uint32 // present when the binary had a data count section
	Customs   []Custom
	// CodeOps, when not nil, holds the opcodes the function bodies use,
	// recorded by the decoder as it checks each body (see UsedOps).
	CodeOps *OpSet

	Names Names
	File  *source.File // where the module came from; nil if built in code
}

// Import is one import.
type Import struct {
	Module, Name string
	Desc         ExternType
	Pos          Pos
}

// ExternType is the type of an import: which of the fields applies is given
// by Kind.
type ExternType struct {
	Kind   ExternKind
	Func   uint32 // type index, for ExternFunc
	Table  TableType
	Mem    MemType
	Global GlobalType
	Tag    TagType
}

// Func is a function defined by the module. Its body (ending with OpEnd)
// is read through Body, ReadBody and HeldBody (body.go).
type Func struct {
	TypeIdx uint32
	Locals  []ValType // declared locals, not including params
	Pos     Pos       // the func keyword, or the body's byte offset
	body    []Instr   // the held body, when code is nil
	code    *Code     // the encoded body, decoded on demand
}

// Table is a table defined by the module, with its optional initializer
// expression (nil means null entries).
type Table struct {
	Type TableType
	Init []Instr
	Pos  Pos
}

// Mem is a memory defined by the module.
type Mem struct {
	Type MemType
	Pos  Pos
}

// Global is a global defined by the module.
type Global struct {
	Type GlobalType
	Init []Instr
	Pos  Pos
}

// Tag is an exception tag defined by the module.
type Tag struct {
	Type TagType
	Pos  Pos
}

// Export is one export.
type Export struct {
	Name  string
	Kind  ExternKind
	Index uint32
	Pos   Pos
}

// SegmentMode says when an element or data segment is applied.
type SegmentMode uint8

// Segment modes.
const (
	SegmentActive SegmentMode = iota
	SegmentPassive
	SegmentDeclarative // element segments only
)

// Elem is an element segment. Init holds one constant expression per entry;
// a segment written with function indices has them as ref.func expressions.
type Elem struct {
	Mode   SegmentMode
	Table  uint32
	Offset []Instr // active only
	Type   ValType // a reference type
	Init   [][]Instr
	// FuncIndices records that the segment was written as a list of function
	// indices (binary flags 0-3, text "func $f ..."), so encoders keep its form.
	FuncIndices bool
	Pos         Pos
}

// Data is a data segment.
type Data struct {
	Mode   SegmentMode // active or passive
	Mem    uint32
	Offset []Instr // active only
	Init   []byte
	Pos    Pos
}

// Custom is a custom section other than "name", kept as bytes.
type Custom struct {
	Name string
	Data []byte
	// After is the id of the known section this one followed in the binary
	// (0 if it came first), so an encoder can put it back in place.
	After byte
}

// Names holds the debug names of the name section, or the $ids of the text
// format. Every map is keyed by the index in its index space.
type Names struct {
	Module  string
	Funcs   map[uint32]string
	Locals  map[uint32]map[uint32]string // func index -> local index -> name
	Labels  map[uint32]map[uint32]string // func index -> n-th block/loop/if/try_table of the body (0-based) -> name
	Types   map[uint32]string
	Fields  map[uint32]map[uint32]string // type index -> field index -> name
	Tables  map[uint32]string
	Mems    map[uint32]string
	Globals map[uint32]string
	Elems   map[uint32]string
	Datas   map[uint32]string
	Tags    map[uint32]string
}

// ImportCount returns how many imports of a kind the module has.
func (m *Module) ImportCount(k ExternKind) int {
	n := 0
	for i := range m.Imports {
		if m.Imports[i].Desc.Kind == k {
			n++
		}
	}
	return n
}

// FuncTypeIdx returns the type index of function idx in the function index
// space, and false if there is no such function.
func (m *Module) FuncTypeIdx(idx uint32) (uint32, bool) {
	for i := range m.Imports {
		if m.Imports[i].Desc.Kind == ExternFunc {
			if idx == 0 {
				return m.Imports[i].Desc.Func, true
			}
			idx--
		}
	}
	if int(idx) < len(m.Funcs) {
		return m.Funcs[idx].TypeIdx, true
	}
	return 0, false
}

// FuncType returns the signature of type index t, if it is a function type.
func (m *Module) FuncType(t uint32) (FuncType, bool) {
	if int(t) >= len(m.Types) || m.Types[t].Comp.Kind != CompFunc {
		return FuncType{}, false
	}
	return m.Types[t].Comp.Func, true
}

// indexSpace lists the types of one index space: the imports of kind k,
// then the module's own definitions.
func indexSpace[D, T any](m *Module, k ExternKind, imported func(ExternType) T, defs []D, defined func(D) T) []T {
	var ts []T
	for i := range m.Imports {
		if m.Imports[i].Desc.Kind == k {
			ts = append(ts, imported(m.Imports[i].Desc))
		}
	}
	for _, d := range defs {
		ts = append(ts, defined(d))
	}
	return ts
}

// TableTypes returns the types of the table index space.
func (m *Module) TableTypes() []TableType {
	return indexSpace(m, ExternTable, func(e ExternType) TableType { return e.Table },
		m.Tables, func(t Table) TableType { return t.Type })
}

// MemTypes returns the types of the memory index space.
func (m *Module) MemTypes() []MemType {
	return indexSpace(m, ExternMem, func(e ExternType) MemType { return e.Mem },
		m.Mems, func(d Mem) MemType { return d.Type })
}

// GlobalTypes returns the types of the global index space.
func (m *Module) GlobalTypes() []GlobalType {
	return indexSpace(m, ExternGlobal, func(e ExternType) GlobalType { return e.Global },
		m.Globals, func(g Global) GlobalType { return g.Type })
}

// TagTypes returns the types of the tag index space.
func (m *Module) TagTypes() []TagType {
	return indexSpace(m, ExternTag, func(e ExternType) TagType { return e.Tag },
		m.Tags, func(t Tag) TagType { return t.Type })
}

// FuncName returns the debug name of function idx, or "" if it has none.
func (m *Module) FuncName(idx uint32) string { return m.Names.Funcs[idx] }
