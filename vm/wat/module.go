package wat

import (
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// ParseModule parses a .wat file: a (module ...) form or bare module fields.
func ParseModule(fs *source.FileSet, name string, src []byte) (m *wasm.Module, err error) {
	f := fs.AddFile(name, src)
	p, err := newParser(f)
	if err != nil {
		return nil, err
	}
	defer catchBailout(&err)
	if p.isOpen("module") {
		p.next()
		p.next()
		m = p.moduleBody()
		p.close()
	} else {
		m = p.moduleBody()
	}
	if p.peek().Kind != EOF {
		p.unexpected()
	}
	return m, nil
}

// modParser parses one module: the name spaces of its index spaces and the
// function being parsed.
type modParser struct {
	*parser
	m *wasm.Module

	types, funcs, tables, mems, globals, tags, elems, datas space
	fieldNames                                              map[uint32]space // per struct type
	implicit                                                []wasm.SubType   // types created by type uses

	// Per extern kind: imports found by the first pass, and the imports
	// and definitions the second pass has reached, to assign indices.
	numImports, seenImports, seenDefs [5]uint32

	fn    *funcState // the function or constant expression being parsed
	depth int        // nesting of the instruction being parsed (nesting.go)

	slab     []wasm.Instr // where expressions are built and kept (see expr)
	building bool         // an expression is being built in the slab
}

// moduleBody parses "$id? field*" up to the closing parenthesis of the
// module (not consumed) or end of input.
func (p *parser) moduleBody() *wasm.Module {
	mp := &modParser{parser: p, m: &wasm.Module{File: p.file},
		types: newSpace("type"), funcs: newSpace("func"), tables: newSpace("table"),
		mems: newSpace("memory"), globals: newSpace("global"), tags: newSpace("tag"),
		elems: newSpace("elem"), datas: newSpace("data"), fieldNames: map[uint32]space{}}
	if name, _, ok := p.optID(); ok {
		mp.m.Name = name
		mp.m.Names.Module = name
	}
	fields, typeFields := mp.collect()
	end := p.pos
	for _, at := range typeFields {
		p.pos = at
		mp.recGroup()
	}
	for _, at := range fields {
		p.pos = at
		mp.field()
	}
	p.pos = end
	mp.m.Types = append(mp.m.Types, mp.implicit...)
	for i := range mp.implicit {
		idx := uint32(len(mp.m.Types) - len(mp.implicit) + i)
		mp.m.RecGroups = append(mp.m.RecGroups, wasm.RecGroup{Start: idx, Count: 1})
	}
	return mp.m
}

// field parses one module field other than a type definition.
func (p *modParser) field() {
	switch p.openKeyword() {
	case "type", "rec":
		// parsed in the first pass over types
	case "import":
		p.importField()
	case "func":
		p.funcField()
	case "table":
		p.tableField()
	case "memory":
		p.memoryField()
	case "global":
		p.globalField()
	case "tag":
		p.tagField()
	case "export":
		p.exportField()
	case "start":
		p.startField()
	case "elem":
		p.elemField()
	case "data":
		p.dataField()
	}
}

var externKinds = map[string]wasm.ExternKind{
	"func": wasm.ExternFunc, "table": wasm.ExternTable, "memory": wasm.ExternMem,
	"global": wasm.ExternGlobal, "tag": wasm.ExternTag,
}

func (p *modParser) spaceOf(k wasm.ExternKind) *space {
	return [...]*space{&p.funcs, &p.tables, &p.mems, &p.globals, &p.tags}[k]
}

// collect is the first pass: it finds every field, binds the names of all
// index spaces (imports first, as the index spaces are laid out), and checks
// the field order rules. It returns the token index of each field's "(",
// and of each type definition's.
func (p *modParser) collect() (fields, typeFields []int) {
	type entry struct {
		name string
		tok  Token
	}
	var (
		imported  [5][]entry
		definedAt [5][]entry
		firstDef  = ""
		nTypes    uint32
		nElems    uint32
		nDatas    uint32
	)
	defineType := func() {
		if name, tok, ok := p.optID(); ok {
			p.define(&p.types, tok, name, nTypes)
		}
		nTypes++
	}
	for p.peek().Kind == LParen {
		at := p.pos
		fields = append(fields, at)
		p.next()
		kwTok := p.peek()
		if kwTok.Kind != Keyword {
			p.unexpected()
		}
		p.next()
		switch kw := kwTok.Text; kw {
		case "type":
			typeFields = append(typeFields, at)
			defineType()
		case "rec":
			typeFields = append(typeFields, at)
			for p.isOpen("type") {
				open := p.pos
				p.next()
				p.next()
				defineType()
				p.skipForm(open)
			}
		case "import":
			p.str()
			p.str()
			if p.peek().Kind != LParen {
				p.unexpected()
			}
			k, ok := externKinds[p.peekAt(1).Text]
			if !ok {
				p.next()
				p.unexpected()
			}
			if firstDef != "" {
				p.failAt(kwTok.Pos, "import after %s", firstDef)
			}
			p.next()
			p.next()
			name, tok, _ := p.optID()
			imported[k] = append(imported[k], entry{name, tok})
		case "func", "table", "memory", "global", "tag":
			k := externKinds[kw]
			name, tok, _ := p.optID()
			inlineImport, inlineElem, inlineData := false, false, false
			for p.peek().Kind != RParen && p.peek().Kind != EOF {
				switch p.openKeyword() {
				case "import":
					inlineImport = true
				case "elem":
					inlineElem = kw == "table"
				case "data":
					inlineData = kw == "memory"
				}
				if p.peek().Kind == LParen {
					p.skipForm(p.pos)
				} else {
					p.next()
				}
			}
			if inlineImport {
				if firstDef != "" {
					p.failAt(kwTok.Pos, "import after %s", firstDef)
				}
				imported[k] = append(imported[k], entry{name, tok})
			} else {
				if firstDef == "" {
					firstDef = map[string]string{"func": "function"}[kw]
					if firstDef == "" {
						firstDef = kw
					}
				}
				definedAt[k] = append(definedAt[k], entry{name, tok})
			}
			if inlineElem {
				nElems++
			}
			if inlineData {
				nDatas++
			}
		case "elem", "data":
			if name, tok, ok := p.optID(); ok {
				if kw == "elem" {
					p.define(&p.elems, tok, name, nElems)
				} else {
					p.define(&p.datas, tok, name, nDatas)
				}
			}
			if kw == "elem" {
				nElems++
			} else {
				nDatas++
			}
		case "export", "start":
		default:
			p.pos--
			p.fail("unknown operator %s", kw)
		}
		p.skipForm(at)
	}
	for k := range imported {
		s := p.spaceOf(wasm.ExternKind(k))
		idx := uint32(0)
		for _, e := range append(imported[k], definedAt[k]...) {
			if e.name != "" {
				p.define(s, e.tok, e.name, idx)
			}
			idx++
		}
		p.numImports[k] = uint32(len(imported[k]))
	}
	return fields, typeFields
}

// nextIndex returns the index of the next import or definition of kind k.
func (p *modParser) nextIndex(k wasm.ExternKind, imported bool) uint32 {
	if imported {
		p.seenImports[k]++
		return p.seenImports[k] - 1
	}
	p.seenDefs[k]++
	return p.numImports[k] + p.seenDefs[k] - 1
}
