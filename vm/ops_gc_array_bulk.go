package vm

// The bulk array operations check their bounds, then spend the step budget
// (chargeBulk), then do the work.

// opArrayFill: array r[b] from s[b+1], s[b+3] elements = slot b+2 (for a
// v128: slots b+2, b+3, and the count in s[b+4]).
func opArrayFill(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	d, n := t.s[o.b+1], t.s[o.b+2+o.arrayLayout().width()]
	arr, ok := t.arrayAt(o.b, d, n)
	if !ok || !t.chargeBulk(n, bulkElemShift) {
		return nil
	}
	t.saveArrayElems(arr, d, n)
	if arr.Refs != nil {
		r := t.r[o.b+2]
		for i := d; i < d+n; i++ {
			arr.Refs[i] = r
		}
	} else if arr.Hi != nil {
		fillV128(arr, d, n, t.s[o.b+2], t.s[o.b+3])
	} else {
		v := o.arrayLayout().elem.pack(t.s[o.b+2])
		for i := d; i < d+n; i++ {
			arr.Elems[i] = v
		}
	}
	return next(o)
}

// opArrayCopy: array r[b] at s[b+1] = s[b+4] elements of array r[b+2] at s[b+3].
func opArrayCopy(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	d, s, n := t.s[o.b+1], t.s[o.b+3], t.s[o.b+4]
	if t.r[o.b] == nil || t.r[o.b+2] == nil {
		return t.cont(t.trap(TrapNullArrayReference))
	}
	dst, ok := t.arrayAt(o.b, d, n)
	if !ok {
		return nil
	}
	src, ok := t.arrayAt(o.b+2, s, n)
	if !ok || !t.chargeBulk(n, bulkElemShift) {
		return nil
	}
	t.saveArrayElems(dst, d, n)
	if dst.Refs != nil {
		copy(dst.Refs[d:d+n], src.Refs[s:s+n])
	} else {
		copy(dst.Elems[d:d+n], src.Elems[s:s+n])
		if dst.Hi != nil { // v128 elements: src has the same element type
			copy(dst.Hi[d:d+n], src.Hi[s:s+n])
		}
	}
	return next(o)
}

// opArrayInitData: array r[b] at s[b+1] = s[b+3] elements of data from byte s[b+2].
func opArrayInitData(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	d, s, n := t.s[o.b+1], t.s[o.b+2], t.s[o.b+3]
	arr, ok := t.arrayAt(o.b, d, n)
	if !ok {
		return nil
	}
	al := o.arrayLayout()
	if !al.dataFits(s, n) {
		return t.cont(t.trap(TrapOutOfBoundsMemory))
	}
	if !t.chargeBulk(n, bulkElemShift) {
		return nil
	}
	t.saveArrayElems(arr, d, n)
	var hi []uint64
	if arr.Hi != nil {
		hi = arr.Hi[d : d+n]
	}
	al.readData(arr.Elems[d:d+n], hi, s)
	return next(o)
}

// opArrayInitElem: array r[b] at s[b+1] = s[b+3] references of a segment from s[b+2].
func opArrayInitElem(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	d, s, n := t.s[o.b+1], t.s[o.b+2], t.s[o.b+3]
	arr, ok := t.arrayAt(o.b, d, n)
	if !ok {
		return nil
	}
	refs, ok := o.arrayLayout().elemRefs(s, n)
	if !ok {
		return t.cont(t.trap(TrapOutOfBoundsTable))
	}
	if !t.chargeBulk(n, bulkElemShift) {
		return nil
	}
	t.saveArrayElems(arr, d, n)
	copy(arr.Refs[d:d+n], refs)
	return next(o)
}
