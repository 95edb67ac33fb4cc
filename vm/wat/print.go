package wat

import (
	"bufio"
	"errors"
	"io"
	"strconv"
	"strings"

	"wasmstep/vm/wasm"
)

// Print writes m in the text format: one field per line, function bodies as
// flat instructions indented by block depth, names from m.Names as $ids.
// Parsing the output gives back a module equal to m (up to positions and
// custom sections, which appear as comments).
func Print(w io.Writer, m *wasm.Module) error {
	if m == nil {
		return errors.New("wat.Print: nil module")
	}
	bw := bufio.NewWriter(w)
	p := &printer{m: m, ids: newIDSpaces(&m.Names, true), w: bw}
	p.module()
	if p.err != nil {
		return p.err
	}
	return bw.Flush()
}

// maxIndent caps the indentation depth. The text streams out line by line,
// so memory does not depend on the output's size; without the cap a body
// nested n deep would also print n² spaces (60 KB of nested binary once
// became 800 MB of text).
const maxIndent = 40

// printer streams the text of a module to w; the first write error stops
// it.
type printer struct {
	m   *wasm.Module
	ids *idSpaces
	w   *bufio.Writer
	err error
	// body holds the body being printed when the module keeps it encoded,
	// reused from function to function.
	body []wasm.Instr
}

var indentSpaces = strings.Repeat("  ", maxIndent)

// line writes one line at an indentation depth (capped at maxIndent).
func (p *printer) line(depth int, text string) {
	if p.err != nil {
		return
	}
	p.w.WriteString(indentSpaces[:2*min(depth, maxIndent)])
	p.w.WriteString(text)
	_, p.err = p.w.WriteString("\n")
}

func (p *printer) module() {
	m := p.m
	head := "(module"
	name := m.Name
	if name == "" {
		name = m.Names.Module
	}
	if id := formatID(name); id != "" {
		head += " " + id
	}
	p.line(0, head)
	p.types()
	p.imports()
	p.funcs()
	p.tables()
	p.mems()
	p.tags()
	p.globals()
	p.exports()
	if m.Start != nil {
		p.line(1, "(start "+p.ids.funcs.ref(*m.Start)+")")
	}
	p.elems()
	p.datas()
	for _, c := range m.Customs {
		p.line(1, ";; custom section "+nameLiteral(c.Name)+", "+strconv.Itoa(len(c.Data))+" bytes")
	}
	p.line(0, ")")
}

// types prints the type section, group by group. A module built without
// RecGroups gets one implicit group per type.
func (p *printer) types() {
	groups := p.m.RecGroups
	if len(groups) == 0 {
		for i := range p.m.Types {
			groups = append(groups, wasm.RecGroup{Start: uint32(i), Count: 1})
		}
	}
	for _, g := range groups {
		depth := 1
		if g.Explicit {
			if g.Count == 0 {
				p.line(1, "(rec)")
				continue
			}
			p.line(1, "(rec")
			depth = 2
		}
		for i := g.Start; i < g.Start+g.Count && int(i) < len(p.m.Types); i++ {
			p.line(depth, "(type "+p.defID(p.ids.types, i)+p.subType(i, &p.m.Types[i])+")")
		}
		if g.Explicit {
			p.line(1, ")")
		}
	}
}

// defID renders the identifier of a definition followed by a space, or
// nothing when it has none.
func (p *printer) defID(t idTable, idx uint32) string {
	if id := t.id(idx); id != "" {
		return id + " "
	}
	return ""
}

func (p *printer) imports() {
	var next [5]uint32 // next index per extern kind
	for _, im := range p.m.Imports {
		d := im.Desc
		if int(d.Kind) >= len(next) {
			continue
		}
		idx := next[d.Kind]
		next[d.Kind]++
		var desc string
		switch d.Kind {
		case wasm.ExternFunc:
			desc = "(func " + p.defID(p.ids.funcs, idx) + p.typeUse(d.Func, p.ids.locals(idx)) + ")"
		case wasm.ExternTable:
			desc = "(table " + p.defID(p.ids.tables, idx) + p.tableType(d.Table) + ")"
		case wasm.ExternMem:
			desc = "(memory " + p.defID(p.ids.mems, idx) + memTypeText(d.Mem) + ")"
		case wasm.ExternGlobal:
			desc = "(global " + p.defID(p.ids.globals, idx) + p.globalType(d.Global) + ")"
		case wasm.ExternTag:
			desc = "(tag " + p.defID(p.ids.tags, idx) + p.typeUse(d.Tag.TypeIdx, idTable{}) + ")"
		}
		p.line(1, "(import "+nameLiteral(im.Module)+" "+nameLiteral(im.Name)+" "+desc+")")
	}
}

func (p *printer) tables() {
	base := uint32(p.m.ImportCount(wasm.ExternTable))
	for i, t := range p.m.Tables {
		s := "(table " + p.defID(p.ids.tables, base+uint32(i)) + p.tableType(t.Type)
		if t.Init != nil {
			s += " " + p.constExpr(t.Init)
		}
		p.line(1, s+")")
	}
}

func (p *printer) mems() {
	base := uint32(p.m.ImportCount(wasm.ExternMem))
	for i, mem := range p.m.Mems {
		p.line(1, "(memory "+p.defID(p.ids.mems, base+uint32(i))+memTypeText(mem.Type)+")")
	}
}

func (p *printer) tags() {
	base := uint32(p.m.ImportCount(wasm.ExternTag))
	for i, t := range p.m.Tags {
		p.line(1, "(tag "+p.defID(p.ids.tags, base+uint32(i))+p.typeUse(t.Type.TypeIdx, idTable{})+")")
	}
}

func (p *printer) globals() {
	base := uint32(p.m.ImportCount(wasm.ExternGlobal))
	for i, g := range p.m.Globals {
		p.line(1, "(global "+p.defID(p.ids.globals, base+uint32(i))+p.globalType(g.Type)+" "+p.constExpr(g.Init)+")")
	}
}

func (p *printer) exports() {
	for _, e := range p.m.Exports {
		var ref string
		switch e.Kind {
		case wasm.ExternFunc:
			ref = p.ids.funcs.ref(e.Index)
		case wasm.ExternTable:
			ref = p.ids.tables.ref(e.Index)
		case wasm.ExternMem:
			ref = p.ids.mems.ref(e.Index)
		case wasm.ExternGlobal:
			ref = p.ids.globals.ref(e.Index)
		case wasm.ExternTag:
			ref = p.ids.tags.ref(e.Index)
		default:
			continue
		}
		p.line(1, "(export "+nameLiteral(e.Name)+" ("+e.Kind.String()+" "+ref+"))")
	}
}

// constExpr renders a constant expression as folded instructions, one pair
// of parentheses each, without its final end.
func (p *printer) constExpr(expr []wasm.Instr) string {
	s := &funcScope{}
	var parts []string
	for i := range expr {
		if i == len(expr)-1 && expr[i].Op == wasm.OpEnd {
			break
		}
		parts = append(parts, "("+p.instr(&expr[i], s)+")")
	}
	return strings.Join(parts, " ")
}
