package vm

import (
	"fmt"
	"runtime/metrics"
)

// The memory budget. Store.MaxMemory bounds the host memory a session's
// programs make the process hold: a large memory's touched 64 KiB chunks,
// tables, the GC heap and the call stack's slots live in the Go heap, a
// flat memory's committed pages in a mapping of its own (memory_reserve.go),
// so the budget is checked against the sum of both at every point where a
// program can make it grow by a lot: memory and table growth, bulk writes
// into a large memory, stores that touch a new chunk, GC allocations and
// call-stack growth. Near the limit a collection runs first, so only data
// still alive counts.

// heapObjects is the runtime metric read: bytes in heap objects (live, or
// dead and not yet swept).
const heapObjects = "/memory/classes/heap/objects:bytes"

// gcAllocCheckEvery is how many small GC allocations run between looks at
// the heap; a large one (allocCheckBytes or more) is always checked.
const (
	gcAllocCheckEvery = 256
	allocCheckBytes   = 64 << 10
)

// heapBytes reads the Go heap's size.
func heapBytes() uint64 {
	s := []metrics.Sample{{Name: heapObjects}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// fits reports whether n more bytes fit under MaxMemory. A collection runs
// before saying no, unless one already ran since the heap last grew by an
// eighth of the limit (a program failing memory.grow in a loop must not
// collect on every try).
func (s *Store) fits(n uint64) bool {
	if s.MaxMemory == 0 {
		return true
	}
	h := hostBytes()
	if h <= s.MaxMemory && n <= s.MaxMemory-h {
		return true
	}
	if h > s.heapAfterGC+s.MaxMemory/8 || s.heapAfterGC == 0 {
		collect()
		h = hostBytes()
		s.heapAfterGC = h
	}
	return h <= s.MaxMemory && n <= s.MaxMemory-h
}

// outOfMemory traps at the current instruction: what needed the memory
// and the limit.
func (t *Thread) outOfMemory(what string) bool {
	t.trap(TrapOutOfMemory)
	t.err.(*Trap).Cause = fmt.Errorf("out of memory: %s (limit %s)", what, FormatBytes(t.store.MaxMemory))
	return false
}

// gcAllocFits checks a GC allocation of n bytes against the budget (every
// large one, every gcAllocCheckEvery-th small one), trapping if it does not
// fit.
func (t *Thread) gcAllocFits(n uint64, what string) bool {
	if t.store.MaxMemory == 0 {
		return true
	}
	t.allocs++
	if n < allocCheckBytes && t.allocs%gcAllocCheckEvery != 0 {
		return true
	}
	return t.store.fits(n) || t.outOfMemory(what)
}

// chunksToTouch counts the 64 KiB chunks of a large (chunked) memory that
// writing [off, off+n) would allocate, stopping past enough; 0 for a flat
// memory.
func (m *Memory) chunksToTouch(off, n, enough uint64) uint64 {
	if m.chunks == nil || n == 0 {
		return 0
	}
	count := uint64(0)
	for c := off >> chunkBits; c <= (off+n-1)>>chunkBits && count <= enough; c++ {
		if m.chunks[c] == nil {
			count++
		}
	}
	return count
}

// growFits reports whether growing a flat memory by delta pages fits the
// budget (a large memory's growth costs nothing until its pages are
// touched); memory.grow fails (-1) if not.
func (t *Thread) growFits(m *Memory, delta uint64) bool {
	if t.store.MaxMemory == 0 || m.chunks != nil || delta > flatLimit/chunkSize {
		return true // a chunked memory, or a growth the memory itself refuses
	}
	return t.store.fits(delta * chunkSize)
}

// stackFits checks that the call stack can hold n slots, trapping if
// growing it to do so passes the budget: the call-depth limit counts
// frames, and 5,000 frames of 49,999 locals are 6 GB.
func (t *Thread) stackFits(n int) bool {
	if n <= len(t.vals) || t.store.MaxMemory == 0 {
		return true
	}
	grown := uint64(max(n, 2*len(t.vals)))
	return t.store.fits(grown*slotBytes) || t.outOfMemory(fmt.Sprintf("a call stack of %d frames and %d slots", len(t.frames), grown))
}

// refBytes is what one table entry takes.
const refBytes = 16

// slotBytes is what one slot of the call stack takes: its bits and its
// reference.
const slotBytes = 8 + 16

// memoryWriteFits checks that writing n bytes at off of m fits the budget,
// trapping if not.
func (t *Thread) memoryWriteFits(m *Memory, off, n uint64) bool {
	if t.store.MaxMemory == 0 || m.chunks == nil {
		return true
	}
	k := m.chunksToTouch(off, n, t.store.MaxMemory/chunkSize)
	return k == 0 || t.store.fits(k*chunkSize) || t.outOfMemory(fmt.Sprintf("writing %s of memory", FormatBytes(k*chunkSize)))
}
