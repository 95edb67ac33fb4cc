package binary

import "wasmstep/vm/wasm"

// Data segment flags.
const (
	dataActive    = 0
	dataPassive   = 1
	dataActiveMem = 2 // active with an explicit memory index
)

func (d *decoder) dataSection() {
	r := d.r
	vecInto(r, &d.m.Datas, func(int) {
		seg := wasm.Data{Pos: r.sourcePos(r.pos)}
		start := r.pos
		switch r.u32() {
		case dataActive:
			seg.Offset = d.constExpr()
		case dataPassive:
			seg.Mode = wasm.SegmentPassive
		case dataActiveMem:
			seg.Mem = r.u32()
			seg.Offset = d.constExpr()
		default:
			r.failAt(start, "malformed data segment kind")
			return
		}
		seg.Init = r.bytes(r.length())
		d.m.Datas = append(d.m.Datas, seg)
	})
}
