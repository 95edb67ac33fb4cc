package binary

import "wasmstep/vm/wasm"

var refFunc = wasm.RefType(false, wasm.HeapFunc)

func (e *encoder) elementSection() []byte {
	es := e.m.Elems
	return appendVec(nil, len(es), func(b []byte, i int) []byte { return e.elem(b, &es[i]) })
}

// elem keeps the segment's form: function indices when it was written so
// and the index form can say its type, else expressions.
func (e *encoder) elem(b []byte, seg *wasm.Elem) []byte {
	indices := seg.FuncIndices && seg.Type == refFunc && allRefFunc(seg.Init)
	var flags uint32
	switch seg.Mode {
	case wasm.SegmentActive:
		implicit := seg.Table == 0 && (indices || seg.Type == wasm.FuncRef)
		if !implicit {
			flags |= elemTableOrDecl
		}
	case wasm.SegmentPassive:
		flags |= elemNotActive
	case wasm.SegmentDeclarative:
		flags |= elemNotActive | elemTableOrDecl
	}
	if !indices {
		flags |= elemExprs
	}
	b = appendULEB(b, uint64(flags))
	if seg.Mode == wasm.SegmentActive {
		if flags&elemTableOrDecl != 0 {
			b = appendULEB(b, uint64(seg.Table))
		}
		b = e.expr(b, seg.Offset)
	}
	explicitType := flags&(elemNotActive|elemTableOrDecl) != 0
	if indices {
		if explicitType {
			b = append(b, elemKindFunc)
		}
		return appendVec(b, len(seg.Init), func(b []byte, i int) []byte { return appendULEB(b, uint64(seg.Init[i][0].X)) })
	}
	if explicitType {
		b = e.refType(b, seg.Type)
	}
	return appendVec(b, len(seg.Init), func(b []byte, i int) []byte { return e.expr(b, seg.Init[i]) })
}

func allRefFunc(init [][]wasm.Instr) bool {
	for _, ex := range init {
		if len(ex) != 2 || ex[0].Op != wasm.OpRefFunc || ex[1].Op != wasm.OpEnd {
			return false
		}
	}
	return true
}
