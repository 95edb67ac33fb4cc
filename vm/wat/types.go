package wat

import "wasmstep/vm/wasm"

// refAbbrevs are the shorthand reference types: all nullable.
var refAbbrevs = map[string]wasm.HeapType{
	"funcref": wasm.HeapFunc, "externref": wasm.HeapExtern, "anyref": wasm.HeapAny,
	"eqref": wasm.HeapEq, "i31ref": wasm.HeapI31, "structref": wasm.HeapStruct,
	"arrayref": wasm.HeapArray, "exnref": wasm.HeapExn, "nullref": wasm.HeapNone,
	"nullfuncref": wasm.HeapNoFunc, "nullexternref": wasm.HeapNoExtern, "nullexnref": wasm.HeapNoExn,
}

var numTypes = map[string]wasm.ValType{
	"i32": wasm.I32, "i64": wasm.I64, "f32": wasm.F32, "f64": wasm.F64, "v128": wasm.V128,
}

// valType parses a number, vector or reference type.
func (p *modParser) valType() wasm.ValType {
	t := p.peek()
	if t.Kind == Keyword {
		if vt, ok := numTypes[t.Text]; ok {
			p.next()
			return vt
		}
	}
	if t.Kind == Keyword || p.isOpen("ref") {
		return p.refType()
	}
	p.unexpected()
	return wasm.ValType{}
}

// atRefType reports whether a reference type starts here.
func (p *modParser) atRefType() bool {
	t := p.peek()
	if t.Kind == Keyword {
		_, ok := refAbbrevs[t.Text]
		return ok
	}
	return p.isOpen("ref")
}

// refType parses an abbreviation such as funcref or (ref null? heaptype).
func (p *modParser) refType() wasm.ValType {
	t := p.peek()
	if t.Kind == Keyword {
		if h, ok := refAbbrevs[t.Text]; ok {
			p.next()
			return wasm.RefType(true, h)
		}
		p.unexpected()
	}
	p.expectOpen("ref")
	nullable := false
	if p.isKeyword("null") {
		p.next()
		nullable = true
	}
	h := p.heapType()
	p.close()
	return wasm.RefType(nullable, h)
}

// heapType parses an abstract heap type name or a type index.
func (p *modParser) heapType() wasm.HeapType {
	t := p.peek()
	if t.Kind == Keyword {
		if h, ok := wasm.HeapTypeByName(t.Text); ok {
			p.next()
			return h
		}
		p.unexpected()
	}
	return wasm.HeapType(p.index(&p.types))
}

// storageType parses a field's storage: i8, i16 or a value type.
func (p *modParser) storageType() wasm.StorageType {
	switch {
	case p.isKeyword("i8"):
		p.next()
		return wasm.StorageType{Packed: wasm.PackedI8}
	case p.isKeyword("i16"):
		p.next()
		return wasm.StorageType{Packed: wasm.PackedI16}
	}
	return wasm.StorageType{Type: p.valType()}
}

// fieldType parses storage or (mut storage).
func (p *modParser) fieldType() wasm.FieldType {
	if p.isOpen("mut") {
		p.next()
		p.next()
		st := p.storageType()
		p.close()
		return wasm.FieldType{Storage: st, Mutable: true}
	}
	return wasm.FieldType{Storage: p.storageType()}
}

// globalType parses valtype or (mut valtype).
func (p *modParser) globalType() wasm.GlobalType {
	if p.isOpen("mut") {
		p.next()
		p.next()
		vt := p.valType()
		p.close()
		return wasm.GlobalType{Type: vt, Mutable: true}
	}
	return wasm.GlobalType{Type: p.valType()}
}

// params parses (param $x t) / (param t*) groups, returning the types
// and, per param, its name ("" if none). named=false rejects names.
func (p *modParser) params(named bool) ([]wasm.ValType, []Token) {
	var types []wasm.ValType
	var names []Token
	for p.isOpen("param") {
		p.next()
		p.next()
		if p.peek().Kind == ID {
			if !named {
				p.unexpected()
			}
			names = append(names, p.next())
			types = append(types, p.valType())
			p.close()
			continue
		}
		for p.peek().Kind != RParen {
			types = append(types, p.valType())
			names = append(names, Token{})
		}
		p.close()
	}
	return types, names
}

