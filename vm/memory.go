package vm

import (
	"encoding/binary"

	"wasmstep/vm/wasm"
)

// Storage choice: a memory whose current size is at most flatLimit bytes
// keeps its bytes in one contiguous slice (the fast path of every load and
// store); a larger one, e.g. a memory64 declared with a 16 GiB minimum, keeps
// 64 KiB chunks in a map, allocated on the first write, so it costs only the
// pages a program touches. A flat memory that grows past flatLimit moves to
// chunks once.
const (
	flatLimit = 1 << 30
	chunkBits = 16
	chunkSize = 1 << chunkBits
)

type chunk = [chunkSize]byte

// Memory is a linear memory.
type Memory struct {
	Type wasm.MemType

	flat []byte       // the bytes while the memory is flat; nil when chunked
	res  *reservation // where flat lives and grows (memory_reserve.go); nil when chunked
	// wflat is what the store handlers write through: flat while no
	// checkpoint tracks the memory and nothing observes its writes, nil
	// otherwise, so those stores take the slow path that saves chunks first
	// (checkpoint_memory.go) and notes them (memory_observe.go), and the
	// others pay nothing.
	wflat  []byte
	undo   *memUndo // the latest checkpoint's log for this memory; nil: untracked
	chunks map[uint64]*chunk
	size   uint64 // bytes
	limit  uint64 // maximum size in bytes: the declared max, the address space and the store's limit

	// waits holds a shared memory's waiting threads (wait.go); nil when unshared.
	waits *waitQueue

	// OnGrow, when set (by a debugger), is told of every successful
	// memory.grow: by which thread (other threads of a shared memory run on
	// goroutines of their own), the old and new sizes in pages; nil costs
	// one test per grow.
	OnGrow func(t *Thread, old, pages uint64)

	// observe hears of written ranges (memory_observe.go) in batches;
	// [wStart, wEnd) is the latest run of writes not passed on to the
	// batch yet, older the runs pending before it, the one at index
	// oldest passed on next.
	observe      func(ranges [][2]uint64)
	batch        [][2]uint64
	wStart, wEnd uint64
	older        [pendingRuns - 1][2]uint64
	oldest       int
	watched      [][2]uint64 // ranges whose writes call onWatched at once
	onWatched    func()
	// [heardLo, heardHi): writes the observer has no use for until the
	// next flush (HearNoMoreOf); empty by default.
	heardLo, heardHi uint64
	// [laneLo, laneHi) is where stores may skip the slow path's work
	// (memory_lane.go); empty when closed.
	laneLo, laneHi uint64
}

// NewMemory creates a memory of type t. maxBytes caps its growth beyond the
// declared maximum (0: no cap but the address space). It fails when the
// minimum size does not fit under the cap.
func NewMemory(t wasm.MemType, maxBytes uint64) (*Memory, bool) {
	m := &Memory{Type: t, limit: memAddressLimit(t)}
	if t.Limits.HasMax && t.Limits.Max <= m.limit/wasm.PageSize {
		m.limit = t.Limits.Max * wasm.PageSize
	}
	if maxBytes != 0 && maxBytes < m.limit {
		m.limit = maxBytes
	}
	if t.Limits.Min > m.limit/wasm.PageSize {
		return nil, false
	}
	m.size = t.Limits.Min * wasm.PageSize
	if t.Shared {
		return m, m.reserveShared()
	}
	if m.size > flatLimit {
		m.chunks = map[uint64]*chunk{}
		return m, true
	}
	m.reserve(min(m.limit, flatLimit), false)
	return m, m.growFlat(m.size)
}

// memAddressLimit is the most bytes an address type can reach: 4 GiB for
// memory32, 2^64 - 64 KiB (the largest page multiple) for memory64.
func memAddressLimit(t wasm.MemType) uint64 {
	if t.Addr64 {
		return ^uint64(0) - wasm.PageSize + 1
	}
	return 1 << 32
}

// Kind reports ExternMem.
func (m *Memory) Kind() wasm.ExternKind { return wasm.ExternMem }

// Size returns the size in bytes.
func (m *Memory) Size() uint64 { return m.size }

// Pages returns the size in 64 KiB pages.
func (m *Memory) Pages() uint64 { return m.size / wasm.PageSize }

// Grow adds delta pages and returns the old size in pages; ok is false (and
// nothing changes) if the result would pass the maximum.
func (m *Memory) Grow(delta uint64) (old uint64, ok bool) {
	if m.waits != nil { // threads may grow a shared memory at once
		m.waits.mu.Lock()
		defer m.waits.mu.Unlock()
	}
	old = m.Pages()
	if delta > (m.limit-m.size)/wasm.PageSize {
		return old, false
	}
	newSize := m.size + delta*wasm.PageSize
	if m.flat != nil || m.chunks == nil {
		if newSize <= flatLimit || m.Type.Shared { // a shared memory never leaves its reservation
			if !m.growFlat(newSize) {
				return old, false
			}
			m.size = newSize
			return old, true
		}
		m.toChunks()
	}
	m.size = newSize
	return old, true
}

// growFlat makes the flat bytes newSize long inside the reservation;
// false (nothing changed) if the system refuses the memory.
func (m *Memory) growFlat(newSize uint64) bool {
	b, ok := m.res.grow(newSize)
	if ok {
		m.setFlat(b)
	}
	return ok
}

