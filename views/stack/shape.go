package stack

import "strings"

// Shape is how a v128 is split into lanes for display.
type Shape uint8

// Lane shapes, as in the text format.
const (
	I8x16 Shape = iota
	I16x8
	I32x4
	I64x2
	F32x4
	F64x2
)

// Shapes names the shapes for selectors, in Shape order.
var Shapes = []string{"i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2"}

// laneBits is the width of one lane; an unknown shape reads as 32 bits.
func (s Shape) laneBits() int {
	switch s {
	case I8x16:
		return 8
	case I16x8:
		return 16
	case I64x2, F64x2:
		return 64
	}
	return 32
}

func (s Shape) isFloat() bool { return s == F32x4 || s == F64x2 }

// text writes the lanes of lo:hi, lane 0 first, separated by spaces.
func (s Shape) text(lo, hi uint64, f Format) string {
	bits := s.laneBits()
	perHalf := 64 / bits
	lanes := make([]string, 0, 2*perHalf)
	for _, half := range []uint64{lo, hi} {
		for i := range perHalf {
			lane := half >> (i * bits)
			if s.isFloat() {
				lanes = append(lanes, floatText(lane, bits, f))
			} else {
				lanes = append(lanes, intText(lane, bits, f))
			}
		}
	}
	return strings.Join(lanes, " ")
}

// ShapeOf is the shape instr works in, if it names one: the prefix of a SIMD
// mnemonic (i16x8.add, f32x4.mul ...) or the shape of a v128.const. instr may
// carry immediates, as in "v128.const i16x8 1 2 3 4 5 6 7 8".
func ShapeOf(instr string) (Shape, bool) {
	prefix, _, _ := strings.Cut(instr, ".")
	if rest, ok := strings.CutPrefix(instr, "v128.const "); ok {
		prefix, _, _ = strings.Cut(rest, " ")
	}
	for i, name := range Shapes {
		if prefix == name {
			return Shape(i), true
		}
	}
	return 0, false
}
