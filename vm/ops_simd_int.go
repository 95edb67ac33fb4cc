package vm

import (
	"math/bits"

	"wasmstep/vm/wasm"
)

// Integer lane arithmetic, comparisons, shifts and the reductions to i32.

var simdIntOps = [wasm.NumOps]any{
	wasm.OpI8x16Add: intAdd(8), wasm.OpI16x8Add: intAdd(16), wasm.OpI32x4Add: intAdd(32), wasm.OpI64x2Add: intAdd(64),
	wasm.OpI8x16Sub: intSub(8), wasm.OpI16x8Sub: intSub(16), wasm.OpI32x4Sub: intSub(32), wasm.OpI64x2Sub: intSub(64),
	wasm.OpI16x8Mul: intMul(16), wasm.OpI32x4Mul: intMul(32), wasm.OpI64x2Mul: intMul(64),

	wasm.OpI8x16AddSatS: addSatS(8), wasm.OpI8x16AddSatU: addSatU(8),
	wasm.OpI16x8AddSatS: addSatS(16), wasm.OpI16x8AddSatU: addSatU(16),
	wasm.OpI8x16SubSatS: subSatS(8), wasm.OpI8x16SubSatU: subSatU(8),
	wasm.OpI16x8SubSatS: subSatS(16), wasm.OpI16x8SubSatU: subSatU(16),

	wasm.OpI8x16MinS: minS(8), wasm.OpI8x16MinU: minU(8), wasm.OpI8x16MaxS: maxS(8), wasm.OpI8x16MaxU: maxU(8),
	wasm.OpI16x8MinS: minS(16), wasm.OpI16x8MinU: minU(16), wasm.OpI16x8MaxS: maxS(16), wasm.OpI16x8MaxU: maxU(16),
	wasm.OpI32x4MinS: minS(32), wasm.OpI32x4MinU: minU(32), wasm.OpI32x4MaxS: maxS(32), wasm.OpI32x4MaxU: maxU(32),
	wasm.OpI8x16AvgrU: avgrU(8), wasm.OpI16x8AvgrU: avgrU(16),
	wasm.OpI16x8Q15mulrSatS: q15mulrSat,

	wasm.OpI8x16Abs: intAbs(8), wasm.OpI16x8Abs: intAbs(16), wasm.OpI32x4Abs: intAbs(32), wasm.OpI64x2Abs: intAbs(64),
	wasm.OpI8x16Neg: intNeg(8), wasm.OpI16x8Neg: intNeg(16), wasm.OpI32x4Neg: intNeg(32), wasm.OpI64x2Neg: intNeg(64),
	wasm.OpI8x16Popcnt: lanewise1(8, func(x uint64) uint64 { return uint64(bits.OnesCount8(uint8(x))) }),

	wasm.OpI8x16Shl: shl(8), wasm.OpI8x16ShrS: shrS(8), wasm.OpI8x16ShrU: shrU(8),
	wasm.OpI16x8Shl: shl(16), wasm.OpI16x8ShrS: shrS(16), wasm.OpI16x8ShrU: shrU(16),
	wasm.OpI32x4Shl: shl(32), wasm.OpI32x4ShrS: shrS(32), wasm.OpI32x4ShrU: shrU(32),
	wasm.OpI64x2Shl: shl(64), wasm.OpI64x2ShrS: shrS(64), wasm.OpI64x2ShrU: shrU(64),

	wasm.OpV128AnyTrue:  v128Test(func(a v128) uint64 { return b2u(a.lo|a.hi != 0) }),
	wasm.OpI8x16AllTrue: allTrue(8), wasm.OpI16x8AllTrue: allTrue(16), wasm.OpI32x4AllTrue: allTrue(32), wasm.OpI64x2AllTrue: allTrue(64),
	wasm.OpI8x16Bitmask: bitmask(8), wasm.OpI16x8Bitmask: bitmask(16), wasm.OpI32x4Bitmask: bitmask(32), wasm.OpI64x2Bitmask: bitmask(64),
}

func intAdd(w uint) v128Binary {
	tops := laneTops(w)
	return func(a, b v128) v128 { return v128{swarAdd(a.lo, b.lo, tops), swarAdd(a.hi, b.hi, tops)} }
}

