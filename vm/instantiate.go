package vm

import (
	"fmt"

	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// Instantiate links a validated module to its imports (one Extern per
// import, in order) and initialises it as the specification orders it:
// globals, tables, memories and tags are created, element then data
// segments applied, then the start function runs. A link failure is a
// *LinkError; a trap while applying segments or in the start function is
// returned with the instance, whose effects on imported tables and
// memories stay, as the specification says.
func (s *Store) Instantiate(info *validate.Info, imports []Extern) (*Instance, error) {
	m := info.Module
	inst := &Instance{Module: m, Info: info, Store: s, exports: map[string]Extern{}}
	if len(imports) != len(m.Imports) {
		return nil, &LinkError{Msg: fmt.Sprintf("unknown import: module needs %d imports, got %d", len(m.Imports), len(imports))}
	}
	for i, imp := range m.Imports {
		if err := inst.link(imp, imports[i]); err != nil {
			return nil, err
		}
	}
	for i := range m.Funcs {
		d := &m.Funcs[i]
		if n := int64(d.BodyLen()); n > s.longestBody.Load() {
			s.longestBody.Store(n)
		}
		idx := uint32(len(inst.Funcs))
		inst.Funcs = append(inst.Funcs, &Function{
			Type: inst.funcType(d.TypeIdx), TypeID: inst.typeID(d.TypeIdx), Name: m.FuncName(idx),
			Inst: inst, Index: idx, Def: d, vinfo: info, def: i,
		})
	}
	for i := range m.Tags {
		ft := inst.funcType(m.Tags[i].Type.TypeIdx)
		inst.Tags = append(inst.Tags, &Tag{Type: ft, TypeID: inst.typeID(m.Tags[i].Type.TypeIdx),
			Name: m.Names.Tags[uint32(len(inst.Tags))]})
	}
	if err := inst.createGlobalsTablesMemories(); err != nil {
		return nil, err
	}
	for _, e := range m.Exports {
		inst.exports[e.Name] = inst.extern(e.Kind, e.Index)
	}
	if err := inst.initSegments(); err != nil {
		return inst, err
	}
	if m.Start != nil {
		if _, err := s.NewThread().Invoke(inst.Funcs[*m.Start]); err != nil {
			return inst, err
		}
	}
	return inst, nil
}

func (inst *Instance) createGlobalsTablesMemories() error {
	m, s := inst.Module, inst.Store
	for i := range m.Globals {
		g := &m.Globals[i]
		v, err := inst.evalConst(g.Init)
		if err != nil {
			return err
		}
		gt := wasm.GlobalType{Type: inst.canon(g.Type.Type), Mutable: g.Type.Mutable}
		inst.Globals = append(inst.Globals, NewGlobal(gt, v))
	}
	for i := range m.Tables {
		tt := m.Tables[i].Type
		tt.Elem = inst.canon(tt.Elem)
		var init Ref
		if m.Tables[i].Init != nil {
			v, err := inst.evalConst(m.Tables[i].Init)
			if err != nil {
				return err
			}
			init = v.Ref
		}
		if tt.Limits.Min <= orDefault(s.MaxTableEntries, DefaultMaxTableEntries) && !s.fits(tt.Limits.Min*refBytes) {
			return inst.declLimitError(m.Tables[i].Pos, "table %d: a minimum of %d entries does not fit the memory limit (%s)",
				len(inst.Tables), tt.Limits.Min, FormatBytes(s.MaxMemory))
		}
		tb, ok := s.NewTable(tt, init)
		if !ok {
			return inst.declLimitError(m.Tables[i].Pos, "table %d: a minimum of %d entries passes the limit of %d entries per table",
				len(inst.Tables), tt.Limits.Min, orDefault(s.MaxTableEntries, DefaultMaxTableEntries))
		}
		inst.Tables = append(inst.Tables, tb)
	}
	for i := range m.Mems {
		if min := m.Mems[i].Type.Limits.Min; min <= flatLimit/wasm.PageSize && !s.fits(min*wasm.PageSize) {
			return inst.declLimitError(m.Mems[i].Pos, "memory %d: a minimum of %d pages does not fit the memory limit (%s)",
				len(inst.Mems), min, FormatBytes(s.MaxMemory))
		}
		mem, ok := NewMemory(m.Mems[i].Type, s.MaxMemoryBytes)
		if !ok {
			return inst.declLimitError(m.Mems[i].Pos, "memory %d: a minimum of %d pages passes the limit of %s per memory",
				len(inst.Mems), m.Mems[i].Type.Limits.Min, FormatBytes(memoryCap(m.Mems[i].Type, s.MaxMemoryBytes)))
		}
		inst.Mems = append(inst.Mems, mem)
	}
	return nil
}

func (inst *Instance) extern(k wasm.ExternKind, i uint32) Extern {
	switch k {
	case wasm.ExternFunc:
		return inst.Funcs[i]
	case wasm.ExternTable:
		return inst.Tables[i]
	case wasm.ExternMem:
		return inst.Mems[i]
	case wasm.ExternGlobal:
		return inst.Globals[i]
	}
	return inst.Tags[i]
}

// initSegments evaluates the element and data segments and applies the
// active ones in order; a trap stops there, leaving earlier writes.
func (inst *Instance) initSegments() error {
	m := inst.Module
	inst.elems = make([][]Ref, len(m.Elems))
	values := make([][]Ref, len(m.Elems))
	for i := range m.Elems {
		e := &m.Elems[i]
		refs := make([]Ref, len(e.Init))
		for k, ex := range e.Init {
			v, err := inst.evalConst(ex)
			if err != nil {
				return err
			}
			refs[k] = v.Ref
		}
		values[i] = refs
		if e.Mode == wasm.SegmentPassive {
			inst.elems[i] = refs
		}
	}
	inst.datas = make([][]byte, len(m.Datas))
	for i := range m.Datas {
		if m.Datas[i].Mode == wasm.SegmentPassive {
			inst.datas[i] = m.Datas[i].Init
		}
	}
	for i := range m.Elems {
		e := &m.Elems[i]
		if e.Mode != wasm.SegmentActive {
			continue
		}
		off, err := inst.evalConst(e.Offset)
		if err != nil {
			return err
		}
		tb := inst.Tables[e.Table]
		d, n := off.Bits, uint64(len(e.Init))
		if !tb.inBounds(d, n) {
			return &Trap{Kind: TrapOutOfBoundsTable, PC: -1}
		}
		copy(tb.elems[d:d+n], values[i])
	}
	for i := range m.Datas {
		dseg := &m.Datas[i]
		if dseg.Mode != wasm.SegmentActive {
			continue
		}
		off, err := inst.evalConst(dseg.Offset)
		if err != nil {
			return err
		}
		if !inst.Mems[dseg.Mem].WriteAt(dseg.Init, off.Bits) {
			return &Trap{Kind: TrapOutOfBoundsMemory, PC: -1}
		}
	}
	return nil
}

// link checks one import against what the embedder supplied.
func (inst *Instance) link(imp wasm.Import, ext Extern) error {
	fail := func(msg string) error { return &LinkError{Msg: msg, Module: imp.Module, Name: imp.Name} }
	if ext == nil {
		return fail("unknown import")
	}
	if ext.Kind() != imp.Desc.Kind {
		return fail("incompatible import type")
	}
	switch x := ext.(type) {
	case *Function:
		want := inst.typeID(imp.Desc.Func)
		if x.TypeID != want && !validate.IsSubtypeID(x.TypeID, want) {
			return fail("incompatible import type")
		}
		inst.Funcs = append(inst.Funcs, x)
	case *Table:
		tt := imp.Desc.Table
		if x.Type.Addr64 != tt.Addr64 || !limitsMatch(x.Size(), x.Type.Limits, tt.Limits) ||
			!sameType(x.Type.Elem, inst.canon(tt.Elem)) {
			return fail("incompatible import type")
		}
		inst.Tables = append(inst.Tables, x)
	case *Memory:
		mt := imp.Desc.Mem
		if x.Type.Addr64 != mt.Addr64 || x.Type.Shared != mt.Shared || !limitsMatch(x.Pages(), x.Type.Limits, mt.Limits) {
			return fail("incompatible import type")
		}
		inst.Mems = append(inst.Mems, x)
	case *Global:
		gt := imp.Desc.Global
		want := inst.canon(gt.Type)
		ok := x.Type.Mutable == gt.Mutable && validate.MatchValType(x.Type.Type, want)
		if gt.Mutable {
			ok = ok && validate.MatchValType(want, x.Type.Type)
		}
		if !ok {
			return fail("incompatible import type")
		}
		inst.Globals = append(inst.Globals, x)
	case *Tag:
		if x.TypeID != inst.typeID(imp.Desc.Tag.TypeIdx) {
			return fail("incompatible import type")
		}
		inst.Tags = append(inst.Tags, x)
	}
	return nil
}

// limitsMatch: an import of current size `size` and declared limits `have`
// satisfies `want` if it is at least as large and its maximum at most as
// large.
func limitsMatch(size uint64, have, want wasm.Limits) bool {
	if size < want.Min {
		return false
	}
	if want.HasMax {
		return have.HasMax && have.Max <= want.Max
	}
	return true
}

func sameType(a, b wasm.ValType) bool {
	return validate.MatchValType(a, b) && validate.MatchValType(b, a)
}
