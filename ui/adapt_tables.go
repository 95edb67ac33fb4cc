package ui

import (
	"strconv"

	"wasmstep/debugger"
	"wasmstep/views/tables"
)

// tablesModel describes every table of s; entries are read on demand, and
// only while the machine is stopped (gate).
func tablesModel(s *debugger.Snapshot, eng Engine, gate *idleGate) tables.Model {
	if s == nil {
		return tables.Model{}
	}
	m := tables.Model{Tables: make([]tables.Table, len(s.Tables))}
	for i, t := range s.Tables {
		name := t.Name
		if name == "" {
			name = "table " + strconv.Itoa(int(t.Index))
		}
		m.Tables[i] = tables.Table{Name: name, Elem: t.Type.Elem, Len: int(t.Size), Entry: tableEntry(eng, gate, t)}
		if t.LastUsed >= 0 && m.Used == nil {
			m.Used = &tables.Use{Table: i, Index: int(t.LastUsed)}
		}
	}
	return m
}

func tableEntry(eng Engine, gate *idleGate, t debugger.Table) func(int) tables.Entry {
	return func(i int) tables.Entry {
		var es []debugger.TableEntry
		if !gate.read(func() { es = eng.TableEntries(t.Module, t.Index, uint64(i), 1) }) {
			return tables.Entry{Text: "…"}
		}
		if len(es) == 0 || es[0].Value.Null {
			return tables.Entry{Null: true}
		}
		return tables.Entry{Text: es[0].Value.Ref}
	}
}
