package binary

import "wasmstep/vm/wasm"

func (d *decoder) globalSection() {
	r := d.r
	r.vec(func(int) {
		g := wasm.Global{Pos: r.sourcePos(r.pos)}
		g.Type = d.globalType()
		g.Init = d.constExpr()
		d.m.Globals = append(d.m.Globals, g)
	})
}
