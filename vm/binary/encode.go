package binary

import (
	"fmt"

	"wasmstep/vm/wasm"
)

// encoder writes a module; err is sticky like the reader's.
type encoder struct {
	m   *wasm.Module
	err error
}

func (e *encoder) fail(format string, args ...any) {
	if e.err == nil {
		e.err = fmt.Errorf("encode: "+format, args...)
	}
}

// Encode writes m in the canonical binary form: shortest LEB128 numbers,
// sections in the specification's order (empty ones left out), a data count
// section when the module had one or its code needs one, a name section
// from m.Names, and the other custom sections back after the section each
// one followed.
func Encode(m *wasm.Module) ([]byte, error) {
	e := &encoder{m: m}
	out := []byte{0x00, 'a', 's', 'm', version, 0, 0, 0}
	out = e.customsAfter(out, secCustom)
	for _, id := range sectionOrder {
		body, present := e.section(id)
		if e.err != nil {
			return nil, e.err
		}
		if present || (e.emptyAllowed(id) && e.hasCustomAfter(id)) {
			out = appendSection(out, id, body)
		}
		out = e.customsAfter(out, id)
	}
	if names := e.nameSection(); names != nil {
		out = appendCustom(out, nameSectionName, names)
	}
	if e.err != nil {
		return nil, e.err
	}
	return out, nil
}

// section returns the contents of a known section and whether the module has
// anything to put in it.
func (e *encoder) section(id byte) ([]byte, bool) {
	m := e.m
	switch id {
	case secType:
		return e.typeSection(), len(m.Types) > 0
	case secImport:
		return e.importSection(), len(m.Imports) > 0
	case secFunction:
		return e.functionSection(), len(m.Funcs) > 0
	case secTable:
		return e.tableSection(), len(m.Tables) > 0
	case secMemory:
		return e.memorySection(), len(m.Mems) > 0
	case secTag:
		return e.tagSection(), len(m.Tags) > 0
	case secGlobal:
		return e.globalSection(), len(m.Globals) > 0
	case secExport:
		return e.exportSection(), len(m.Exports) > 0
	case secStart:
		if m.Start == nil {
			return nil, false
		}
		return appendULEB(nil, uint64(*m.Start)), true
	case secElement:
		return e.elementSection(), len(m.Elems) > 0
	case secDataCount:
		if m.DataCount == nil && !codeUsesDataIdx(m) {
			return nil, false
		}
		return appendULEB(nil, uint64(len(m.Datas))), true
	case secCode:
		return e.codeSection(), len(m.Funcs) > 0
	case secData:
		return e.dataSection(), len(m.Datas) > 0
	}
	return nil, false
}

// emptyAllowed reports whether a section can be written with no entries
// (a vector of length 0), which keeps a custom section's place.
func (e *encoder) emptyAllowed(id byte) bool { return id != secStart && id != secDataCount }

func (e *encoder) hasCustomAfter(id byte) bool {
	for _, c := range e.m.Customs {
		if c.After == id {
			return true
		}
	}
	return false
}

func (e *encoder) customsAfter(out []byte, id byte) []byte {
	for _, c := range e.m.Customs {
		if c.After == id {
			out = appendCustom(out, c.Name, c.Data)
		}
	}
	return out
}

func appendSection(out []byte, id byte, body []byte) []byte {
	out = append(out, id)
	out = appendULEB(out, uint64(len(body)))
	return append(out, body...)
}

func appendCustom(out []byte, name string, data []byte) []byte {
	body := appendName(nil, name)
	return appendSection(out, secCustom, append(body, data...))
}

func appendName(b []byte, s string) []byte {
	b = appendULEB(b, uint64(len(s)))
	return append(b, s...)
}

// appendVec writes a count and then n elements.
func appendVec(b []byte, n int, elem func(b []byte, i int) []byte) []byte {
	b = appendULEB(b, uint64(n))
	for i := range n {
		b = elem(b, i)
	}
	return b
}

// codeUsesDataIdx reports whether a body names a data segment, which
// requires the data count section.
func codeUsesDataIdx(m *wasm.Module) bool {
	for op := range m.UsedOps().All() {
		if int(op) >= len(wasm.Ops) {
			continue // instr reports it
		}
		switch wasm.Ops[op].Imm {
		case wasm.ImmData, wasm.ImmMemInit, wasm.ImmArrayData:
			return true
		}
	}
	return false
}
