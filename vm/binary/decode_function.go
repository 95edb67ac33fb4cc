package binary

// functionSection reads each defined function's type index; the bodies come
// later in the code section.
func (d *decoder) functionSection() {
	r := d.r
	r.vec(func(int) { d.funcTypes = append(d.funcTypes, r.u32()) })
}
