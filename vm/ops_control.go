package vm

import "unsafe"

// brMove is a conditional branch's value transfer: n slots from src to dst.
type brMove struct {
	src, dst int32
	n        int
}

// brDest is one br_table target: where its values go and the pc (-1: return).
type brDest struct {
	dst  int32
	pc   int32
	skip int32 // the op's skip for this target (see branchSkip)
}

// brTable is br_table's targets (the last is the default); every target
// takes the same n slots from src.
type brTable struct {
	dests []brDest
	src   int32
	n     int
}

func opNop(t *Thread, o *op) *op {
	return next(o)
}

// opDead stands for an instruction in unreachable code; it never runs.
func opDead(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	panic("vm: unreachable code executed")
}

func opUnreachable(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	return t.cont(t.trap(TrapUnreachable))
}

// jump takes o's branch: pc = a, with o's skip (see "Instruction
// accounting" in doc.go).
func (t *Thread) jump(o *op) {
	t.steps += uint64(o.skip)
	t.pc = int(o.a)
}

// opJump: pc = a.
func opJump(t *Thread, o *op) *op {
	return t.jumpTo(o)
}

// moveSlots copies n value and reference slots from src to dst.
func (t *Thread) moveSlots(src, dst int32, n int) {
	copy(t.s[dst:int(dst)+n], t.s[src:int(src)+n])
	copy(t.r[dst:int(dst)+n], t.r[src:int(src)+n])
}

// opBrMove: move imm slots from b to c, then pc = a.
func opBrMove(t *Thread, o *op) *op {
	t.moveSlots(o.b, o.c, int(o.imm))
	return t.jumpTo(o)
}

// opBrIf: if s[b] != 0 { pc = a }.
func opBrIf(t *Thread, o *op) *op {
	if uint32(*slot(t.slots(), o.b)) != 0 {
		return t.jumpTo(o)
	}
	return next(o)
}

// opBrIfMove: br_if that moves its values.
func opBrIfMove(t *Thread, o *op) *op {
	if uint32(t.s[o.b]) == 0 {
		return next(o)
	}
	m := o.brMove()
	t.moveSlots(m.src, m.dst, m.n)
	return t.jumpTo(o)
}

// opBrIfReturn: br_if to the function's label: return c slots from b.
func opBrIfReturn(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	if uint32(t.s[o.a]) == 0 {
		return next(o)
	}
	return t.cont(t.ret(int(o.b), int(o.c)))
}

func opBrTable(t *Thread, o *op) *op {
	tb := o.brTable()
	i := uint32(t.s[o.b])
	if i >= uint32(len(tb.dests)-1) {
		i = uint32(len(tb.dests) - 1)
	}
	d := &tb.dests[i]
	if d.pc < 0 {
		t.pc = int(o.pc)
		return t.cont(t.ret(int(tb.src), tb.n))
	}
	t.steps += uint64(d.skip)
	if tb.n > 0 && tb.src != d.dst {
		t.moveSlots(tb.src, d.dst, tb.n)
	}
	t.pc = int(d.pc)
	return t.next()
}

// opBrTableJump is br_table whose targets all go on in the function
// without moving values (nearly all: a compiler's switch, Go's dispatch on
// a function's resume point): it only picks the target, the default at c.
// The index is clamped to c, the last of the dests, and a dest's pc is an
// op of this code, so neither needs a bounds check.
func opBrTableJump(t *Thread, o *op) *op {
	tb := o.brTable()
	i := min(uint32(*slot(t.slots(), o.b)), uint32(o.c))
	d := (*brDest)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(tb.dests)), uintptr(i)*unsafe.Sizeof(brDest{})))
	t.steps += uint64(d.skip)
	return t.transfer(t.code, d.pc)
}

// opIf: if s[b] == 0 { pc = a } (the else arm or the end).
func opIf(t *Thread, o *op) *op {
	if uint32(*slot(t.slots(), o.b)) == 0 {
		return t.jumpTo(o)
	}
	return next(o)
}

// opReturn returns c slots from slot b, references too.
func opReturn(t *Thread, o *op) *op {
	if o.b != 0 {
		copy(t.r[:o.c], t.r[o.b:o.b+o.c])
	}
	return opReturnNum(t, o)
}

// opReturnNum returns c number slots from slot b; d is the count past the
// return instruction (its fc.at plus one). The return to a fast caller is
// written out (see frame_fast.go); pop takes the rest.
func opReturnNum(t *Thread, o *op) *op {
	s := t.slots()
	switch {
	case o.c == 1:
		*slot(s, 0) = *slot(s, o.b)
	case o.b != 0:
		copy(t.s[:o.c], t.s[o.b:o.b+o.c])
	}
	n := len(t.frames) - 1
	if n > 0 && n >= t.depthStop && !t.debugMode {
		fr := &t.frames[n-1]
		if fc := fr.fc; !fc.debug && !fc.fn.hasBreaks {
			t.frames = t.frames[:n]
			t.current(fc, fr.base)
			t.steps += uint64(o.d) - uint64(fr.resume)
			return t.transfer(fc.ops, fr.pc)
		}
	}
	t.pc = int(o.pc)
	return t.cont(t.pop())
}

// opBreak is planted over an op by a breakpoint.
func opBreak(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.atBreak = true
	t.setStop(StopBreakpoint)
	return nil
}
