package vm

import (
	"math/bits"
)

// effAddr computes addr+offset and reports whether size bytes there lie in
// the first n bytes, with no wrap-around (memory64 addresses can overflow).
// addr|offset is at most addr+offset, so it is at most n for every access
// in bounds; and once both are at most n (the length of a Go slice, below
// 2^48 on every 64-bit platform) the sums cannot wrap: one compare instead
// of testing two carries.
func effAddr(addr, offset, size uint64, n int) (uint64, bool) {
	ea := addr + offset
	return ea, addr|offset <= uint64(n) && ea+size <= uint64(n)
}

// loadSlow reads a chunked memory, or traps on an access the flat path
// rejected.
func (t *Thread) loadSlow(o *op, size uint64) (uint64, bool) {
	return t.loadSlowAt(o, t.s[o.b], size)
}

// loadSlowAt is loadSlow for the address addr (fused address forms).
func (t *Thread) loadSlowAt(o *op, addr, size uint64) (uint64, bool) {
	t.pc = int(o.pc) // a trap reads it
	ea, c := bits.Add64(addr, o.imm, 0)
	if c == 0 && o.memory().chunks != nil {
		if v, ok := o.memory().load(ea, size); ok {
			return v, true
		}
	}
	return 0, t.trap(TrapOutOfBoundsMemory)
}

// storeSlow writes a chunked or checkpoint-tracked memory, or traps on an
// access out of bounds.
func (t *Thread) storeSlow(o *op, size uint64, x uint64) bool {
	return t.storeSlowAt(o, t.s[o.b], size, x)
}

// storeSlowAt is storeSlow for the address addr (fused address forms).
func (t *Thread) storeSlowAt(o *op, addr, size uint64, x uint64) bool {
	t.pc = int(o.pc) // a trap and the observers of writes read it
	ea, c := bits.Add64(addr, o.imm, 0)
	if c == 0 && o.memory().storeAway(ea, size, x) {
		return true
	}
	if c == 0 && o.memory().chunks != nil && o.memory().inBounds(ea, size) && !t.memoryWriteFits(o.memory(), ea, size) {
		return false
	}
	if c == 0 && o.memory().store(ea, size, x) {
		return true
	}
	return t.trap(TrapOutOfBoundsMemory)
}

// opMemorySize: s[a] = pages of mem.
func opMemorySize(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.s[o.a] = o.memory().Pages()
	return next(o)
}

// opMemoryGrow: s[a] = old pages, or -1 (of the address width c) on failure.
func opMemoryGrow(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	old, ok := uint64(0), false
	if t.growFits(o.memory(), t.s[o.b]) {
		old, ok = o.memory().Grow(t.s[o.b])
	}
	if !ok {
		old = minusOne(o.c)
	} else if o.memory().OnGrow != nil {
		o.memory().OnGrow(t, old, o.memory().Pages())
	}
	t.s[o.a] = old
	return next(o)
}

// minusOne is -1 as an i32 (addr64 == 0) or an i64 in a slot.
func minusOne(addr64 int32) uint64 {
	if addr64 != 0 {
		return ^uint64(0)
	}
	return 0xFFFFFFFF
}

// opMemoryFill: fill s[b] (dest), s[b+1] (byte), s[b+2] (length).
func opMemoryFill(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	s := t.s[o.b:]
	if !o.memory().inBounds(s[0], s[2]) {
		return t.cont(t.trap(TrapOutOfBoundsMemory))
	}
	if !t.chargeBulk(s[2], bulkByteShift) || byte(s[1]) != 0 && !t.memoryWriteFits(o.memory(), s[0], s[2]) {
		return nil
	}
	o.memory().Fill(s[0], s[2], byte(s[1]))
	return next(o)
}

// opMemoryCopy: copy s[b+2] bytes from ref's memory 1 at s[b+1] to its
// memory 0 at s[b].
func opMemoryCopy(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	s := t.s[o.b:]
	dst, src := o.memories()[0], o.memories()[1]
	if !dst.inBounds(s[0], s[2]) || !src.inBounds(s[1], s[2]) {
		return t.cont(t.trap(TrapOutOfBoundsMemory))
	}
	if !t.chargeBulk(s[2], bulkByteShift) || !t.memoryWriteFits(dst, s[0], s[2]) {
		return nil
	}
	copyMemory(dst, s[0], src, s[1], s[2])
	return next(o)
}

// segmentRef names an element or data segment of an instance.
type segmentRef struct {
	inst *Instance
	idx  int
}

// memorySeg is memory.init's memory and data segment.
type memorySeg struct {
	mem *Memory
	seg segmentRef
}

// opMemoryInit: copy s[b+2] bytes of ref's data segment from s[b+1] to its memory at s[b].
func opMemoryInit(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	s := t.s[o.b:]
	ms := o.memorySeg()
	data := ms.seg.inst.datas[ms.seg.idx]
	d, src, n := s[0], s[1], s[2]
	if src > uint64(len(data)) || n > uint64(len(data))-src || !ms.mem.inBounds(d, n) {
		return t.cont(t.trap(TrapOutOfBoundsMemory))
	}
	if !t.chargeBulk(n, bulkByteShift) || !t.memoryWriteFits(ms.mem, d, n) {
		return nil
	}
	ms.mem.WriteAt(data[src:src+n], d)
	return next(o)
}

// opDataDrop drops ref's data segment.
func opDataDrop(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	seg := o.segment()
	seg.inst.datas[seg.idx] = nil
	return next(o)
}
