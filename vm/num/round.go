package num

import "math"

// Rounding to an integral value. A float32 goes through float64 exactly:
// every integral result fits in 24 bits or is the operand itself. That
// conversion also quiets a NaN (IEEE 754 requires it), so only float64 NaNs
// need their quiet bit set here: Go's software versions of these functions
// (math.RoundToEven always, the others where the CPU lacks a rounding
// instruction) return a signalling NaN unchanged.

func F32Ceil(x uint32) uint32    { return f32(float32(math.Ceil(float64(f32v(x))))) }
func F32Floor(x uint32) uint32   { return f32(float32(math.Floor(float64(f32v(x))))) }
func F32Trunc(x uint32) uint32   { return f32(float32(math.Trunc(float64(f32v(x))))) }
func F32Nearest(x uint32) uint32 { return f32(float32(math.RoundToEven(float64(f32v(x))))) }

func F64Ceil(x uint64) uint64    { return round64(x, math.Ceil) }
func F64Floor(x uint64) uint64   { return round64(x, math.Floor) }
func F64Trunc(x uint64) uint64   { return round64(x, math.Trunc) }
func F64Nearest(x uint64) uint64 { return round64(x, math.RoundToEven) }

func round64(x uint64, r func(float64) float64) uint64 {
	if F64IsNaN(x) {
		return x | F64QuietBit
	}
	return f64(r(f64v(x)))
}
