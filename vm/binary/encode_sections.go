package binary

import "wasmstep/vm/wasm"

// The sections whose entries are simple records; elements, code, data and
// names have their own files.

func (e *encoder) importSection() []byte {
	imps := e.m.Imports
	return appendVec(nil, len(imps), func(b []byte, i int) []byte {
		imp := &imps[i]
		b = appendName(appendName(b, imp.Module), imp.Name)
		b = append(b, byte(imp.Desc.Kind))
		switch imp.Desc.Kind {
		case wasm.ExternFunc:
			return appendULEB(b, uint64(imp.Desc.Func))
		case wasm.ExternTable:
			return e.tableType(b, imp.Desc.Table)
		case wasm.ExternMem:
			return appendMemType(b, imp.Desc.Mem)
		case wasm.ExternGlobal:
			return e.globalType(b, imp.Desc.Global)
		case wasm.ExternTag:
			return appendTagType(b, imp.Desc.Tag)
		}
		e.fail("import %q %q has an invalid kind", imp.Module, imp.Name)
		return b
	})
}

func (e *encoder) functionSection() []byte {
	fs := e.m.Funcs
	return appendVec(nil, len(fs), func(b []byte, i int) []byte { return appendULEB(b, uint64(fs[i].TypeIdx)) })
}

func (e *encoder) tableSection() []byte {
	ts := e.m.Tables
	return appendVec(nil, len(ts), func(b []byte, i int) []byte {
		if ts[i].Init == nil {
			return e.tableType(b, ts[i].Type)
		}
		b = e.tableType(append(b, tableWithInit, 0), ts[i].Type)
		return e.expr(b, ts[i].Init)
	})
}

func (e *encoder) memorySection() []byte {
	ms := e.m.Mems
	return appendVec(nil, len(ms), func(b []byte, i int) []byte { return appendMemType(b, ms[i].Type) })
}

func (e *encoder) tagSection() []byte {
	ts := e.m.Tags
	return appendVec(nil, len(ts), func(b []byte, i int) []byte { return appendTagType(b, ts[i].Type) })
}

func (e *encoder) globalSection() []byte {
	gs := e.m.Globals
	return appendVec(nil, len(gs), func(b []byte, i int) []byte {
		return e.expr(e.globalType(b, gs[i].Type), gs[i].Init)
	})
}

func (e *encoder) exportSection() []byte {
	xs := e.m.Exports
	return appendVec(nil, len(xs), func(b []byte, i int) []byte {
		b = append(appendName(b, xs[i].Name), byte(xs[i].Kind))
		return appendULEB(b, uint64(xs[i].Index))
	})
}

func (e *encoder) dataSection() []byte {
	ds := e.m.Datas
	return appendVec(nil, len(ds), func(b []byte, i int) []byte {
		d := &ds[i]
		switch {
		case d.Mode == wasm.SegmentPassive:
			b = appendULEB(b, dataPassive)
		case d.Mem == 0:
			b = e.expr(appendULEB(b, dataActive), d.Offset)
		default:
			b = appendULEB(appendULEB(b, dataActiveMem), uint64(d.Mem))
			b = e.expr(b, d.Offset)
		}
		b = appendULEB(b, uint64(len(d.Init)))
		return append(b, d.Init...)
	})
}
