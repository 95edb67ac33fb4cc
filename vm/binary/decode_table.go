package binary

import "wasmstep/vm/wasm"

// A table with an initializer expression starts with these two bytes.
const tableWithInit = 0x40

func (d *decoder) tableSection() {
	r := d.r
	r.vec(func(int) {
		t := wasm.Table{Pos: r.sourcePos(r.pos)}
		if b, _ := r.peek(); b == tableWithInit {
			r.byte()
			r.expectZero()
			t.Type = d.tableType()
			t.Init = d.constExpr()
		} else {
			t.Type = d.tableType()
		}
		d.m.Tables = append(d.m.Tables, t)
	})
}
