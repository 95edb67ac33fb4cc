package binary

import "wasmstep/vm/wasm"

func (e *encoder) typeSection() []byte {
	m := e.m
	groups := m.RecGroups
	if len(groups) == 0 && len(m.Types) > 0 {
		// A module built without groups: every type is its own group.
		for i := range m.Types {
			groups = append(groups, wasm.RecGroup{Start: uint32(i), Count: 1})
		}
	}
	next := uint32(0)
	b := appendVec(nil, len(groups), func(b []byte, i int) []byte {
		g := groups[i]
		if g.Start != next || uint64(g.Start)+uint64(g.Count) > uint64(len(m.Types)) {
			e.fail("recursion groups do not cover the types in order")
			return b
		}
		next += g.Count
		types := m.Types[g.Start : g.Start+g.Count]
		if !g.Explicit && g.Count == 1 {
			return e.subType(b, &types[0])
		}
		b = append(b, codeRec)
		return appendVec(b, len(types), func(b []byte, j int) []byte { return e.subType(b, &types[j]) })
	})
	if next != uint32(len(m.Types)) {
		e.fail("recursion groups do not cover the types in order")
	}
	return b
}

func (e *encoder) subType(b []byte, st *wasm.SubType) []byte {
	if !st.Final || len(st.Supers) > 0 {
		if st.Final {
			b = append(b, codeSubFinal)
		} else {
			b = append(b, codeSub)
		}
		b = appendVec(b, len(st.Supers), func(b []byte, i int) []byte { return appendULEB(b, uint64(st.Supers[i])) })
	}
	c := &st.Comp
	switch c.Kind {
	case wasm.CompFunc:
		b = append(b, codeFunc)
		b = e.resultType(b, c.Func.Params)
		return e.resultType(b, c.Func.Results)
	case wasm.CompStruct:
		b = append(b, codeStruct)
		return appendVec(b, len(c.Fields), func(b []byte, i int) []byte { return e.fieldType(b, c.Fields[i]) })
	case wasm.CompArray:
		return e.fieldType(append(b, codeArray), c.Elem)
	}
	e.fail("unknown composite type kind %d", c.Kind)
	return b
}

func (e *encoder) resultType(b []byte, ts []wasm.ValType) []byte {
	return appendVec(b, len(ts), func(b []byte, i int) []byte { return e.valType(b, ts[i]) })
}

func (e *encoder) fieldType(b []byte, ft wasm.FieldType) []byte {
	switch ft.Storage.Packed {
	case wasm.PackedI8:
		b = append(b, codeI8)
	case wasm.PackedI16:
		b = append(b, codeI16)
	default:
		b = e.valType(b, ft.Storage.Type)
	}
	return appendMut(b, ft.Mutable)
}

func appendMut(b []byte, mutable bool) []byte {
	if mutable {
		return append(b, 1)
	}
	return append(b, 0)
}

var numTypeCodes = map[wasm.ValKind]byte{
	wasm.KindI32: codeI32, wasm.KindI64: codeI64, wasm.KindF32: codeF32,
	wasm.KindF64: codeF64, wasm.KindV128: codeV128,
}

func (e *encoder) valType(b []byte, t wasm.ValType) []byte {
	if t.Kind == wasm.KindRef {
		return e.refType(b, t)
	}
	c, ok := numTypeCodes[t.Kind]
	if !ok {
		e.fail("invalid value type")
	}
	return append(b, c)
}

// refType writes the shorthand byte for a nullable abstract type, else the
// long form.
func (e *encoder) refType(b []byte, t wasm.ValType) []byte {
	if t.Kind != wasm.KindRef {
		e.fail("%s is not a reference type", t)
		return b
	}
	if t.Nullable && t.Heap.IsAbstract() {
		return e.heapType(b, t.Heap)
	}
	if t.Nullable {
		b = append(b, codeRefNull)
	} else {
		b = append(b, codeRef)
	}
	return e.heapType(b, t.Heap)
}

func (e *encoder) heapType(b []byte, h wasm.HeapType) []byte {
	if h.IsAbstract() {
		if h < -maxAbstractHeap || h > -minAbstractHeap {
			e.fail("invalid heap type %d", h)
		}
		return append(b, byte(-h))
	}
	return appendSLEB(b, int64(h))
}

func appendLimits(b []byte, l wasm.Limits, shared, addr64 bool) []byte {
	var flags byte
	if l.HasMax {
		flags |= 1
	}
	if shared {
		flags |= 2
	}
	if addr64 {
		flags |= 4
	}
	b = appendULEB(append(b, flags), l.Min)
	if l.HasMax {
		b = appendULEB(b, l.Max)
	}
	return b
}

func (e *encoder) tableType(b []byte, t wasm.TableType) []byte {
	return appendLimits(e.refType(b, t.Elem), t.Limits, false, t.Addr64)
}

func appendMemType(b []byte, t wasm.MemType) []byte {
	return appendLimits(b, t.Limits, t.Shared, t.Addr64)
}

func (e *encoder) globalType(b []byte, t wasm.GlobalType) []byte {
	return appendMut(e.valType(b, t.Type), t.Mutable)
}

func appendTagType(b []byte, t wasm.TagType) []byte {
	return appendULEB(append(b, 0), uint64(t.TypeIdx))
}
