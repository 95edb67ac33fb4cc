package binary

import "wasmstep/vm/wasm"

func (d *decoder) memorySection() {
	r := d.r
	r.vec(func(int) {
		pos := r.sourcePos(r.pos)
		d.m.Mems = append(d.m.Mems, wasm.Mem{Type: d.memType(), Pos: pos})
	})
}
