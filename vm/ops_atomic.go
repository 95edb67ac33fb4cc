package vm

import (
	"math/bits"
	"sync/atomic"
)

// The threads proposal's handlers, the same in both forms. An atomic op
// reads its operands from consecutive slots starting at b (the address
// first) and writes its result to a; imm is the offset, c the access size
// in bytes, d the read-modify-write operation.

// atomicAddr returns the effective address of an access of size bytes at
// addr, trapping when it is out of bounds or not a multiple of size.
func (t *Thread) atomicAddr(o *op, addr, size uint64) (uint64, bool) {
	ea, c1 := bits.Add64(addr, o.imm, 0)
	end, c2 := bits.Add64(ea, size, 0)
	if c1|c2 != 0 || end > o.memory().Size() {
		return 0, t.trap(TrapOutOfBoundsMemory)
	}
	if ea&(size-1) != 0 {
		return 0, t.trap(TrapUnalignedAtomic)
	}
	return ea, true
}

// atomicWriteAddr is atomicAddr for an access that writes: the first write
// to a chunk of a sparse memory spends the store's memory budget.
func (t *Thread) atomicWriteAddr(o *op, addr, size uint64) (uint64, bool) {
	ea, ok := t.atomicAddr(o, addr, size)
	return ea, ok && t.memoryWriteFits(o.memory(), ea, size)
}

func opAtomicLoad(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	s := t.s
	size := uint64(o.c)
	ea, ok := t.atomicAddr(o, s[o.b], size)
	if !ok {
		return nil
	}
	s[o.a] = o.memory().atomicLoad(ea, size)
	return next(o)
}

func opAtomicStore(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	s := t.s
	size := uint64(o.c)
	ea, ok := t.atomicWriteAddr(o, s[o.b], size)
	if !ok {
		return nil
	}
	o.memory().atomicStore(ea, size, s[o.b+1])
	return next(o)
}

func opAtomicRMW(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	s := t.s
	size := uint64(o.c)
	ea, ok := t.atomicWriteAddr(o, s[o.b], size)
	if !ok {
		return nil
	}
	s[o.a] = o.memory().atomicRMW(ea, size, rmwKind(o.d), s[o.b+1]&sizeMask(size))
	return next(o)
}

func opAtomicCmpxchg(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	s := t.s
	size := uint64(o.c)
	ea, ok := t.atomicWriteAddr(o, s[o.b], size)
	if !ok {
		return nil
	}
	m := sizeMask(size)
	s[o.a] = o.memory().atomicCmpxchg(ea, size, s[o.b+1]&m, s[o.b+2]&m)
	return next(o)
}

// opAtomicWait: memory.atomic.wait32/64 (expected at b+1, timeout at b+2).
func opAtomicWait(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	s := t.s
	size := uint64(o.c)
	ea, ok := t.atomicAddr(o, s[o.b], size)
	if !ok {
		return nil
	}
	if o.memory().waits == nil {
		return t.cont(t.trap(TrapExpectedSharedMemory))
	}
	if t.sched != nil {
		r, done := t.waitScheduled(o.memory(), ea, size, s[o.b+1]&sizeMask(size), int64(s[o.b+2]))
		if !done { // the scheduler runs another thread until this one is woken
			t.setStop(StopPaused)
			return nil
		}
		s[o.a] = r
		return next(o)
	}
	r, paused := t.wait(o.memory(), ea, size, s[o.b+1]&sizeMask(size), int64(s[o.b+2]))
	if paused {
		t.setStop(StopPaused)
		return nil
	}
	s[o.a] = r
	return next(o)
}

// opAtomicNotify: memory.atomic.notify (count at b+1). An unshared memory
// has no waiters: it wakes none.
func opAtomicNotify(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	s := t.s
	ea, ok := t.atomicAddr(o, s[o.b], 4)
	if !ok {
		return nil
	}
	var n uint32
	if o.memory().waits != nil {
		n = o.memory().waits.notify(ea, uint32(s[o.b+1]))
	}
	s[o.a] = uint64(n)
	return next(o)
}

// fenceWord gives atomic.fence a sequentially consistent operation to order
// the thread's other accesses against: Go has no standalone fence.
var fenceWord atomic.Uint32

func opAtomicFence(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	fenceWord.Add(0)
	return next(o)
}
