package binary

import "wasmstep/vm/wasm"

// Subsection ids of the name section.
const (
	nameModule byte = iota
	nameFunc
	nameLocal
	nameLabel
	nameType
	nameTable
	nameMemory
	nameGlobal
	nameElem
	nameData
	nameField
	nameTag
)

// decodeNames reads the contents of a name section. ok is false if it is
// malformed: subsections out of order or repeated, names not in increasing
// index order, or any encoding error.
func decodeNames(r *reader) (names wasm.Names, ok bool) {
	next := nameModule
	for !r.eof() && r.err == nil {
		id := r.byte()
		if id < next || id > nameTag {
			return wasm.Names{}, false
		}
		next = id + 1
		r.sized(func(int) { nameSubsection(r, id, &names) })
	}
	return names, r.err == nil
}

func nameSubsection(r *reader, id byte, names *wasm.Names) {
	switch id {
	case nameModule:
		names.Module = r.name()
	case nameFunc:
		names.Funcs = nameMap(r)
	case nameLocal:
		names.Locals = indirectNameMap(r)
	case nameLabel:
		names.Labels = indirectNameMap(r)
	case nameType:
		names.Types = nameMap(r)
	case nameTable:
		names.Tables = nameMap(r)
	case nameMemory:
		names.Mems = nameMap(r)
	case nameGlobal:
		names.Globals = nameMap(r)
	case nameElem:
		names.Elems = nameMap(r)
	case nameData:
		names.Datas = nameMap(r)
	case nameField:
		names.Fields = indirectNameMap(r)
	case nameTag:
		names.Tags = nameMap(r)
	}
}

// nameMap reads index-name pairs in strictly increasing index order.
func nameMap(r *reader) map[uint32]string {
	m := map[uint32]string{}
	prev := int64(-1)
	r.vec(func(int) {
		start := r.pos
		idx := r.u32()
		name := r.name()
		if r.err == nil && int64(idx) <= prev {
			r.failAt(start, "duplicate or unordered name")
			return
		}
		prev = int64(idx)
		m[idx] = name
	})
	if len(m) == 0 {
		return nil // as if absent, which is how the encoder writes it
	}
	return m
}

func indirectNameMap(r *reader) map[uint32]map[uint32]string {
	m := map[uint32]map[uint32]string{}
	prev := int64(-1)
	r.vec(func(int) {
		start := r.pos
		idx := r.u32()
		inner := nameMap(r)
		if r.err == nil && int64(idx) <= prev {
			r.failAt(start, "duplicate or unordered name")
			return
		}
		prev = int64(idx)
		m[idx] = inner
	})
	if len(m) == 0 {
		return nil
	}
	return m
}
