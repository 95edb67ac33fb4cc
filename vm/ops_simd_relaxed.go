package vm

import (
	"wasmstep/vm/num"
	"wasmstep/vm/wasm"
)

// Relaxed SIMD lets each instruction return one of a few results, chosen
// once by the implementation. wasmstep always takes the specification's
// deterministic profile, which picks the first listed alternative:
//
//   - i8x16.relaxed_swizzle: swizzle (an index past 15 gives 0).
//   - i32x4.relaxed_trunc_f32x4_s/_u, relaxed_trunc_f64x2_s/u_zero: the
//     trunc_sat instructions (NaN gives 0, out of range saturates).
//   - f32x4/f64x2.relaxed_madd and relaxed_nmadd: unfused, a*b rounded then
//     +c rounded (nmadd: (-a)*b + c).
//   - i8x16/i16x8/i32x4/i64x2.relaxed_laneselect: bitselect, the mask used
//     bit by bit.
//   - f32x4/f64x2.relaxed_min and relaxed_max: min and max.
//   - i16x8.relaxed_q15mulr_s: q15mulr_sat_s (-1 * -1 saturates).
//   - i16x8.relaxed_dot_i8x16_i7x16_s: both operands signed, each pair of
//     products added with signed saturation to i16;
//     i32x4.relaxed_dot_i8x16_i7x16_add_s: that, pairs then added to i32 and
//     the third operand's lanes added (wrapping).
//
// The results are pure functions of the operands, so two runs agree.
var simdRelaxedOps = [wasm.NumOps]any{
	wasm.OpI8x16RelaxedSwizzle:           v128Binary(swizzle),
	wasm.OpI32x4RelaxedTruncF32x4S:       simdConvertOps[wasm.OpI32x4TruncSatF32x4S],
	wasm.OpI32x4RelaxedTruncF32x4U:       simdConvertOps[wasm.OpI32x4TruncSatF32x4U],
	wasm.OpI32x4RelaxedTruncF64x2SZero:   simdConvertOps[wasm.OpI32x4TruncSatF64x2SZero],
	wasm.OpI32x4RelaxedTruncF64x2UZero:   simdConvertOps[wasm.OpI32x4TruncSatF64x2UZero],
	wasm.OpF32x4RelaxedMadd:              madd(32, false),
	wasm.OpF32x4RelaxedNmadd:             madd(32, true),
	wasm.OpF64x2RelaxedMadd:              madd(64, false),
	wasm.OpF64x2RelaxedNmadd:             madd(64, true),
	wasm.OpI8x16RelaxedLaneselect:        v128Ternary(bitselect),
	wasm.OpI16x8RelaxedLaneselect:        v128Ternary(bitselect),
	wasm.OpI32x4RelaxedLaneselect:        v128Ternary(bitselect),
	wasm.OpI64x2RelaxedLaneselect:        v128Ternary(bitselect),
	wasm.OpF32x4RelaxedMin:               simdFloatOps[wasm.OpF32x4Min],
	wasm.OpF32x4RelaxedMax:               simdFloatOps[wasm.OpF32x4Max],
	wasm.OpF64x2RelaxedMin:               simdFloatOps[wasm.OpF64x2Min],
	wasm.OpF64x2RelaxedMax:               simdFloatOps[wasm.OpF64x2Max],
	wasm.OpI16x8RelaxedQ15mulrS:          q15mulrSat,
	wasm.OpI16x8RelaxedDotI8x16I7x16S:    v128Binary(relaxedDot),
	wasm.OpI32x4RelaxedDotI8x16I7x16AddS: v128Ternary(relaxedDotAdd),
}

// madd computes a*b+c per lane of width w with two roundings; negate
// flips the sign of a first.
func madd(w uint, negate bool) v128Ternary {
	return func(a, b, c v128) (r v128) {
		for i := range int(128 / w) {
			x, y, z := a.lane(w, i), b.lane(w, i), c.lane(w, i)
			if w == 32 {
				if negate {
					x = uint64(num.F32Neg(uint32(x)))
				}
				r.setLane(w, i, uint64(num.F32Add(num.F32Mul(uint32(x), uint32(y)), uint32(z))))
				continue
			}
			if negate {
				x = num.F64Neg(x)
			}
			r.setLane(w, i, num.F64Add(num.F64Mul(x, y), z))
		}
		return r
	}
}

// relaxedDot multiplies signed bytes and adds adjacent products with
// signed saturation into i16 lanes.
func relaxedDot(a, b v128) (r v128) {
	for i := range 8 {
		p := sext(a.lane(8, 2*i), 8)*sext(b.lane(8, 2*i), 8) + sext(a.lane(8, 2*i+1), 8)*sext(b.lane(8, 2*i+1), 8)
		r.setLane(16, i, clampS(p, 16))
	}
	return r
}

// relaxedDotAdd adds adjacent i16 lanes of relaxedDot into i32 lanes, then
// the lanes of c.
func relaxedDotAdd(a, b, c v128) v128 {
	return i32x4Add(i32x4ExtaddPairwiseS(relaxedDot(a, b)), c)
}

var (
	i32x4Add             = intAdd(32)
	i32x4ExtaddPairwiseS = extaddPairwise(16, true)
)
