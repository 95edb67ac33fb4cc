package validate

import (
	"encoding/binary"

	"wasmstep/vm/wasm"
)

// canonTypes validates the type section group by group and assigns every
// type its canonical id. A rec group's key encodes references to earlier
// groups by TypeID and references inside the group by relative position, so
// equal groups get equal ids in every module.
func (c *checker) canonTypes() error {
	m := c.m
	groups := m.RecGroups
	if len(groups) == 0 {
		for i := range m.Types {
			groups = append(groups, wasm.RecGroup{Start: uint32(i), Count: 1})
		}
	}
	c.ids = make([]TypeID, 0, len(m.Types))
	var key []byte
	for _, g := range groups {
		if int(g.Start) != len(c.ids) || int(g.Start+g.Count) > len(m.Types) {
			return c.errorf(0, "malformed rec group at type %d", g.Start)
		}
		kb := keyBuilder{start: g.Start, end: g.Start + g.Count, ids: c.ids, buf: key[:0]}
		for i := g.Start; i < kb.end; i++ {
			if bad, ok := kb.subType(i, &m.Types[i]); !ok {
				return c.errorf(m.Types[i].Pos, "unknown type %d", bad)
			}
		}
		key = kb.buf
		base := intern(string(key), func(base TypeID) []*CanonType {
			cts := make([]*CanonType, g.Count)
			for j := range cts {
				cts[j] = kb.canonical(base, &m.Types[g.Start+uint32(j)])
			}
			return cts
		})
		for j := uint32(0); j < g.Count; j++ {
			c.ids = append(c.ids, base+TypeID(j))
		}
		for i := g.Start; i < kb.end; i++ {
			if err := c.checkSupers(i); err != nil {
				return err
			}
		}
	}
	c.info.TypeIDs = c.ids
	return nil
}

// checkSupers checks a type's declared supertype: not final, and of a
// matching shape.
func (c *checker) checkSupers(i uint32) error {
	st := &c.m.Types[i]
	if len(st.Supers) == 0 {
		return nil
	}
	if len(st.Supers) > 1 {
		return c.errorf(st.Pos, "sub type %d has more than one supertype", i)
	}
	super := Canonical(c.ids[st.Supers[0]])
	if super.Final {
		return c.errorf(st.Pos, "sub type %d has final supertype %d", i, st.Supers[0])
	}
	if !matchComp(&Canonical(c.ids[i]).Comp, &super.Comp) {
		return c.errorf(st.Pos, "sub type %d does not match its supertype %d", i, st.Supers[0])
	}
	return nil
}

// keyBuilder encodes one rec group [start, end) as a canonical key.
type keyBuilder struct {
	start, end uint32
	ids        []TypeID // ids of the types before the group
	buf        []byte
}

// subType appends the key of type i; if it refers to an undefined type, or
// its supertype does not precede it, it returns that index and false.
func (k *keyBuilder) subType(i uint32, st *wasm.SubType) (uint32, bool) {
	k.bool(st.Final)
	k.uint(uint64(len(st.Supers)))
	for _, s := range st.Supers {
		if s >= i {
			return s, false
		}
		k.heap(wasm.HeapType(s))
	}
	ct := &st.Comp
	k.buf = append(k.buf, byte(ct.Kind))
	switch ct.Kind {
	case wasm.CompFunc:
		k.uint(uint64(len(ct.Func.Params)))
		for _, t := range ct.Func.Params {
			if h, ok := k.val(t); !ok {
				return h, false
			}
		}
		k.uint(uint64(len(ct.Func.Results)))
		for _, t := range ct.Func.Results {
			if h, ok := k.val(t); !ok {
				return h, false
			}
		}
	case wasm.CompStruct:
		k.uint(uint64(len(ct.Fields)))
		for _, f := range ct.Fields {
			if h, ok := k.field(f); !ok {
				return h, false
			}
		}
	case wasm.CompArray:
		if h, ok := k.field(ct.Elem); !ok {
			return h, false
		}
	}
	return 0, true
}

func (k *keyBuilder) field(f wasm.FieldType) (uint32, bool) {
	k.bool(f.Mutable)
	k.buf = append(k.buf, byte(f.Storage.Packed))
	if f.Storage.Packed != wasm.PackedNone {
		return 0, true
	}
	return k.val(f.Storage.Type)
}

func (k *keyBuilder) val(t wasm.ValType) (uint32, bool) {
	k.buf = append(k.buf, byte(t.Kind))
	if t.Kind != wasm.KindRef {
		return 0, true
	}
	k.bool(t.Nullable)
	if t.Heap >= 0 && uint32(t.Heap) >= k.end {
		return uint32(t.Heap), false
	}
	k.heap(t.Heap)
	return 0, true
}

// heap encodes an abstract heap type by its code, a type of an earlier
// group by its TypeID and a member of this group by its relative position.
func (k *keyBuilder) heap(h wasm.HeapType) {
	switch {
	case h < 0:
		k.buf = append(k.buf, 0)
		k.uint(uint64(-int64(h)))
	case uint32(h) < k.start:
		k.buf = append(k.buf, 1)
		k.uint(uint64(k.ids[h]))
	default:
		k.buf = append(k.buf, 2)
		k.uint(uint64(uint32(h) - k.start))
	}
}

func (k *keyBuilder) uint(x uint64) { k.buf = binary.AppendUvarint(k.buf, x) }

func (k *keyBuilder) bool(b bool) {
	if b {
		k.buf = append(k.buf, 1)
	} else {
		k.buf = append(k.buf, 0)
	}
}

// canonical builds the canonical form of a member of the group whose
// first member has id base.
func (k *keyBuilder) canonical(base TypeID, st *wasm.SubType) *CanonType {
	id := func(h wasm.HeapType) wasm.HeapType {
		switch {
		case h < 0:
			return h
		case uint32(h) < k.start:
			return wasm.HeapType(k.ids[h])
		}
		return wasm.HeapType(base + TypeID(uint32(h)-k.start))
	}
	val := func(t wasm.ValType) wasm.ValType {
		if t.Kind == wasm.KindRef {
			t.Heap = id(t.Heap)
		}
		return t
	}
	vals := func(ts []wasm.ValType) []wasm.ValType {
		out := make([]wasm.ValType, len(ts))
		for i, t := range ts {
			out[i] = val(t)
		}
		return out
	}
	field := func(f wasm.FieldType) wasm.FieldType {
		f.Storage.Type = val(f.Storage.Type)
		return f
	}
	ct := &CanonType{Final: st.Final, Comp: wasm.CompType{Kind: st.Comp.Kind}}
	for _, s := range st.Supers {
		ct.Supers = append(ct.Supers, TypeID(id(wasm.HeapType(s))))
	}
	switch st.Comp.Kind {
	case wasm.CompFunc:
		ct.Comp.Func = wasm.FuncType{Params: vals(st.Comp.Func.Params), Results: vals(st.Comp.Func.Results)}
	case wasm.CompStruct:
		ct.Comp.Fields = make([]wasm.FieldType, len(st.Comp.Fields))
		for i, f := range st.Comp.Fields {
			ct.Comp.Fields[i] = field(f)
		}
	case wasm.CompArray:
		ct.Comp.Elem = field(st.Comp.Elem)
	}
	return ct
}
