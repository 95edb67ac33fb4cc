package wasm

import "iter"

// OpSet is a set of opcodes.
type OpSet struct{ bits []uint64 }

// Add puts op in the set.
func (s *OpSet) Add(op Op) {
	w := int(op) / 64
	if w >= len(s.bits) {
		s.grow(w)
	}
	s.bits[w] |= 1 << (op % 64)
}

// grow makes room for word w, out of line so that Add inlines: the decoder
// adds every instruction of a module.
func (s *OpSet) grow(w int) {
	s.bits = append(s.bits, make([]uint64, w+1-len(s.bits))...)
}

// Has reports whether op is in the set.
func (s *OpSet) Has(op Op) bool {
	w := int(op) / 64
	return w < len(s.bits) && s.bits[w]&(1<<(op%64)) != 0
}

// All yields the opcodes of the set in increasing order.
func (s *OpSet) All() iter.Seq[Op] {
	return func(yield func(Op) bool) {
		for w, b := range s.bits {
			for i := range 64 {
				if b&(1<<i) != 0 && !yield(Op(w*64+i)) {
					return
				}
			}
		}
	}
}

// UsedOps returns the opcodes the module's function bodies use: as the
// decoder recorded them, or else found by reading the bodies, so a question
// about the whole code of a compiled program does not decode it again.
func (m *Module) UsedOps() *OpSet {
	if m.CodeOps != nil {
		return m.CodeOps
	}
	s := &OpSet{}
	var scratch []Instr
	for i := range m.Funcs {
		body := m.Funcs[i].ReadBody(&scratch)
		for j := range body {
			s.Add(body[j].Op)
		}
	}
	return s
}
