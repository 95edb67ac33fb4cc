package binary

import "wasmstep/vm/wasm"

func (d *decoder) exportSection() {
	r := d.r
	r.vec(func(int) {
		e := wasm.Export{Pos: r.sourcePos(r.pos)}
		e.Name = r.name()
		start := r.pos
		e.Kind = wasm.ExternKind(r.byte())
		if e.Kind > wasm.ExternTag {
			r.failAt(start, "malformed export kind")
		}
		e.Index = r.u32()
		d.m.Exports = append(d.m.Exports, e)
	})
}