// results parses (result t*) groups.
func (p *modParser) results() []wasm.ValType {
	var types []wasm.ValType
	for p.isOpen("result") {
		p.next()
		p.next()
		for p.peek().Kind != RParen {
			types = append(types, p.valType())
		}
		p.close()
	}
	return types
}

// compType parses (func ...), (struct ...) or (array ...) for type index idx.
func (p *modParser) compType(idx uint32) wasm.CompType {
	kw := p.openKeyword()
	switch kw {
	case "func":
		p.next()
		p.next()
		params, _ := p.params(true)
		ct := wasm.CompType{Kind: wasm.CompFunc, Func: wasm.FuncType{Params: params, Results: p.results()}}
		p.close()
		return ct
	case "struct":
		p.next()
		p.next()
		ct := wasm.CompType{Kind: wasm.CompStruct}
		names := newSpace("field")
		for p.isOpen("field") {
			p.next()
			p.next()
			if name, tok, ok := p.optID(); ok {
				p.define(&names, tok, name, uint32(len(ct.Fields)))
				p.setFieldName(idx, uint32(len(ct.Fields)), name)
				ct.Fields = append(ct.Fields, p.fieldType())
			} else {
				for p.peek().Kind != RParen {
					ct.Fields = append(ct.Fields, p.fieldType())
				}
			}
			p.close()
		}
		p.close()
		p.fieldNames[idx] = names
		return ct
	case "array":
		p.next()
		p.next()
		ct := wasm.CompType{Kind: wasm.CompArray, Elem: p.fieldType()}
		p.close()
		return ct
	}
	if p.peek().Kind == LParen {
		p.next()
	}
	p.unexpected()
	return wasm.CompType{}
}

func (p *modParser) setFieldName(typeIdx, field uint32, name string) {
	n := &p.m.Names
	if n.Fields == nil {
		n.Fields = map[uint32]map[uint32]string{}
	}
	if n.Fields[typeIdx] == nil {
		n.Fields[typeIdx] = map[uint32]string{}
	}
	n.Fields[typeIdx][field] = name
}

// typeDef parses one (type $id? (sub final? super* comp) | comp) field.
func (p *modParser) typeDef() {
	open := p.expectOpen("type")
	idx := uint32(len(p.m.Types))
	if name, _, ok := p.optID(); ok {
		setName(&p.m.Names.Types, idx, name)
	}
	st := wasm.SubType{Final: true, Pos: open.Pos}
	if p.isOpen("sub") {
		p.next()
		p.next()
		st.Final = false
		if p.isKeyword("final") {
			p.next()
			st.Final = true
		}
		for p.atIndex() {
			st.Supers = append(st.Supers, p.index(&p.types))
		}
		st.Comp = p.compType(idx)
		p.close()
	} else {
		st.Comp = p.compType(idx)
	}
	p.close()
	p.m.Types = append(p.m.Types, st)
}

// recGroup parses (rec (type ...)*) or a lone (type ...).
func (p *modParser) recGroup() {
	start := uint32(len(p.m.Types))
	if p.isOpen("type") {
		p.typeDef()
		p.m.RecGroups = append(p.m.RecGroups, wasm.RecGroup{Start: start, Count: 1})
		return
	}
	p.expectOpen("rec")
	for p.peek().Kind != RParen {
		p.typeDef()
	}
	p.close()
	p.m.RecGroups = append(p.m.RecGroups, wasm.RecGroup{Start: start, Count: uint32(len(p.m.Types)) - start, Explicit: true})
}

func setName(m *map[uint32]string, idx uint32, name string) {
	if *m == nil {
		*m = map[uint32]string{}
	}
	(*m)[idx] = name
}
