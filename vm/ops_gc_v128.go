package vm

// v128 fields and elements. A GC object keeps each field or element in one
// uint64 (Fields, Elems); a v128 one keeps its high half at the same index
// of Hi, which exists only for types that have v128 fields or elements. On
// the operand stack a v128 takes two slots, low half first.

// opStructGetV128: s[a], s[a+1] = field c of struct r[b].
func opStructGetV128(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	obj, _ := t.r[o.b].(*Struct)
	if obj == nil {
		return t.cont(t.trap(TrapNullStructureReference))
	}
	t.s[o.a], t.s[o.a+1] = obj.Fields[o.c], obj.Hi[o.c]
	return next(o)
}

// opStructSetV128: field imm of struct r[b] = slots c, c+1.
func opStructSetV128(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	obj, _ := t.r[o.b].(*Struct)
	if obj == nil {
		return t.cont(t.trap(TrapNullStructureReference))
	}
	t.saveStructField(obj, int(o.imm), false)
	obj.Fields[o.imm], obj.Hi[o.imm] = t.s[o.c], t.s[o.c+1]
	return next(o)
}

// opArrayGetV128: s[a], s[a+1] = element s[c] of array r[b].
func opArrayGetV128(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	i := t.s[o.c]
	arr, ok := t.arrayAt(o.b, i, 1)
	if !ok {
		return nil
	}
	t.s[o.a], t.s[o.a+1] = arr.Elems[i], arr.Hi[i]
	return next(o)
}

// fillV128 sets n elements of arr from d to (lo, hi).
func fillV128(arr *Array, d, n, lo, hi uint64) {
	for i := d; i < d+n; i++ {
		arr.Elems[i], arr.Hi[i] = lo, hi
	}
}
