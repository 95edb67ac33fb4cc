package ui

import (
	"fmt"

	"wasmstep/vm/load"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// place is something the fuzzy finder can jump to: a named entity of a
// module and the line it is written on.
type place struct {
	text string // what the finder matches and shows, e.g. "func $fib"
	doc  *document
	line int
}

// places lists the named entities of every document: functions, exports,
// types, globals, memories, tables and block labels.
func places(docs []*document) []place {
	var out []place
	for _, d := range docs {
		for _, m := range modulesOf(d) {
			out = append(out, modulePlaces(d, m)...)
		}
	}
	return out
}

// modulesOf parses a document's modules again, into a private file set, so
// their positions are lines of the document's text.
func modulesOf(d *document) []*wasm.Module {
	if d.disasm != nil {
		if m := d.disasm.module(); m != nil {
			return []*wasm.Module{m}
		}
		return nil
	}
	fs := source.NewFileSet()
	if load.KindOf(d.path, []byte(d.text)) == load.Script {
		s, err := wat.ParseScript(fs, d.path, []byte(d.text))
		if err != nil {
			return nil
		}
		var mods []*wasm.Module
		for _, c := range s.Commands {
			if mc, ok := c.(*wat.ModuleCmd); ok && mc.Module != nil {
				mods = append(mods, mc.Module)
			}
		}
		return mods
	}
	m, err := wat.ParseModule(fs, d.path, []byte(d.text))
	if err != nil {
		return nil
	}
	return []*wasm.Module{m}
}

func modulePlaces(d *document, m *wasm.Module) []place {
	var out []place
	add := func(kind, name string, pos wasm.Pos) {
		if pos.IsValid() && m.File != nil {
			line := m.File.Position(pos).Line
			if d.disasm != nil {
				line = d.disasm.placeLine(line)
			}
			out = append(out, place{text: kind + " " + name, doc: d, line: line})
		}
	}
	nf := uint32(m.ImportCount(wasm.ExternFunc))
	for i, f := range m.Funcs {
		idx := nf + uint32(i)
		add("func", entityName(m.Names.Funcs, idx, "func"), f.Pos)
		for n, label := range m.Names.Labels[idx] {
			add("label", label+" in "+entityName(m.Names.Funcs, idx, "func"), nthBlock(f.Body(), n))
		}
	}
	for _, e := range m.Exports {
		add("export", fmt.Sprintf("%q", e.Name), e.Pos)
	}
	for i, t := range m.Types {
		add("type", entityName(m.Names.Types, uint32(i), "type"), t.Pos)
	}
	ng := uint32(m.ImportCount(wasm.ExternGlobal))
	for i, g := range m.Globals {
		add("global", entityName(m.Names.Globals, ng+uint32(i), "global"), g.Pos)
	}
	nm := uint32(m.ImportCount(wasm.ExternMem))
	for i, mem := range m.Mems {
		add("memory", entityName(m.Names.Mems, nm+uint32(i), "memory"), mem.Pos)
	}
	nt := uint32(m.ImportCount(wasm.ExternTable))
	for i, t := range m.Tables {
		add("table", entityName(m.Names.Tables, nt+uint32(i), "table"), t.Pos)
	}
	return out
}

// entityName is "$name", or "kind N" without a name.
func entityName(names map[uint32]string, i uint32, kind string) string {
	if n, ok := names[i]; ok {
		return "$" + n
	}
	return fmt.Sprintf("%s %d", kind, i)
}

// nthBlock is the position of the n-th block, loop, if or try_table of a
// body, the numbering the name section's labels use.
func nthBlock(body []wasm.Instr, n uint32) wasm.Pos {
	for _, in := range body {
		switch in.Op {
		case wasm.OpBlock, wasm.OpLoop, wasm.OpIf, wasm.OpTryTable, wasm.OpTry:
			if n == 0 {
				return in.Pos
			}
			n--
		}
	}
	return 0
}
