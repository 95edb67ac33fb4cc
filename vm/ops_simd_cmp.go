package vm

import (
	"math"

	"wasmstep/vm/wasm"
)

// Lane comparisons: each result lane is all ones where the relation holds,
// else zero. Float comparisons with a NaN are false, but ne is true.

var simdCmpOps = [wasm.NumOps]any{
	wasm.OpI8x16Eq: intCmp(8, eq), wasm.OpI8x16Ne: intCmp(8, ne),
	wasm.OpI8x16LtS: sCmp(8, lt), wasm.OpI8x16LtU: intCmp(8, lt), wasm.OpI8x16GtS: sCmp(8, gt), wasm.OpI8x16GtU: intCmp(8, gt),
	wasm.OpI8x16LeS: sCmp(8, le), wasm.OpI8x16LeU: intCmp(8, le), wasm.OpI8x16GeS: sCmp(8, ge), wasm.OpI8x16GeU: intCmp(8, ge),
	wasm.OpI16x8Eq: intCmp(16, eq), wasm.OpI16x8Ne: intCmp(16, ne),
	wasm.OpI16x8LtS: sCmp(16, lt), wasm.OpI16x8LtU: intCmp(16, lt), wasm.OpI16x8GtS: sCmp(16, gt), wasm.OpI16x8GtU: intCmp(16, gt),
	wasm.OpI16x8LeS: sCmp(16, le), wasm.OpI16x8LeU: intCmp(16, le), wasm.OpI16x8GeS: sCmp(16, ge), wasm.OpI16x8GeU: intCmp(16, ge),
	wasm.OpI32x4Eq: intCmp(32, eq), wasm.OpI32x4Ne: intCmp(32, ne),
	wasm.OpI32x4LtS: sCmp(32, lt), wasm.OpI32x4LtU: intCmp(32, lt), wasm.OpI32x4GtS: sCmp(32, gt), wasm.OpI32x4GtU: intCmp(32, gt),
	wasm.OpI32x4LeS: sCmp(32, le), wasm.OpI32x4LeU: intCmp(32, le), wasm.OpI32x4GeS: sCmp(32, ge), wasm.OpI32x4GeU: intCmp(32, ge),
	wasm.OpI64x2Eq: intCmp(64, eq), wasm.OpI64x2Ne: intCmp(64, ne),
	wasm.OpI64x2LtS: sCmp(64, lt), wasm.OpI64x2GtS: sCmp(64, gt), wasm.OpI64x2LeS: sCmp(64, le), wasm.OpI64x2GeS: sCmp(64, ge),

	wasm.OpF32x4Eq: f32Cmp(eq), wasm.OpF32x4Ne: f32Cmp(ne), wasm.OpF32x4Lt: f32Cmp(lt),
	wasm.OpF32x4Gt: f32Cmp(gt), wasm.OpF32x4Le: f32Cmp(le), wasm.OpF32x4Ge: f32Cmp(ge),
	wasm.OpF64x2Eq: f64Cmp(eq), wasm.OpF64x2Ne: f64Cmp(ne), wasm.OpF64x2Lt: f64Cmp(lt),
	wasm.OpF64x2Gt: f64Cmp(gt), wasm.OpF64x2Le: f64Cmp(le), wasm.OpF64x2Ge: f64Cmp(ge),
}

// relation names a comparison; Go's operators give IEEE semantics for
// floats (every relation but != is false with a NaN).
type relation uint8

const (
	eq relation = iota
	ne
	lt
	gt
	le
	ge
)

func holds[T int64 | uint64 | float32 | float64](r relation, x, y T) bool {
	switch r {
	case eq:
		return x == y
	case ne:
		return x != y
	case lt:
		return x < y
	case gt:
		return x > y
	case le:
		return x <= y
	}
	return x >= y
}

func intCmp(w uint, r relation) v128Binary {
	if r == eq || r == ne {
		tops, flip := laneTops(w), laneMask(r == ne)
		return func(a, b v128) v128 {
			return v128{swarEq(a.lo, b.lo, tops, w) ^ flip, swarEq(a.hi, b.hi, tops, w) ^ flip}
		}
	}
	return lanewise2(w, func(x, y uint64) uint64 { return laneMask(holds(r, x, y)) })
}

func sCmp(w uint, r relation) v128Binary {
	return lanewise2(w, func(x, y uint64) uint64 { return laneMask(holds(r, sext(x, w), sext(y, w))) })
}

func f32Cmp(r relation) v128Binary {
	return lanewise2(32, func(x, y uint64) uint64 {
		return laneMask(holds(r, math.Float32frombits(uint32(x)), math.Float32frombits(uint32(y))))
	})
}

func f64Cmp(r relation) v128Binary {
	return lanewise2(64, func(x, y uint64) uint64 {
		return laneMask(holds(r, math.Float64frombits(x), math.Float64frombits(y)))
	})
}
