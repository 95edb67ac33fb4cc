package wat

import (
	"strconv"
	"strings"

	"wasmstep/vm/wasm"
)

// nullableRefNames gives the short names of the nullable abstract reference
// types, e.g. funcref for (ref null func).
var nullableRefNames = map[wasm.HeapType]string{
	wasm.HeapFunc: "funcref", wasm.HeapExtern: "externref", wasm.HeapAny: "anyref",
	wasm.HeapEq: "eqref", wasm.HeapI31: "i31ref", wasm.HeapStruct: "structref",
	wasm.HeapArray: "arrayref", wasm.HeapExn: "exnref", wasm.HeapNoExn: "nullexnref",
	wasm.HeapNoFunc: "nullfuncref", wasm.HeapNoExtern: "nullexternref", wasm.HeapNone: "nullref",
}

// heapType renders a heap type, naming concrete types.
func (p *printer) heapType(h wasm.HeapType) string {
	if h.IsAbstract() {
		return h.String()
	}
	return p.ids.types.ref(uint32(h))
}

// valType renders a value type, naming concrete heap types.
func (p *printer) valType(t wasm.ValType) string {
	if t.Kind != wasm.KindRef {
		return t.String()
	}
	if abbrev, ok := nullableRefNames[t.Heap]; ok && t.Nullable {
		return abbrev
	}
	if t.Nullable {
		return "(ref null " + p.heapType(t.Heap) + ")"
	}
	return "(ref " + p.heapType(t.Heap) + ")"
}

// valTypes renders types separated by spaces.
func (p *printer) valTypes(ts []wasm.ValType) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = p.valType(t)
	}
	return strings.Join(s, " ")
}

// results renders " (result ...)", or nothing for no results.
func (p *printer) results(ts []wasm.ValType) string {
	if len(ts) == 0 {
		return ""
	}
	return " (result " + p.valTypes(ts) + ")"
}

// params renders the parameters of a signature, with names from locals when
// known: named ones alone, runs of unnamed ones grouped.
func (p *printer) params(ts []wasm.ValType, names idTable) string {
	return p.declList("param", ts, 0, names)
}

// declList renders (param ...) or (local ...) declarations of types whose
// indices start at first.
func (p *printer) declList(keyword string, ts []wasm.ValType, first uint32, names idTable) string {
	var b strings.Builder
	var run []wasm.ValType
	flush := func() {
		if len(run) > 0 {
			b.WriteString(" (" + keyword + " " + p.valTypes(run) + ")")
			run = run[:0]
		}
	}
	for i, t := range ts {
		if id := names.id(first + uint32(i)); id != "" {
			flush()
			b.WriteString(" (" + keyword + " " + id + " " + p.valType(t) + ")")
			continue
		}
		run = append(run, t)
	}
	flush()
	return b.String()
}

// funcSig renders the parameters and results of a type index, used after
// (type N) for readability. An index that is not a function type gives "".
func (p *printer) funcSig(typeIdx uint32, paramNames idTable) string {
	ft, ok := p.m.FuncType(typeIdx)
	if !ok {
		return ""
	}
	return p.params(ft.Params, paramNames) + p.results(ft.Results)
}

// typeUse renders "(type N) (param ...) (result ...)".
func (p *printer) typeUse(typeIdx uint32, paramNames idTable) string {
	return "(type " + p.ids.types.ref(typeIdx) + ")" + p.funcSig(typeIdx, paramNames)
}

// storageType renders a field's storage type.
func (p *printer) storageType(s wasm.StorageType) string {
	if s.Packed != wasm.PackedNone {
		return s.String()
	}
	return p.valType(s.Type)
}

// fieldType renders a field type, wrapped in (mut ...) when mutable.
func (p *printer) fieldType(f wasm.FieldType) string {
	if f.Mutable {
		return "(mut " + p.storageType(f.Storage) + ")"
	}
	return p.storageType(f.Storage)
}

// compType renders a composite type: (func ...), (struct ...), (array ...).
func (p *printer) compType(typeIdx uint32, c *wasm.CompType) string {
	switch c.Kind {
	case wasm.CompStruct:
		names := p.ids.fields(typeIdx)
		var b strings.Builder
		b.WriteString("(struct")
		for i, f := range c.Fields {
			b.WriteString(" (field ")
			if id := names.id(uint32(i)); id != "" {
				b.WriteString(id + " ")
			}
			b.WriteString(p.fieldType(f) + ")")
		}
		return b.String() + ")"
	case wasm.CompArray:
		return "(array " + p.fieldType(c.Elem) + ")"
	}
	return "(func" + p.params(c.Func.Params, idTable{}) + p.results(c.Func.Results) + ")"
}

// subType renders a type definition's body: the composite type, wrapped in
// (sub ...) unless it is final without supertypes (the plain form).
func (p *printer) subType(typeIdx uint32, st *wasm.SubType) string {
	comp := p.compType(typeIdx, &st.Comp)
	if st.Final && len(st.Supers) == 0 {
		return comp
	}
	var b strings.Builder
	b.WriteString("(sub")
	if st.Final {
		b.WriteString(" final")
	}
	for _, s := range st.Supers {
		b.WriteString(" " + p.ids.types.ref(s))
	}
	return b.String() + " " + comp + ")"
}

// limits renders "min max?".
func limitsText(l wasm.Limits) string {
	s := strconv.FormatUint(l.Min, 10)
	if l.HasMax {
		s += " " + strconv.FormatUint(l.Max, 10)
	}
	return s
}

// tableType renders "i64? min max? reftype".
func (p *printer) tableType(t wasm.TableType) string {
	s := limitsText(t.Limits) + " " + p.valType(t.Elem)
	if t.Addr64 {
		return "i64 " + s
	}
	return s
}

// memType renders "i64? min max? shared?".
func memTypeText(t wasm.MemType) string {
	s := limitsText(t.Limits)
	if t.Addr64 {
		s = "i64 " + s
	}
	if t.Shared {
		s += " shared"
	}
	return s
}

// globalType renders "t" or "(mut t)".
func (p *printer) globalType(t wasm.GlobalType) string {
	if t.Mutable {
		return "(mut " + p.valType(t.Type) + ")"
	}
	return p.valType(t.Type)
}
