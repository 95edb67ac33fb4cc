package binary

import "wasmstep/vm/wasm"

const nameSectionName = "name"

// customSection reads a custom section. The name section fills m.Names; any
// other is kept as bytes with the id of the known section it followed.
func (d *decoder) customSection(size int) {
	r := d.r
	end := r.pos + size
	name := r.name()
	if r.err != nil {
		return
	}
	if r.pos > end {
		r.failAt(end, errUnexpectedEnd)
		return
	}
	dataAt := r.pos
	data := r.bytes(end - r.pos)
	if name == nameSectionName {
		// A malformed name section is ignored: custom sections never make
		// a module malformed.
		if names, ok := decodeNames(newReader(r.file, data, r.base+dataAt)); ok {
			d.m.Names = names
		}
		return
	}
	d.m.Customs = append(d.m.Customs, wasm.Custom{Name: name, Data: data, After: d.lastKnownSec})
}
