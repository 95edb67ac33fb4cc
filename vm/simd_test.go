package vm

import (
	"errors"
	"math"
	"testing"

	"wasmstep/vm/wasm"
)

// TestSIMD runs vector code in both lowered forms, including each relaxed
// instruction's documented deterministic choice.
func TestSIMD(t *testing.T) {
	f64s := func(x, y float64) Value { return V128(math.Float64bits(x), math.Float64bits(y)) }
	i32s := func(a, b, c, d uint32) Value {
		return V128(uint64(a)|uint64(b)<<32, uint64(c)|uint64(d)<<32)
	}
	tests := []struct {
		fn   string
		args []Value
		want Value
	}{
		{"dot", []Value{I32(0), I32(16), I32(4)}, I32(1*5 + 2*6 + 3*7 + 4*8)},
		{"shape", []Value{I32(3), I32(2), I32(100)}, I32(100 + 6)},
		{"reverse", []Value{V128(0x0706050403020100, 0x0f0e0d0c0b0a0908)}, V128(0x08090a0b0c0d0e0f, 0x0001020304050607)},
		{"lanes", []Value{I32(16), i32s(9, 9, 9, 9)}, i32s(9, 5, 9, 9)},
		{"load", []Value{I32(0)}, i32s(3, 4, 5, 9)}, // after "lanes" stored 9 at 20
		{"bitmask", []Value{V128(0x00000000000080ff, 0x8000000000000000)}, I32(0x8003)},
		// Unfused: 1e308*10 overflows to +inf before -inf is added, giving NaN;
		// (1+2^-52)^2 - 1 loses the 2^-104 term.
		{"relaxed_madd", []Value{f64s(1e308, 1+0x1p-52), f64s(10, 1+0x1p-52), f64s(math.Inf(-1), -1)}, f64s(math.NaN(), 0x1p-51)},
		// Both signed, pairs added with saturation: -128*-128*2 = 32768 -> 32767.
		{"relaxed_dot", []Value{V128(0x8080, 0), V128(0x8080, 0)}, V128(0x7fff, 0)},
		{"relaxed_laneselect", []Value{i32s(0xffffffff, 0, 0, 0), i32s(0, 0xffffffff, 0, 0), i32s(0x0000ffff, 0x0000ffff, 0, 0)}, i32s(0x0000ffff, 0xffff0000, 0, 0)},
		{"relaxed_swizzle", []Value{V128(0x0706050403020100, 0x0f0e0d0c0b0a0908), V128(0x80ff10_0f_01, 0)}, V128(0x0f01, 0)},
		{"relaxed_trunc", []Value{i32s(math.Float32bits(float32(math.NaN())), math.Float32bits(-1), math.Float32bits(5e9), math.Float32bits(2.5))}, i32s(0, 0, 0xffffffff, 2)},
		{"relaxed_q15mulr", []Value{V128(0x8000, 0), V128(0x8000, 0)}, V128(0x7fff, 0)},
		{"relaxed_min", []Value{i32s(0x80000000, 0x7fc00000, 0, 0), i32s(0, 0x3f800000, 0, 0)}, i32s(0x80000000, 0x7fc00000, 0, 0)},
		{"global", nil, i32s(1, 2, 3, 4)},
	}
	for _, form := range forms {
		inst := loadWat(t, "simd.wat")
		for _, tt := range tests {
			res, err := call(t, inst, form.debug, tt.fn, tt.args...)
			if err != nil {
				t.Errorf("%s %s: %v", form.name, tt.fn, err)
				continue
			}
			if len(res) != 1 || !sameBits(res[0], tt.want) {
				t.Errorf("%s %s = %v, want %v", form.name, tt.fn, res, tt.want)
			}
		}
	}
}

// sameBits compares values bit for bit, treating any two NaNs in an f64
// lane as equal.
func sameBits(got, want Value) bool {
	if got.Type != want.Type {
		return false
	}
	lane := func(g, w uint64) bool {
		return g == w || math.IsNaN(math.Float64frombits(g)) && math.IsNaN(math.Float64frombits(w))
	}
	return lane(got.Bits, want.Bits) && lane(got.Hi, want.Hi)
}

func TestSIMDTraps(t *testing.T) {
	for _, form := range forms {
		inst := loadWat(t, "simd.wat")
		for _, addr := range []int32{65536 - 23, -1} {
			_, err := call(t, inst, form.debug, "load", I32(addr))
			var tr *Trap
			if !errors.As(err, &tr) || tr.Kind != TrapOutOfBoundsMemory {
				t.Errorf("%s load(%#x): %v, want out of bounds", form.name, addr, err)
			}
		}
		_, err := call(t, inst, form.debug, "lanes", I32(65533), V128(0, 0))
		var tr *Trap
		if !errors.As(err, &tr) || tr.Kind != TrapOutOfBoundsMemory {
			t.Errorf("%s lanes: %v, want out of bounds", form.name, err)
		}
	}
}

// TestSIMDOpsAllLower checks that every vector instruction of the opcode
// table has a handler, directly or built from its immediates.
func TestSIMDOpsAllLower(t *testing.T) {
	n := 0
	for i, info := range wasm.Ops {
		if info.Prefix != 0xFD {
			continue
		}
		n++
		op := wasm.Op(i)
		if simdHandlers[op] == nil && simdBuilders[op] == nil {
			t.Errorf("%s has no handler", op)
		}
	}
	entries := 0
	for op := range wasm.NumOps {
		if simdHandlers[op] != nil || simdBuilders[op] != nil {
			entries++
		}
	}
	if n != entries {
		t.Errorf("%d vector instructions, %d with handlers or builders", n, entries)
	}
}
