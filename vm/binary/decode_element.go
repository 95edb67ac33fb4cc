package binary

import "wasmstep/vm/wasm"

// Element segment flag bits: bit 0 passive or declarative, bit 1 an explicit
// table index (active) or declarative (with bit 0), bit 2 expressions
// instead of function indices.
const (
	elemNotActive   = 1
	elemTableOrDecl = 2
	elemExprs       = 4
	elemKindFunc    = 0x00 // the only element kind of the index forms
)

func (d *decoder) elementSection() {
	r := d.r
	r.vec(func(int) {
		e := wasm.Elem{Pos: r.sourcePos(r.pos)}
		start := r.pos
		flags := r.u32()
		if flags > 7 {
			r.failAt(start, "malformed elements segment kind")
			return
		}
		switch {
		case flags&elemNotActive == 0:
			e.Mode = wasm.SegmentActive
			if flags&elemTableOrDecl != 0 {
				e.Table = r.u32()
			}
			e.Offset = d.constExpr()
		case flags&elemTableOrDecl != 0:
			e.Mode = wasm.SegmentDeclarative
		default:
			e.Mode = wasm.SegmentPassive
		}
		// Only the flags 0 and 4 leave the element type implicit.
		explicitType := flags&(elemNotActive|elemTableOrDecl) != 0
		if flags&elemExprs != 0 {
			e.Type = wasm.FuncRef
			if explicitType {
				e.Type = d.refType()
			}
			r.vec(func(int) { e.Init = append(e.Init, d.constExpr()) })
		} else {
			if explicitType {
				kindAt := r.pos
				if r.byte() != elemKindFunc && r.err == nil {
					r.failAt(kindAt, "malformed element kind")
				}
			}
			e.Type = wasm.RefType(false, wasm.HeapFunc)
			e.FuncIndices = true
			r.vec(func(int) {
				pos := r.sourcePos(r.pos)
				x := r.u32()
				e.Init = append(e.Init, []wasm.Instr{{Op: wasm.OpRefFunc, Pos: pos, X: x}, {Op: wasm.OpEnd, Pos: pos}})
			})
		}
		d.m.Elems = append(d.m.Elems, e)
	})
}
