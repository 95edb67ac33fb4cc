package binary

import "wasmstep/vm/wasm"

func (d *decoder) tagSection() {
	r := d.r
	r.vec(func(int) {
		pos := r.sourcePos(r.pos)
		d.m.Tags = append(d.m.Tags, wasm.Tag{Type: d.tagType(), Pos: pos})
	})
}

// tagType reads the exception attribute (always 0) and the type index.
func (d *decoder) tagType() wasm.TagType {
	d.r.expectZero()
	return wasm.TagType{TypeIdx: d.r.u32()}
}
