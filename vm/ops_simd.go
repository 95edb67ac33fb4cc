package vm

// Vector instructions are written as pure functions on v128 values, one per
// instruction, grouped by how they use the stack; the handlers below read
// the operands from their slots, call the function and write the result.
// Every operand is read before the result is written, so a result slot may
// be an operand slot.

type (
	v128Unary   func(a v128) v128
	v128Binary  func(a, b v128) v128
	v128Ternary func(a, b, c v128) v128
	v128Shift   func(a v128, n uint64) v128 // the shift count is an i32 operand
	v128Test    func(a v128) uint64         // to an i32: any_true, all_true, bitmask
	v128Splat   func(x uint64) v128         // from a scalar
)

// unaryHandler: s[a:a+2] = f(s[b:b+2]).
func unaryHandler(f v128Unary) handler {
	return func(t *Thread, o *op) *op {
		t.pc = int(o.pc)

		f(slotsV128(t.s, o.b)).put(t.s, o.a)
		return next(o)
	}
}

// binaryHandler: s[a:a+2] = f(s[b:b+2], s[c:c+2]).
func binaryHandler(f v128Binary) handler {
	return func(t *Thread, o *op) *op {
		t.pc = int(o.pc)

		f(slotsV128(t.s, o.b), slotsV128(t.s, o.c)).put(t.s, o.a)
		return next(o)
	}
}

// ternaryHandler: s[a:a+2] = f(s[b:b+2], s[c:c+2], s[imm:imm+2]).
func ternaryHandler(f v128Ternary) handler {
	return func(t *Thread, o *op) *op {
		t.pc = int(o.pc)

		f(slotsV128(t.s, o.b), slotsV128(t.s, o.c), slotsV128(t.s, int32(o.imm))).put(t.s, o.a)
		return next(o)
	}
}

// shiftHandler: s[a:a+2] = f(s[b:b+2], s[c]).
func shiftHandler(f v128Shift) handler {
	return func(t *Thread, o *op) *op {
		t.pc = int(o.pc)

		f(slotsV128(t.s, o.b), uint64(uint32(t.s[o.c]))).put(t.s, o.a)
		return next(o)
	}
}

// testHandler: s[a] = f(s[b:b+2]).
func testHandler(f v128Test) handler {
	return func(t *Thread, o *op) *op {
		t.pc = int(o.pc)

		t.s[o.a] = f(slotsV128(t.s, o.b))
		return next(o)
	}
}

// splatHandler: s[a:a+2] = f(s[b]).
func splatHandler(f v128Splat) handler {
	return func(t *Thread, o *op) *op {
		t.pc = int(o.pc)

		f(t.s[o.b]).put(t.s, o.a)
		return next(o)
	}
}

// lanewise1 applies f to every lane of width w.
func lanewise1(w uint, f func(x uint64) uint64) v128Unary {
	n := int(128 / w)
	return func(a v128) (r v128) {
		for i := range n {
			r.setLane(w, i, f(a.lane(w, i)))
		}
		return r
	}
}

// lanewise2 applies f to every pair of lanes of width w.
func lanewise2(w uint, f func(x, y uint64) uint64) v128Binary {
	n := int(128 / w)
	return func(a, b v128) (r v128) {
		for i := range n {
			r.setLane(w, i, f(a.lane(w, i), b.lane(w, i)))
		}
		return r
	}
}
