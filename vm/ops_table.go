package vm

// tableSeg is table.init's table and element segment.
type tableSeg struct {
	table *Table
	seg   segmentRef
}

// opTableGet: r[a] = ref's table [s[b]].
func opTableGet(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	r, ok := o.table().Get(t.s[o.b])
	if !ok {
		return t.cont(t.trap(TrapOutOfBoundsTable))
	}
	t.r[o.a] = r
	return next(o)
}

// opTableSet: ref's table [s[b]] = r[c].
func opTableSet(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	if !o.table().Set(t.s[o.b], t.r[o.c]) {
		return t.cont(t.trap(TrapOutOfBoundsTable))
	}
	return next(o)
}

func opTableSize(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.s[o.a] = o.table().Size()
	return next(o)
}

// opTableGrow: s[a] = old size after growing by s[c] entries of r[b], or -1.
func opTableGrow(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	tb := o.table()
	delta := t.s[o.c]
	if tb.canGrow(delta) && !t.chargeBulk(delta, bulkElemShift) {
		return nil
	}
	old, ok := uint64(0), false
	if t.store.fits(delta * refBytes) {
		old, ok = tb.Grow(delta, t.r[o.b])
	}
	if !ok {
		old = minusOne(int32(o.imm))
	}
	t.s[o.a] = old
	return next(o)
}

// opTableFill: fill s[b+2] entries from s[b] with r[b+1].
func opTableFill(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	s := t.s[o.b:]
	tb := o.table()
	if !tb.inBounds(s[0], s[2]) {
		return t.cont(t.trap(TrapOutOfBoundsTable))
	}
	if !t.chargeBulk(s[2], bulkElemShift) {
		return nil
	}
	tb.Fill(s[0], s[2], t.r[o.b+1])
	return next(o)
}

// opTableCopy: copy s[b+2] entries from ref's table 1 at s[b+1] to its table 0 at s[b].
func opTableCopy(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	tabs := o.tables()
	dt, st := tabs[0], tabs[1]
	s := t.s[o.b:]
	d, src, n := s[0], s[1], s[2]
	if !dt.inBounds(d, n) || !st.inBounds(src, n) {
		return t.cont(t.trap(TrapOutOfBoundsTable))
	}
	if !t.chargeBulk(n, bulkElemShift) {
		return nil
	}
	copy(dt.elems[d:d+n], st.elems[src:src+n])
	dt.wrote(d, n)
	return next(o)
}

// opTableInit: copy s[b+2] entries of an element segment from s[b+1] to the table at s[b].
func opTableInit(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	ts := o.tableSeg()
	elems := ts.seg.inst.elems[ts.seg.idx]
	s := t.s[o.b:]
	d, src, n := s[0], s[1], s[2]
	tb := ts.table
	if src > uint64(len(elems)) || n > uint64(len(elems))-src || !tb.inBounds(d, n) {
		return t.cont(t.trap(TrapOutOfBoundsTable))
	}
	if !t.chargeBulk(n, bulkElemShift) {
		return nil
	}
	copy(tb.elems[d:d+n], elems[src:src+n])
	tb.wrote(d, n)
	return next(o)
}

func opElemDrop(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	seg := o.segment()
	seg.inst.elems[seg.idx] = nil
	return next(o)
}
