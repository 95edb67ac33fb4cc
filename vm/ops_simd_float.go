package vm

import (
	"math"

	"wasmstep/vm/num"
	"wasmstep/vm/wasm"
)

// Float lane arithmetic, lane by lane with the scalar instructions' exact
// semantics (package num), NaN rules included.

var simdFloatOps = [wasm.NumOps]any{
	wasm.OpF32x4Add: f32x4Bin(num.F32Add), wasm.OpF32x4Sub: f32x4Bin(num.F32Sub),
	wasm.OpF32x4Mul: f32x4Bin(num.F32Mul), wasm.OpF32x4Div: f32x4Bin(num.F32Div),
	wasm.OpF32x4Min: f32x4Bin(num.F32Min), wasm.OpF32x4Max: f32x4Bin(num.F32Max),
	wasm.OpF32x4Pmin: f32x4Bin(f32Pmin), wasm.OpF32x4Pmax: f32x4Bin(f32Pmax),
	wasm.OpF64x2Add: f64x2Bin(num.F64Add), wasm.OpF64x2Sub: f64x2Bin(num.F64Sub),
	wasm.OpF64x2Mul: f64x2Bin(num.F64Mul), wasm.OpF64x2Div: f64x2Bin(num.F64Div),
	wasm.OpF64x2Min: f64x2Bin(num.F64Min), wasm.OpF64x2Max: f64x2Bin(num.F64Max),
	wasm.OpF64x2Pmin: f64x2Bin(f64Pmin), wasm.OpF64x2Pmax: f64x2Bin(f64Pmax),

	wasm.OpF32x4Abs: f32x4Un(num.F32Abs), wasm.OpF32x4Neg: f32x4Un(num.F32Neg), wasm.OpF32x4Sqrt: f32x4Un(num.F32Sqrt),
	wasm.OpF32x4Ceil: f32x4Un(num.F32Ceil), wasm.OpF32x4Floor: f32x4Un(num.F32Floor),
	wasm.OpF32x4Trunc: f32x4Un(num.F32Trunc), wasm.OpF32x4Nearest: f32x4Un(num.F32Nearest),
	wasm.OpF64x2Abs: f64x2Un(num.F64Abs), wasm.OpF64x2Neg: f64x2Un(num.F64Neg), wasm.OpF64x2Sqrt: f64x2Un(num.F64Sqrt),
	wasm.OpF64x2Ceil: f64x2Un(num.F64Ceil), wasm.OpF64x2Floor: f64x2Un(num.F64Floor),
	wasm.OpF64x2Trunc: f64x2Un(num.F64Trunc), wasm.OpF64x2Nearest: f64x2Un(num.F64Nearest),
}

func f32x4Bin(f func(x, y uint32) uint32) v128Binary {
	return lanewise2(32, func(x, y uint64) uint64 { return uint64(f(uint32(x), uint32(y))) })
}

func f64x2Bin(f func(x, y uint64) uint64) v128Binary { return lanewise2(64, f) }

func f32x4Un(f func(x uint32) uint32) v128Unary {
	return lanewise1(32, func(x uint64) uint64 { return uint64(f(uint32(x))) })
}

func f64x2Un(f func(x uint64) uint64) v128Unary { return lanewise1(64, f) }

// pmin and pmax are defined by one comparison, so a NaN operand passes
// through unchanged (unlike min and max): pmin = y < x ? y : x,
// pmax = x < y ? y : x.
func f32Pmin(x, y uint32) uint32 {
	if math.Float32frombits(y) < math.Float32frombits(x) {
		return y
	}
	return x
}

func f32Pmax(x, y uint32) uint32 {
	if math.Float32frombits(x) < math.Float32frombits(y) {
		return y
	}
	return x
}

func f64Pmin(x, y uint64) uint64 {
	if math.Float64frombits(y) < math.Float64frombits(x) {
		return y
	}
	return x
}

func f64Pmax(x, y uint64) uint64 {
	if math.Float64frombits(x) < math.Float64frombits(y) {
		return y
	}
	return x
}
