package vm

// arrayAt checks array r[slot] and index i (or a range of n from it).
func (t *Thread) arrayAt(slot int32, i, n uint64) (*Array, bool) {
	arr, _ := t.r[slot].(*Array)
	if arr == nil {
		return nil, t.trap(TrapNullArrayReference)
	}
	l := uint64(arr.Len())
	if i > l || n > l-i {
		return nil, t.trap(TrapOutOfBoundsArray)
	}
	return arr, true
}

// opArrayGet: s[a] = element s[c] of array r[b]; imm = 1 sign-extends.
func opArrayGet(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	arr, ok := t.arrayAt(o.b, t.s[o.c], 1)
	if !ok {
		return nil
	}
	v := arr.Elems[t.s[o.c]]
	if o.imm != 0 {
		v = storage(o.imm).signExtend(v)
	}
	t.s[o.a] = v
	return next(o)
}

func opArrayGetRef(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	arr, ok := t.arrayAt(o.b, t.s[o.c], 1)
	if !ok {
		return nil
	}
	t.r[o.a] = arr.Refs[t.s[o.c]]
	return next(o)
}

// opArraySet: array r[b] [s[b+1]] = slot b+2.
func opArraySet(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	i := t.s[o.b+1]
	arr, ok := t.arrayAt(o.b, i, 1)
	if !ok {
		return nil
	}
	t.saveArrayElems(arr, i, 1)
	if arr.Refs != nil {
		arr.Refs[i] = t.r[o.b+2]
	} else if arr.Hi != nil {
		arr.Elems[i], arr.Hi[i] = t.s[o.b+2], t.s[o.b+3]
	} else {
		arr.Elems[i] = o.arrayLayout().elem.pack(t.s[o.b+2])
	}
	return next(o)
}

func opArrayLen(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	arr, _ := t.r[o.b].(*Array)
	if arr == nil {
		return t.cont(t.trap(TrapNullArrayReference))
	}
	t.s[o.a] = uint64(arr.Len())
	return next(o)
}
