package vm

// The atomic accesses of a memory at an effective address already checked
// to be in bounds and aligned. A flat memory (every shared one) is accessed
// in place; a chunked one is never shared, so its chunk is accessed the
// same way without other threads to race with. Writes are logged first for
// checkpoints, as the store handlers' slow path does.

// atomicSpan returns the bytes holding ea for a write and the offset of ea
// in them, allocating a chunked memory's chunk. An aligned access never
// crosses a chunk.
func (m *Memory) atomicSpan(ea uint64) ([]byte, uint64) {
	if m.chunks == nil {
		return m.flat, ea
	}
	return m.chunkFor(ea)[:], ea & (chunkSize - 1)
}

func (m *Memory) atomicLoad(ea, size uint64) uint64 {
	if m.chunks == nil {
		return atomicLoadBytes(m.flat, ea, size)
	}
	c := m.chunks[ea>>chunkBits]
	if c == nil {
		return 0 // untouched
	}
	return atomicLoadBytes(c[:], ea&(chunkSize-1), size)
}

func (m *Memory) atomicStore(ea, size, v uint64) {
	m.logWrite(ea, size)
	b, off := m.atomicSpan(ea)
	atomicStoreBytes(b, off, size, v)
}

func (m *Memory) atomicRMW(ea, size uint64, k rmwKind, v uint64) uint64 {
	m.logWrite(ea, size)
	b, off := m.atomicSpan(ea)
	return atomicRMWBytes(b, off, size, k, v)
}

func (m *Memory) atomicCmpxchg(ea, size, expected, repl uint64) uint64 {
	m.logWrite(ea, size)
	b, off := m.atomicSpan(ea)
	return atomicCmpxchgBytes(b, off, size, expected, repl)
}
