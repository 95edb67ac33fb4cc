package num

// abs, neg and copysign only touch the sign bit, even of a NaN.

func F32Abs(x uint32) uint32         { return x &^ F32SignBit }
func F32Neg(x uint32) uint32         { return x ^ F32SignBit }
func F32Copysign(x, y uint32) uint32 { return x&^F32SignBit | y&F32SignBit }

func F64Abs(x uint64) uint64         { return x &^ F64SignBit }
func F64Neg(x uint64) uint64         { return x ^ F64SignBit }
func F64Copysign(x, y uint64) uint64 { return x&^F64SignBit | y&F64SignBit }