func intSub(w uint) v128Binary {
	tops := laneTops(w)
	return func(a, b v128) v128 { return v128{swarSub(a.lo, b.lo, tops), swarSub(a.hi, b.hi, tops)} }
}

func intMul(w uint) v128Binary {
	if w == 32 {
		mul := func(x, y uint64) uint64 {
			return uint64(uint32(x)*uint32(y)) | uint64(uint32(x>>32)*uint32(y>>32))<<32
		}
		return func(a, b v128) v128 { return v128{mul(a.lo, b.lo), mul(a.hi, b.hi)} }
	}
	return lanewise2(w, func(x, y uint64) uint64 { return x * y })
}

func addSatS(w uint) v128Binary {
	return lanewise2(w, func(x, y uint64) uint64 { return clampS(sext(x, w)+sext(y, w), w) })
}

func addSatU(w uint) v128Binary {
	return lanewise2(w, func(x, y uint64) uint64 { return clampU(int64(x+y), w) })
}

func subSatS(w uint) v128Binary {
	return lanewise2(w, func(x, y uint64) uint64 { return clampS(sext(x, w)-sext(y, w), w) })
}

func subSatU(w uint) v128Binary {
	return lanewise2(w, func(x, y uint64) uint64 { return clampU(int64(x)-int64(y), w) })
}

func minS(w uint) v128Binary {
	return lanewise2(w, func(x, y uint64) uint64 { return uint64(min(sext(x, w), sext(y, w))) })
}

func maxS(w uint) v128Binary {
	return lanewise2(w, func(x, y uint64) uint64 { return uint64(max(sext(x, w), sext(y, w))) })
}

func minU(w uint) v128Binary { return lanewise2(w, func(x, y uint64) uint64 { return min(x, y) }) }
func maxU(w uint) v128Binary { return lanewise2(w, func(x, y uint64) uint64 { return max(x, y) }) }

// avgrU rounds up: lanes are at most 16 bits, so the sum cannot overflow.
func avgrU(w uint) v128Binary {
	return lanewise2(w, func(x, y uint64) uint64 { return (x + y + 1) >> 1 })
}

// q15mulrSat multiplies Q15 fixed-point lanes, rounding to nearest; only
// -1 * -1 overflows, and saturates.
var q15mulrSat = lanewise2(16, func(x, y uint64) uint64 {
	return clampS((sext(x, 16)*sext(y, 16)+0x4000)>>15, 16)
})

func intAbs(w uint) v128Unary {
	return lanewise1(w, func(x uint64) uint64 {
		if sext(x, w) < 0 {
			return -x
		}
		return x
	})
}

func intNeg(w uint) v128Unary { return lanewise1(w, func(x uint64) uint64 { return -x }) }

// Shift counts are taken modulo the lane width.
func shl(w uint) v128Shift {
	return func(a v128, n uint64) (r v128) {
		k := n % uint64(w)
		for i := range int(128 / w) {
			r.setLane(w, i, a.lane(w, i)<<k)
		}
		return r
	}
}

func shrS(w uint) v128Shift {
	return func(a v128, n uint64) (r v128) {
		k := n % uint64(w)
		for i := range int(128 / w) {
			r.setLane(w, i, uint64(sext(a.lane(w, i), w)>>k))
		}
		return r
	}
}

func shrU(w uint) v128Shift {
	return func(a v128, n uint64) (r v128) {
		k := n % uint64(w)
		for i := range int(128 / w) {
			r.setLane(w, i, a.lane(w, i)>>k)
		}
		return r
	}
}

func allTrue(w uint) v128Test {
	return func(a v128) uint64 {
		for i := range int(128 / w) {
			if a.lane(w, i) == 0 {
				return 0
			}
		}
		return 1
	}
}

// bitmask gathers the top bit of each lane, lane 0 into bit 0.
func bitmask(w uint) v128Test {
	if w == 8 {
		return bitmask8
	}
	return func(a v128) uint64 {
		var m uint64
		for i := range int(128 / w) {
			m |= a.lane(w, i) >> (w - 1) << i
		}
		return m
	}
}
