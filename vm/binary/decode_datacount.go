package binary

func (d *decoder) dataCountSection() {
	n := d.r.u32()
	d.m.DataCount = &n
}
