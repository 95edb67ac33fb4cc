package num

// Bit layout of NaNs. A NaN is canonical when its payload is exactly the
// quiet bit, arithmetic when the quiet bit is set (canonical NaNs included).
const (
	F32SignBit      uint32 = 1 << 31
	F32QuietBit     uint32 = 1 << 22
	F32CanonicalNaN uint32 = 0x7fc00000

	F64SignBit      uint64 = 1 << 63
	F64QuietBit     uint64 = 1 << 51
	F64CanonicalNaN uint64 = 0x7ff8000000000000
)

func F32IsNaN(x uint32) bool           { return x&^F32SignBit > 0x7f800000 }
func F32IsCanonicalNaN(x uint32) bool  { return x&^F32SignBit == F32CanonicalNaN }
func F32IsArithmeticNaN(x uint32) bool { return x&F32CanonicalNaN == F32CanonicalNaN }
func F64IsNaN(x uint64) bool           { return x&^F64SignBit > 0x7ff0000000000000 }
func F64IsCanonicalNaN(x uint64) bool  { return x&^F64SignBit == F64CanonicalNaN }
func F64IsArithmeticNaN(x uint64) bool { return x&F64CanonicalNaN == F64CanonicalNaN }
