package vm

import (
	"wasmstep/vm/num"
	"wasmstep/vm/wasm"
)

// Lane conversions: narrowing, widening (extend, extmul, extadd_pairwise,
// dot) and between floats and integers.

var simdConvertOps = [wasm.NumOps]any{
	wasm.OpI8x16NarrowI16x8S: narrow(16, clampS), wasm.OpI8x16NarrowI16x8U: narrow(16, clampU),
	wasm.OpI16x8NarrowI32x4S: narrow(32, clampS), wasm.OpI16x8NarrowI32x4U: narrow(32, clampU),

	wasm.OpI16x8ExtendLowI8x16S: extend(8, 0, true), wasm.OpI16x8ExtendHighI8x16S: extend(8, 8, true),
	wasm.OpI16x8ExtendLowI8x16U: extend(8, 0, false), wasm.OpI16x8ExtendHighI8x16U: extend(8, 8, false),
	wasm.OpI32x4ExtendLowI16x8S: extend(16, 0, true), wasm.OpI32x4ExtendHighI16x8S: extend(16, 4, true),
	wasm.OpI32x4ExtendLowI16x8U: extend(16, 0, false), wasm.OpI32x4ExtendHighI16x8U: extend(16, 4, false),
	wasm.OpI64x2ExtendLowI32x4S: extend(32, 0, true), wasm.OpI64x2ExtendHighI32x4S: extend(32, 2, true),
	wasm.OpI64x2ExtendLowI32x4U: extend(32, 0, false), wasm.OpI64x2ExtendHighI32x4U: extend(32, 2, false),

	wasm.OpI16x8ExtmulLowI8x16S: extmul(8, 0, true), wasm.OpI16x8ExtmulHighI8x16S: extmul(8, 8, true),
	wasm.OpI16x8ExtmulLowI8x16U: extmul(8, 0, false), wasm.OpI16x8ExtmulHighI8x16U: extmul(8, 8, false),
	wasm.OpI32x4ExtmulLowI16x8S: extmul(16, 0, true), wasm.OpI32x4ExtmulHighI16x8S: extmul(16, 4, true),
	wasm.OpI32x4ExtmulLowI16x8U: extmul(16, 0, false), wasm.OpI32x4ExtmulHighI16x8U: extmul(16, 4, false),
	wasm.OpI64x2ExtmulLowI32x4S: extmul(32, 0, true), wasm.OpI64x2ExtmulHighI32x4S: extmul(32, 2, true),
	wasm.OpI64x2ExtmulLowI32x4U: extmul(32, 0, false), wasm.OpI64x2ExtmulHighI32x4U: extmul(32, 2, false),

	wasm.OpI16x8ExtaddPairwiseI8x16S: extaddPairwise(8, true), wasm.OpI16x8ExtaddPairwiseI8x16U: extaddPairwise(8, false),
	wasm.OpI32x4ExtaddPairwiseI16x8S: extaddPairwise(16, true), wasm.OpI32x4ExtaddPairwiseI16x8U: extaddPairwise(16, false),
	wasm.OpI32x4DotI16x8S: v128Binary(dotI16x8),

	wasm.OpI32x4TruncSatF32x4S: lanewise1(32, func(x uint64) uint64 { return uint64(num.I32TruncSatF32S(uint32(x))) }),
	wasm.OpI32x4TruncSatF32x4U: lanewise1(32, func(x uint64) uint64 { return uint64(num.I32TruncSatF32U(uint32(x))) }),
	wasm.OpF32x4ConvertI32x4S:  lanewise1(32, func(x uint64) uint64 { return uint64(num.F32ConvertI32S(uint32(x))) }),
	wasm.OpF32x4ConvertI32x4U:  lanewise1(32, func(x uint64) uint64 { return uint64(num.F32ConvertI32U(uint32(x))) }),

	wasm.OpI32x4TruncSatF64x2SZero: fromF64Zero(func(x uint64) uint64 { return uint64(num.I32TruncSatF64S(x)) }),
	wasm.OpI32x4TruncSatF64x2UZero: fromF64Zero(func(x uint64) uint64 { return uint64(num.I32TruncSatF64U(x)) }),
	wasm.OpF32x4DemoteF64x2Zero:    fromF64Zero(func(x uint64) uint64 { return uint64(num.F32DemoteF64(x)) }),
	wasm.OpF64x2ConvertLowI32x4S:   toF64Low(func(x uint32) uint64 { return num.F64ConvertI32S(x) }),
	wasm.OpF64x2ConvertLowI32x4U:   toF64Low(func(x uint32) uint64 { return num.F64ConvertI32U(x) }),
	wasm.OpF64x2PromoteLowF32x4:    toF64Low(num.F64PromoteF32),
}

// narrow packs the lanes of width w of both operands (first a, then b) into
// lanes of w/2, saturating each with clamp.
func narrow(w uint, clamp func(x int64, w uint) uint64) v128Binary {
	n := int(128 / w)
	return func(a, b v128) (r v128) {
		for i := range n {
			r.setLane(w/2, i, clamp(sext(a.lane(w, i), w), w/2))
			r.setLane(w/2, n+i, clamp(sext(b.lane(w, i), w), w/2))
		}
		return r
	}
}

// widen reads lane i of width w, sign- or zero-extended.
func widen(a v128, w uint, i int, signed bool) uint64 {
	x := a.lane(w, i)
	if signed {
		return uint64(sext(x, w))
	}
	return x
}

// extend widens the lanes of width w starting at lane from (the low or the
// high half) to lanes of 2w.
func extend(w uint, from int, signed bool) v128Unary {
	n := int(64 / w)
	return func(a v128) (r v128) {
		for i := range n {
			r.setLane(2*w, i, widen(a, w, from+i, signed))
		}
		return r
	}
}

// extmul multiplies the widened lanes of one half of both operands.
func extmul(w uint, from int, signed bool) v128Binary {
	n := int(64 / w)
	return func(a, b v128) (r v128) {
		for i := range n {
			r.setLane(2*w, i, widen(a, w, from+i, signed)*widen(b, w, from+i, signed))
		}
		return r
	}
}

// extaddPairwise adds adjacent widened lanes.
func extaddPairwise(w uint, signed bool) v128Unary {
	n := int(64 / w)
	return func(a v128) (r v128) {
		for i := range n {
			r.setLane(2*w, i, widen(a, w, 2*i, signed)+widen(a, w, 2*i+1, signed))
		}
		return r
	}
}

// dotI16x8 multiplies signed i16 lanes and adds adjacent products, wrapping
// (only -32768*-32768 twice overflows).
func dotI16x8(a, b v128) (r v128) {
	for i := range 4 {
		p := sext(a.lane(16, 2*i), 16)*sext(b.lane(16, 2*i), 16) + sext(a.lane(16, 2*i+1), 16)*sext(b.lane(16, 2*i+1), 16)
		r.setLane(32, i, uint64(p))
	}
	return r
}

// fromF64Zero converts the two f64 lanes into the two low 32-bit lanes and
// zeroes the high ones.
func fromF64Zero(f func(x uint64) uint64) v128Unary {
	return func(a v128) (r v128) {
		r.setLane(32, 0, f(a.lo))
		r.setLane(32, 1, f(a.hi))
		return r
	}
}

// toF64Low converts the two low 32-bit lanes to f64 lanes.
func toF64Low(f func(x uint32) uint64) v128Unary {
	return func(a v128) v128 {
		return v128{f(uint32(a.lo)), f(uint32(a.lo >> 32))}
	}
}
