package debugger

import (
	"fmt"
	"strconv"
	"strings"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// The session-wide lists of memories, tables and globals: each appears
// once, under the module that defines it or first imports it, in load order.

type memEntry struct {
	module   int
	index    uint32
	name     string
	imported string // "module.name" of an imported memory
	mem      *vm.Memory
	shared   bool
}

type tableEntry struct {
	module int
	index  uint32
	name   string
	table  *vm.Table
}

type globalEntry struct {
	module int
	index  uint32
	name   string
	typ    wasm.GlobalType
	g      *vm.Global
	alias  []string // other names it answers to: export names, MODULE.name
}

func (s *Session) memories() []memEntry {
	var out []memEntry
	at := map[*vm.Memory]int{}
	if s.prog == nil {
		return nil
	}
	for mi, inst := range s.prog.insts {
		m := inst.Module
		for i, mem := range inst.Mems {
			if k, ok := at[mem]; ok {
				out[k].shared = true
				continue
			}
			at[mem] = len(out)
			out = append(out, memEntry{module: mi, index: uint32(i), mem: mem, imported: importName(m, wasm.ExternMem, uint32(i)),
				name: entityName(m, m.Names.Mems[uint32(i)], wasm.ExternMem, uint32(i), "memory")})
		}
	}
	return out
}

func (s *Session) tables() []tableEntry {
	var out []tableEntry
	seen := map[*vm.Table]bool{}
	if s.prog == nil {
		return nil
	}
	for mi, inst := range s.prog.insts {
		m := inst.Module
		for i, tb := range inst.Tables {
			if !seen[tb] {
				seen[tb] = true
				out = append(out, tableEntry{module: mi, index: uint32(i), table: tb,
					name: entityName(m, m.Names.Tables[uint32(i)], wasm.ExternTable, uint32(i), "table")})
			}
		}
	}
	return out
}

func (s *Session) globalList() []globalEntry {
	var out []globalEntry
	at := map[*vm.Global]int{}
	if s.prog == nil {
		return nil
	}
	for mi, inst := range s.prog.insts {
		m := inst.Module
		types := m.GlobalTypes()
		for i, g := range inst.Globals {
			k, ok := at[g]
			if !ok {
				k = len(out)
				at[g] = k
				out = append(out, globalEntry{module: mi, index: uint32(i), g: g, typ: types[i],
					name: entityName(m, m.Names.Globals[uint32(i)], wasm.ExternGlobal, uint32(i), "global")})
			}
			out[k].alias = append(out[k].alias, m.Names.Globals[uint32(i)], strconv.Itoa(i))
			for _, r := range s.units[mi].register {
				out[k].alias = append(out[k].alias, r+"."+m.Names.Globals[uint32(i)])
			}
			for _, e := range m.Exports {
				if e.Kind == wasm.ExternGlobal && e.Index == uint32(i) {
					out[k].alias = append(out[k].alias, e.Name)
				}
			}
		}
	}
	return out
}

func (g globalEntry) matches(name string) bool {
	name = strings.TrimPrefix(name, "$")
	if name == g.name || "$"+name == g.name {
		return true
	}
	for _, a := range g.alias {
		if a != "" && a == name {
			return true
		}
	}
	return false
}

// entityName is "$name" from the name section, else the first export name,
// else "KIND[i]".
// importName is "module.name" of entity i of a kind when it is imported,
// or "".
func importName(m *wasm.Module, kind wasm.ExternKind, i uint32) string {
	n := uint32(0)
	for _, im := range m.Imports {
		if im.Desc.Kind != kind {
			continue
		}
		if n == i {
			return im.Module + "." + im.Name
		}
		n++
	}
	return ""
}

func entityName(m *wasm.Module, debugName string, kind wasm.ExternKind, i uint32, word string) string {
	if debugName != "" {
		return "$" + debugName
	}
	for _, e := range m.Exports {
		if e.Kind == kind && e.Index == i {
			return fmt.Sprintf("%q", e.Name)
		}
	}
	return fmt.Sprintf("%s[%d]", word, i)
}
