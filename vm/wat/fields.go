package wat

import (
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// exportName is an inline (export "name") waiting for its item's index.
type exportName struct {
	name string
	pos  source.Pos
}

// inlineExports parses (export "name")*.
func (p *modParser) inlineExports() []exportName {
	var es []exportName
	for p.isOpen("export") {
		p.next()
		t := p.next()
		es = append(es, exportName{p.name(), t.Pos})
		p.close()
	}
	return es
}

// inlineImport parses (import "module" "name") if present.
func (p *modParser) inlineImport() (mod, name string, ok bool) {
	if !p.isOpen("import") {
		return "", "", false
	}
	p.next()
	p.next()
	mod = p.name()
	name = p.name()
	p.close()
	return mod, name, true
}

func (p *modParser) addExports(es []exportName, k wasm.ExternKind, idx uint32) {
	for _, e := range es {
		p.m.Exports = append(p.m.Exports, wasm.Export{Name: e.name, Kind: k, Index: idx, Pos: e.pos})
	}
}

// nameFor returns the Names map of an extern kind's index space.
func (p *modParser) nameFor(k wasm.ExternKind) *map[uint32]string {
	n := &p.m.Names
	return [...]*map[uint32]string{&n.Funcs, &n.Tables, &n.Mems, &n.Globals, &n.Tags}[k]
}

// itemHead is the common head of func/table/memory/global/tag fields,
// "(kw $id? (export ...)* (import ...)?", with the item's index.
type itemHead struct {
	kw        Token
	idx       uint32
	imported  bool
	mod, name string
}

// itemHead parses an item's head, assigns its index and records its name
// and inline exports.
func (p *modParser) itemHead(kw string, k wasm.ExternKind) itemHead {
	h := itemHead{kw: p.expectOpen(kw)}
	id, _, hasID := p.optID()
	exports := p.inlineExports()
	h.mod, h.name, h.imported = p.inlineImport()
	h.idx = p.nextIndex(k, h.imported)
	if hasID {
		setName(p.nameFor(k), h.idx, id)
	}
	p.addExports(exports, k, h.idx)
	return h
}

func (p *modParser) addImport(h itemHead, desc wasm.ExternType) {
	p.m.Imports = append(p.m.Imports, wasm.Import{Module: h.mod, Name: h.name, Desc: desc, Pos: h.kw.Pos})
}

// importField parses (import "m" "n" desc).
func (p *modParser) importField() {
	kw := p.expectOpen("import")
	h := itemHead{kw: kw, imported: true}
	h.mod = p.name()
	h.name = p.name()
	if p.peek().Kind != LParen {
		p.unexpected()
	}
	k, ok := externKinds[p.peekAt(1).Text]
	if !ok {
		p.next()
		p.unexpected()
	}
	p.next()
	p.next()
	h.idx = p.nextIndex(k, true)
	if id, _, ok := p.optID(); ok {
		setName(p.nameFor(k), h.idx, id)
	}
	p.addImport(h, p.externDesc(k, h.idx))
	p.close()
	p.close()
}

// externDesc parses the type of an imported item.
func (p *modParser) externDesc(k wasm.ExternKind, idx uint32) wasm.ExternType {
	d := wasm.ExternType{Kind: k}
	switch k {
	case wasm.ExternFunc:
		tu := p.typeUse(true)
		d.Func = tu.idx
		p.nameParams(idx, tu)
	case wasm.ExternTable:
		d.Table = p.tableType()
	case wasm.ExternMem:
		d.Mem = p.memType()
	case wasm.ExternGlobal:
		d.Global = p.globalType()
	case wasm.ExternTag:
		d.Tag = wasm.TagType{TypeIdx: p.typeUse(true).idx}
	}
	return d
}

// nameParams records the parameter names of function idx.
func (p *modParser) nameParams(idx uint32, tu typeUse) {
	for i, t := range tu.paramNames {
		if t.Kind == ID {
			p.setLocalName(idx, uint32(i), t.Value())
		}
	}
}

func (p *modParser) setLocalName(fn, local uint32, name string) {
	n := &p.m.Names
	if n.Locals == nil {
		n.Locals = map[uint32]map[uint32]string{}
	}
	if n.Locals[fn] == nil {
		n.Locals[fn] = map[uint32]string{}
	}
	n.Locals[fn][local] = name
}

// addrType parses an optional i32/i64 address type; true means 64-bit.
func (p *modParser) addrType() bool {
	switch {
	case p.isKeyword("i64"):
		p.next()
		return true
	case p.isKeyword("i32"):
		p.next()
	}
	return false
}

// limits parses "min max?".
func (p *modParser) limits() wasm.Limits {
	l := wasm.Limits{Min: p.u64()}
	if p.isNat() {
		l.Max, l.HasMax = p.u64(), true
	}
	return l
}

func (p *modParser) tableType() wasm.TableType {
	addr64 := p.addrType()
	l := p.limits()
	return wasm.TableType{Addr64: addr64, Limits: l, Elem: p.refType()}
}

func (p *modParser) memType() wasm.MemType {
	addr64 := p.addrType()
	mt := wasm.MemType{Addr64: addr64, Limits: p.limits()}
	if p.isKeyword("shared") {
		p.next()
		mt.Shared = true
	}
	return mt
}

// funcField parses a function definition or inline import.
func (p *modParser) funcField() {
	h := p.itemHead("func", wasm.ExternFunc)
	if h.imported {
		p.addImport(h, p.externDesc(wasm.ExternFunc, h.idx))
		p.close()
		return
	}
	tu := p.typeUse(true)
	fs := &funcState{locals: newSpace("local")}
	f := wasm.Func{TypeIdx: tu.idx, Pos: h.kw.Pos}
	n := uint32(0)
	for _, t := range tu.paramNames {
		if t.Kind == ID {
			p.define(&fs.locals, t, t.Value(), n)
			p.setLocalName(h.idx, n, t.Value())
		}
		n++
	}
	for p.isOpen("local") {
		if len(f.Locals) > wasm.MaxFuncLocals {
			p.fail("too many locals (the limit is %d)", wasm.MaxFuncLocals)
		}
		p.next()
		p.next()
		if name, tok, ok := p.optID(); ok {
			p.define(&fs.locals, tok, name, n)
			p.setLocalName(h.idx, n, name)
			f.Locals = append(f.Locals, p.valType())
			n++
		} else {
			for p.peek().Kind != RParen {
				f.Locals = append(f.Locals, p.valType())
				n++
			}
		}
		p.close()
	}
	if len(f.Locals) > wasm.MaxFuncLocals {
		p.failAt(h.kw.Pos, "too many locals (the limit is %d)", wasm.MaxFuncLocals)
	}
	f.SetBody(p.expr(fs))
	p.close()
	p.m.Funcs = append(p.m.Funcs, f)
}

// tableField parses a table definition, inline import or inline elem.
func (p *modParser) tableField() {
	h := p.itemHead("table", wasm.ExternTable)
	if h.imported {
		p.addImport(h, wasm.ExternType{Kind: wasm.ExternTable, Table: p.tableType()})
		p.close()
		return
	}
	t := wasm.Table{Pos: h.kw.Pos}
	save := p.pos
	addr64 := p.addrType()
	if p.atRefType() {
		// (table at? reftype (elem ...)): size fixed by the segment.
		t.Type = wasm.TableType{Addr64: addr64, Elem: p.refType()}
		elemTok := p.expectOpen("elem")
		seg := wasm.Elem{Mode: wasm.SegmentActive, Table: h.idx, Type: t.Type.Elem,
			Offset: zeroOffset(addr64, elemTok.Pos), Pos: elemTok.Pos}
		p.elemItems(&seg, p.peek().Kind == LParen)
		// The segment has the table's element type even when written as
		// function indices, which alone would make it (ref func).
		seg.Type = t.Type.Elem
		seg.FuncIndices = seg.FuncIndices && seg.Type == wasm.RefType(false, wasm.HeapFunc)
		p.close()
		n := uint64(len(seg.Init))
		t.Type.Limits = wasm.Limits{Min: n, Max: n, HasMax: true}
		p.m.Elems = append(p.m.Elems, seg)
	} else {
		p.pos = save
		t.Type = p.tableType()
		if p.peek().Kind != RParen {
			t.Init = p.constExpr()
		}
	}
	p.close()
	p.m.Tables = append(p.m.Tables, t)
}

// zeroOffset is the constant expression (i32|i64.const 0).
func zeroOffset(addr64 bool, pos source.Pos) []wasm.Instr {
	op := wasm.OpI32Const
	if addr64 {
		op = wasm.OpI64Const
	}
	return []wasm.Instr{{Op: op, Pos: pos, End: pos}, {Op: wasm.OpEnd, Pos: pos, End: pos}}
}

// memoryField parses a memory definition, inline import or inline data.
func (p *modParser) memoryField() {
	h := p.itemHead("memory", wasm.ExternMem)
	if h.imported {
		p.addImport(h, wasm.ExternType{Kind: wasm.ExternMem, Mem: p.memType()})
		p.close()
		return
	}
	mem := wasm.Mem{Pos: h.kw.Pos}
	save := p.pos
	addr64 := p.addrType()
	if p.isOpen("data") {
		dataTok := p.expectOpen("data")
		d := wasm.Data{Mode: wasm.SegmentActive, Mem: h.idx, Offset: zeroOffset(addr64, dataTok.Pos), Pos: dataTok.Pos}
		d.Init = p.strings()
		p.close()
		pages := (uint64(len(d.Init)) + wasm.PageSize - 1) / wasm.PageSize
		mem.Type = wasm.MemType{Addr64: addr64, Limits: wasm.Limits{Min: pages, Max: pages, HasMax: true}}
		p.m.Datas = append(p.m.Datas, d)
	} else {
		p.pos = save
		mem.Type = p.memType()
	}
	p.close()
	p.m.Mems = append(p.m.Mems, mem)
}

// strings parses string* and concatenates the bytes.
func (p *modParser) strings() []byte {
	var b []byte
	for p.peek().Kind == String {
		b = append(b, p.next().Value()...)
	}
	return b
}

func (p *modParser) globalField() {
	h := p.itemHead("global", wasm.ExternGlobal)
	gt := p.globalType()
	if h.imported {
		p.addImport(h, wasm.ExternType{Kind: wasm.ExternGlobal, Global: gt})
	} else {
		p.m.Globals = append(p.m.Globals, wasm.Global{Type: gt, Init: p.constExpr(), Pos: h.kw.Pos})
	}
	p.close()
}

func (p *modParser) tagField() {
	h := p.itemHead("tag", wasm.ExternTag)
	tt := wasm.TagType{TypeIdx: p.typeUse(true).idx}
	if h.imported {
		p.addImport(h, wasm.ExternType{Kind: wasm.ExternTag, Tag: tt})
	} else {
		p.m.Tags = append(p.m.Tags, wasm.Tag{Type: tt, Pos: h.kw.Pos})
	}
	p.close()
}

// exportField parses (export "name" (kind x)).
func (p *modParser) exportField() {
	kw := p.expectOpen("export")
	name := p.name()
	if p.peek().Kind != LParen {
		p.unexpected()
	}
	k, ok := externKinds[p.peekAt(1).Text]
	if !ok {
		p.next()
		p.unexpected()
	}
	p.next()
	p.next()
	idx := p.index(p.spaceOf(k))
	p.close()
	p.close()
	p.m.Exports = append(p.m.Exports, wasm.Export{Name: name, Kind: k, Index: idx, Pos: kw.Pos})
}

func (p *modParser) startField() {
	kw := p.expectOpen("start")
	if p.m.Start != nil {
		p.failAt(kw.Pos, "multiple start sections")
	}
	idx := p.index(&p.funcs)
	p.m.Start = &idx
	p.close()
}

// offset parses (offset instr*) or a single folded instruction.
func (p *modParser) offset() []wasm.Instr {
	if p.isOpen("offset") {
		p.next()
		p.next()
		e := p.constExpr()
		p.close()
		return e
	}
	fs := &funcState{locals: newSpace("local")}
	saved := p.fn
	p.fn = fs
	p.folded()
	end := p.last()
	p.emit(wasm.Instr{Op: wasm.OpEnd, Pos: end.Pos, End: end.End()})
	p.fn = saved
	return fs.body
}

// elemField parses an element segment.
func (p *modParser) elemField() {
	kw := p.expectOpen("elem")
	idx := uint32(len(p.m.Elems))
	if id, _, ok := p.optID(); ok {
		setName(&p.m.Names.Elems, idx, id)
	}
	seg := wasm.Elem{Mode: wasm.SegmentPassive, Pos: kw.Pos}
	switch {
	case p.isKeyword("declare"):
		p.next()
		seg.Mode = wasm.SegmentDeclarative
	case p.isOpen("table"):
		p.next()
		p.next()
		seg.Table = p.index(&p.tables)
		p.close()
		seg.Mode = wasm.SegmentActive
		seg.Offset = p.offset()
	case p.peek().Kind == LParen && !p.atRefType():
		seg.Mode = wasm.SegmentActive
		seg.Offset = p.offset()
	}
	switch {
	case p.isKeyword("func"):
		p.next()
		p.elemItems(&seg, false)
	case p.atRefType():
		seg.Type = p.refType()
		p.elemItems(&seg, true)
	case seg.Mode == wasm.SegmentActive:
		p.elemItems(&seg, false) // the legacy form: offset then function indices
	default:
		p.unexpected()
	}
	p.close()
	p.m.Elems = append(p.m.Elems, seg)
}

// elemItems parses the segment's entries: expressions ((item ...) or a
// folded instruction) or function indices.
func (p *modParser) elemItems(seg *wasm.Elem, exprs bool) {
	if !exprs {
		seg.FuncIndices = true
		seg.Type = wasm.RefType(false, wasm.HeapFunc)
		for p.atIndex() {
			t := p.peek()
			x := p.index(&p.funcs)
			seg.Init = append(seg.Init, []wasm.Instr{
				{Op: wasm.OpRefFunc, Pos: t.Pos, End: t.End(), X: x},
				{Op: wasm.OpEnd, Pos: t.End(), End: t.End()}})
		}
		return
	}
	for p.peek().Kind == LParen {
		if p.isOpen("item") {
			p.next()
			p.next()
			seg.Init = append(seg.Init, p.constExpr())
			p.close()
		} else {
			seg.Init = append(seg.Init, p.offset())
		}
	}
}

// dataField parses a data segment.
func (p *modParser) dataField() {
	kw := p.expectOpen("data")
	idx := uint32(len(p.m.Datas))
	if id, _, ok := p.optID(); ok {
		setName(&p.m.Names.Datas, idx, id)
	}
	d := wasm.Data{Mode: wasm.SegmentPassive, Pos: kw.Pos}
	if p.isOpen("memory") {
		p.next()
		p.next()
		d.Mem = p.index(&p.mems)
		p.close()
		d.Mode = wasm.SegmentActive
		d.Offset = p.offset()
	} else if p.peek().Kind == LParen {
		d.Mode = wasm.SegmentActive
		d.Offset = p.offset()
	}
	d.Init = p.strings()
	p.close()
	p.m.Datas = append(p.m.Datas, d)
}
