package num

// Conversions that cannot trap. Integer to float conversions round once to
// nearest even (see the package comment); demote and promote leave NaNs to
// the FPU, which quiets them (canonical stays canonical). The reinterpretations
// have no function: on raw bits they are the identity.

func I32WrapI64(x uint64) uint32     { return uint32(x) }
func I64ExtendI32S(x uint32) uint64  { return uint64(int64(int32(x))) }
func I64ExtendI32U(x uint32) uint64  { return uint64(x) }
func F32DemoteF64(x uint64) uint32   { return f32(float32(f64v(x))) }
func F64PromoteF32(x uint32) uint64  { return f64(float64(f32v(x))) }
func F32ConvertI32S(x uint32) uint32 { return f32(float32(int32(x))) }
func F32ConvertI32U(x uint32) uint32 { return f32(float32(x)) }
func F32ConvertI64S(x uint64) uint32 { return f32(float32(int64(x))) }
func F32ConvertI64U(x uint64) uint32 { return f32(float32(x)) }
func F64ConvertI32S(x uint32) uint64 { return f64(float64(int32(x))) }
func F64ConvertI32U(x uint32) uint64 { return f64(float64(x)) }
func F64ConvertI64S(x uint64) uint64 { return f64(float64(int64(x))) }
func F64ConvertI64U(x uint64) uint64 { return f64(float64(x)) }
