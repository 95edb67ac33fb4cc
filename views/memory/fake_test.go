package memory

// fakeMem is a memory of any size that is zero except for data at base.
type fakeMem struct {
	size, base uint64
	data       []byte
}

func (m fakeMem) Size() uint64 { return m.size }

func (m fakeMem) ReadAt(p []byte, addr uint64) int {
	n := 0
	for ; n < len(p) && addr+uint64(n) < m.size; n++ {
		a := addr + uint64(n)
		p[n] = 0
		if a >= m.base && a-m.base < uint64(len(m.data)) {
			p[n] = m.data[a-m.base]
		}
	}
	return n
}
