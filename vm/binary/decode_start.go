package binary

func (d *decoder) startSection() {
	x := d.r.u32()
	d.m.Start = &x
}