func (m *Memory) toChunks() {
	m.chunks = map[uint64]*chunk{}
	for i := uint64(0); i < uint64(len(m.flat)); i += chunkSize {
		src := m.flat[i : i+chunkSize]
		if !allZero(src) {
			c := new(chunk)
			copy(c[:], src)
			m.chunks[i>>chunkBits] = c
		}
	}
	m.setFlat(nil)
	m.dropReservation()
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// inBounds reports whether [off, off+n) lies inside the memory.
func (m *Memory) inBounds(off, n uint64) bool {
	return off <= m.size && n <= m.size-off
}

// ReadAt copies len(p) bytes at off into p; false if out of bounds.
func (m *Memory) ReadAt(p []byte, off uint64) bool {
	n := uint64(len(p))
	if !m.inBounds(off, n) {
		return false
	}
	if m.chunks == nil {
		copy(p, m.flat[off:off+n])
		return true
	}
	for len(p) > 0 {
		c, in := m.chunks[off>>chunkBits], off&(chunkSize-1)
		k := min(uint64(len(p)), chunkSize-in)
		if c == nil {
			clear(p[:k])
		} else {
			copy(p[:k], c[in:in+k])
		}
		p, off = p[k:], off+k
	}
	return true
}

// WriteAt copies p into the memory at off; false (nothing written) if out of
// bounds.
func (m *Memory) WriteAt(p []byte, off uint64) bool {
	n := uint64(len(p))
	if !m.inBounds(off, n) {
		return false
	}
	m.logWrite(off, n)
	if m.chunks == nil {
		copy(m.flat[off:off+n], p)
		return true
	}
	for len(p) > 0 {
		in := off & (chunkSize - 1)
		k := min(uint64(len(p)), chunkSize-in)
		copy(m.chunkFor(off)[in:in+k], p[:k])
		p, off = p[k:], off+k
	}
	return true
}

// chunkFor returns the chunk holding off, allocating it on first write.
func (m *Memory) chunkFor(off uint64) *chunk {
	i := off >> chunkBits
	c := m.chunks[i]
	if c == nil {
		c = new(chunk)
		m.chunks[i] = c
	}
	return c
}

// Fill sets n bytes at off to b; false (nothing written) if out of bounds.
func (m *Memory) Fill(off, n uint64, b byte) bool {
	if !m.inBounds(off, n) {
		return false
	}
	m.logWrite(off, n)
	if m.chunks == nil {
		fillBytes(m.flat[off:off+n], b)
		return true
	}
	for n > 0 {
		in := off & (chunkSize - 1)
		k := min(n, chunkSize-in)
		if c := m.chunks[off>>chunkBits]; c != nil || b != 0 {
			fillBytes(m.chunkFor(off)[in:in+k], b)
		}
		n, off = n-k, off+k
	}
	return true
}

func fillBytes(p []byte, b byte) {
	if b == 0 {
		clear(p)
		return
	}
	if len(p) == 0 {
		return
	}
	p[0] = b
	for n := 1; n < len(p); n *= 2 { // doubling copies run at memmove speed
		copy(p[n:], p[:n])
	}
}

// CopyWithin copies n bytes from src to dst of the same memory, as if
// through a temporary buffer; false (nothing copied) if out of bounds.
func (m *Memory) CopyWithin(dst, src, n uint64) bool {
	if !m.inBounds(dst, n) || !m.inBounds(src, n) {
		return false
	}
	if m.chunks == nil {
		m.logWrite(dst, n)
		copy(m.flat[dst:dst+n], m.flat[src:src+n])
		return true
	}
	return copyMemory(m, dst, m, src, n)
}

// copyMemory copies between two memories (or within one) in bounded
// pieces, in the direction that makes overlapping ranges safe.
func copyMemory(dm *Memory, dst uint64, sm *Memory, src, n uint64) bool {
	if !dm.inBounds(dst, n) || !sm.inBounds(src, n) {
		return false
	}
	if dm.chunks == nil && sm.chunks == nil {
		dm.logWrite(dst, n)
		copy(dm.flat[dst:dst+n], sm.flat[src:src+n])
		return true
	}
	var buf [chunkSize]byte
	if dm != sm || dst <= src {
		for n > 0 {
			k := min(n, chunkSize)
			sm.ReadAt(buf[:k], src)
			dm.WriteAt(buf[:k], dst)
			n, src, dst = n-k, src+k, dst+k
		}
		return true
	}
	for n > 0 { // overlapping, dst above src: copy from the end
		k := min(n, chunkSize)
		n -= k
		sm.ReadAt(buf[:k], src+n)
		dm.WriteAt(buf[:k], dst+n)
	}
	return true
}

// Bytes returns the memory's bytes if it is flat (the slice aliases the
// memory and is valid until the next Grow), or nil if it is chunked.
func (m *Memory) Bytes() []byte { return m.flat }

// load and store are the slow paths of the access handlers: chunked
// memories, and effective addresses past the flat fast path's checks.
func (m *Memory) load(ea uint64, size uint64) (uint64, bool) {
	var buf [8]byte
	if !m.ReadAt(buf[:size], ea) {
		return 0, false
	}
	return binary.LittleEndian.Uint64(buf[:]), true
}

func (m *Memory) store(ea uint64, size uint64, v uint64) bool {
	if m.chunks == nil && m.inBounds(ea, size) {
		// A flat memory a checkpoint tracks or a debugger observes: the
		// common slow-path store, written in place without a copy.
		m.logWrite(ea, size)
		m.putFlat(ea, size, v)
		return true
	}
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], v)
	return m.WriteAt(buf[:size], ea)
}

// putFlat writes the low size bytes of v at ea of a flat memory.
func (m *Memory) putFlat(ea, size, v uint64) {
	b := m.flat[ea:]
	switch size {
	case 1:
		b[0] = byte(v)
	case 2:
		binary.LittleEndian.PutUint16(b, uint16(v))
	case 4:
		binary.LittleEndian.PutUint32(b, uint32(v))
	default:
		binary.LittleEndian.PutUint64(b, v)
	}
}
