package binary

import "wasmstep/vm/wasm"

func (d *decoder) importSection() {
	r := d.r
	r.vec(func(int) {
		imp := wasm.Import{Pos: r.sourcePos(r.pos)}
		imp.Module = r.name()
		imp.Name = r.name()
		imp.Desc = d.externType()
		d.m.Imports = append(d.m.Imports, imp)
	})
}

func (d *decoder) externType() wasm.ExternType {
	r := d.r
	start := r.pos
	kind := wasm.ExternKind(r.byte())
	et := wasm.ExternType{Kind: kind}
	switch kind {
	case wasm.ExternFunc:
		et.Func = r.u32()
	case wasm.ExternTable:
		et.Table = d.tableType()
	case wasm.ExternMem:
		et.Mem = d.memType()
	case wasm.ExternGlobal:
		et.Global = d.globalType()
	case wasm.ExternTag:
		et.Tag = d.tagType()
	default:
		r.failAt(start, "malformed import kind")
	}
	return et
}
