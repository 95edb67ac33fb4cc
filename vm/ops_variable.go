package vm

// opConst: s[a] = imm.
func opConst(t *Thread, o *op) *op {
	*slot(t.slots(), o.a) = o.imm
	return next(o)
}

// opMove: s[a] = s[b] (local.get, local.set, local.tee of numbers).
func opMove(t *Thread, o *op) *op {
	s := t.slots()
	*slot(s, o.a) = *slot(s, o.b)
	return next(o)
}

// opMoveRef: r[a] = r[b].
func opMoveRef(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.r[o.a] = t.r[o.b]
	return next(o)
}

// opMoveV128 moves the two slots of a v128.
func opMoveV128(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.s[o.a], t.s[o.a+1] = t.s[o.b], t.s[o.b+1]
	return next(o)
}

func opGlobalGet(t *Thread, o *op) *op {
	*slot(t.slots(), o.a) = o.global().bits
	return next(o)
}

func opGlobalGetRef(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.r[o.a] = o.global().ref
	return next(o)
}

func opGlobalGetV128(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	g := o.global()
	t.s[o.a], t.s[o.a+1] = g.bits, g.hi
	return next(o)
}

func opGlobalSet(t *Thread, o *op) *op {
	g := o.global()
	g.bits = *slot(t.slots(), o.b)
	if g.watch != nil {
		t.pc = int(o.pc)
		g.watch()
	}
	return next(o)
}

func opGlobalSetRef(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	g := o.global()
	g.ref = t.r[o.b]
	if g.watch != nil {
		g.watch()
	}
	return next(o)
}

func opGlobalSetV128(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	g := o.global()
	g.bits, g.hi = t.s[o.b], t.s[o.b+1]
	if g.watch != nil {
		g.watch()
	}
	return next(o)
}

// opSelect: s[a] = s[imm] != 0 ? s[b] : s[c].
func opSelect(t *Thread, o *op) *op {
	s := t.slots()
	if uint32(*slot(s, int32(o.imm))) != 0 {
		*slot(s, o.a) = *slot(s, o.b)
	} else {
		*slot(s, o.a) = *slot(s, o.c)
	}
	return next(o)
}

func opSelectRef(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	if uint32(t.s[o.imm]) != 0 {
		t.r[o.a] = t.r[o.b]
	} else {
		t.r[o.a] = t.r[o.c]
	}
	return next(o)
}

func opSelectV128(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	s := t.s
	src := o.c
	if uint32(s[o.imm]) != 0 {
		src = o.b
	}
	s[o.a], s[o.a+1] = s[src], s[src+1]
	return next(o)
}
