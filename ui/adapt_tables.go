package ui

import (
	"strconv"

	"wasmstep/debugger"
	"wasmstep/views/tables"
)

// tablesModel describes every table of the stop d; entries are the ones
// the worker copied, and the others are asked for as they come into view.
func (w *Window) tablesModel(d *stopData) tables.Model {
	s := d.snap
	if s == nil {
		return tables.Model{}
	}
	m := tables.Model{Tables: make([]tables.Table, len(s.Tables))}
	for i, t := range s.Tables {
		name := t.Name
		if name == "" {
			name = "table " + strconv.Itoa(int(t.Index))
		}
		m.Tables[i] = tables.Table{Name: name, Elem: t.Type.Elem, Len: int(t.Size), Entry: w.tableEntry(d, t)}
		if t.LastUsed >= 0 && m.Used == nil {
			m.Used = &tables.Use{Table: i, Index: int(t.LastUsed)}
		}
	}
	return m
}

// tableEntry describes entry i of t at the stop d: "…" until it is copied.
func (w *Window) tableEntry(d *stopData, t debugger.Table) func(int) tables.Entry {
	k := instKey{t.Module, t.Index}
	l := d.tables[k]
	if l == nil {
		l = newLoaded[tables.Entry](tableChunk, nil)
		d.tables[k] = l
	}
	if l.ask == nil {
		l.ask = func(c uint64) { w.askTable(d, t, c) }
	}
	return func(i int) tables.Entry {
		c, ok := l.chunk(uint64(i) / tableChunk)
		if off := uint64(i) % tableChunk; ok && off < uint64(len(c)) {
			return c[off]
		}
		return tables.Entry{Text: "…"}
	}
}

// askTable has the worker describe chunk c of table t for the stop d.
func (w *Window) askTable(d *stopData, t debugger.Table, c uint64) {
	var es []tables.Entry
	w.work.submit(command{eng: w.eng, name: "read table", keep: true, run: func(e Engine) (*debugger.Snapshot, error) {
		es = readTableChunk(e, t, c)
		return nil, nil
	}, done: func(*debugger.Snapshot, error) {
		if w.data != d {
			return
		}
		d.tables[instKey{t.Module, t.Index}].put(c, es)
		w.panes.tables.Redraw()
	}})
}
