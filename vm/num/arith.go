package num

import "math"

// The IEEE 754 operations. The explicit float32()/float64() conversions
// round each result on its own, so inlined handlers never fuse into an FMA.

func F32Add(x, y uint32) uint32 { return f32(float32(f32v(x) + f32v(y))) }
func F32Sub(x, y uint32) uint32 { return f32(float32(f32v(x) - f32v(y))) }
func F32Mul(x, y uint32) uint32 { return f32(float32(f32v(x) * f32v(y))) }
func F32Div(x, y uint32) uint32 { return f32(float32(f32v(x) / f32v(y))) }

// F32Sqrt rounds the float64 square root to float32; rounding twice is exact
// here because 53 >= 2*24+2.
func F32Sqrt(x uint32) uint32 { return f32(float32(math.Sqrt(float64(f32v(x))))) }

func F64Add(x, y uint64) uint64 { return f64(float64(f64v(x) + f64v(y))) }
func F64Sub(x, y uint64) uint64 { return f64(float64(f64v(x) - f64v(y))) }
func F64Mul(x, y uint64) uint64 { return f64(float64(f64v(x) * f64v(y))) }
func F64Div(x, y uint64) uint64 { return f64(float64(f64v(x) / f64v(y))) }
func F64Sqrt(x uint64) uint64   { return f64(math.Sqrt(f64v(x))) }

func f32v(x uint32) float32 { return math.Float32frombits(x) }
func f32(x float32) uint32  { return math.Float32bits(x) }
func f64v(x uint64) float64 { return math.Float64frombits(x) }
func f64(x float64) uint64  { return math.Float64bits(x) }
