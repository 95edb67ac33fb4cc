package vm

// opConst: s[a] = imm.
func opConst(t *Thread, o *op) bool {
	t.s[o.a] = o.imm
	t.pc++
	return true
}

// opMove: s[a] = s[b] (local.get, local.set, local.tee of numbers).
func opMove(t *Thread, o *op) bool {
	t.s[o.a] = t.s[o.b]
	t.pc++
	return true
}

// opMoveRef: r[a] = r[b].
func opMoveRef(t *Thread, o *op) bool {
	t.r[o.a] = t.r[o.b]
	t.pc++
	return true
}

// opMoveV128 moves the two slots of a v128.
func opMoveV128(t *Thread, o *op) bool {
	t.s[o.a], t.s[o.a+1] = t.s[o.b], t.s[o.b+1]
	t.pc++
	return true
}

func opGlobalGet(t *Thread, o *op) bool {
	t.s[o.a] = o.aux.(*Global).bits
	t.pc++
	return true
}

func opGlobalGetRef(t *Thread, o *op) bool {
	t.r[o.a] = o.aux.(*Global).ref
	t.pc++
	return true
}

func opGlobalGetV128(t *Thread, o *op) bool {
	g := o.aux.(*Global)
	t.s[o.a], t.s[o.a+1] = g.bits, g.hi
	t.pc++
	return true
}

func opGlobalSet(t *Thread, o *op) bool {
	g := o.aux.(*Global)
	g.bits = t.s[o.b]
	if g.watch != nil {
		g.watch()
	}
	t.pc++
	return true
}

func opGlobalSetRef(t *Thread, o *op) bool {
	g := o.aux.(*Global)
	g.ref = t.r[o.b]
	if g.watch != nil {
		g.watch()
	}
	t.pc++
	return true
}

func opGlobalSetV128(t *Thread, o *op) bool {
	g := o.aux.(*Global)
	g.bits, g.hi = t.s[o.b], t.s[o.b+1]
	if g.watch != nil {
		g.watch()
	}
	t.pc++
	return true
}

// opSelect: s[a] = s[imm] != 0 ? s[b] : s[c].
func opSelect(t *Thread, o *op) bool {
	s := t.s
	if uint32(s[o.imm]) != 0 {
		s[o.a] = s[o.b]
	} else {
		s[o.a] = s[o.c]
	}
	t.pc++
	return true
}

func opSelectRef(t *Thread, o *op) bool {
	if uint32(t.s[o.imm]) != 0 {
		t.r[o.a] = t.r[o.b]
	} else {
		t.r[o.a] = t.r[o.c]
	}
	t.pc++
	return true
}

func opSelectV128(t *Thread, o *op) bool {
	s := t.s
	src := o.c
	if uint32(s[o.imm]) != 0 {
		src = o.b
	}
	s[o.a], s[o.a+1] = s[src], s[src+1]
	t.pc++
	return true
}
