package num

// Float to integer truncation (i32.trunc_f32_s and friends). An operand whose
// truncation is out of range traps with IntegerOverflow, a NaN with
// InvalidConversion. The bounds are the exact limits of the open or half-open
// interval of valid operands, written as constants the float type represents
// exactly: float32 cannot hold -2^31-1, so its signed lower bound is the
// closed -2^31.

func I32TruncF32S(x uint32) (uint32, Trap) {
	if f := f32v(x); f >= -1<<31 && f < 1<<31 {
		return uint32(int32(f)), NoTrap
	}
	return 0, truncTrap(F32IsNaN(x))
}

func I32TruncF32U(x uint32) (uint32, Trap) {
	if f := f32v(x); f > -1 && f < 1<<32 {
		return uint32(f), NoTrap
	}
	return 0, truncTrap(F32IsNaN(x))
}

func I32TruncF64S(x uint64) (uint32, Trap) {
	if f := f64v(x); f > -1<<31-1 && f < 1<<31 {
		return uint32(int32(f)), NoTrap
	}
	return 0, truncTrap(F64IsNaN(x))
}

func I32TruncF64U(x uint64) (uint32, Trap) {
	if f := f64v(x); f > -1 && f < 1<<32 {
		return uint32(f), NoTrap
	}
	return 0, truncTrap(F64IsNaN(x))
}

func I64TruncF32S(x uint32) (uint64, Trap) {
	if f := f32v(x); f >= -1<<63 && f < 1<<63 {
		return uint64(int64(f)), NoTrap
	}
	return 0, truncTrap(F32IsNaN(x))
}

func I64TruncF32U(x uint32) (uint64, Trap) {
	if f := f32v(x); f > -1 && f < 1<<64 {
		return uint64(f), NoTrap
	}
	return 0, truncTrap(F32IsNaN(x))
}

func I64TruncF64S(x uint64) (uint64, Trap) {
	if f := f64v(x); f >= -1<<63 && f < 1<<63 {
		return uint64(int64(f)), NoTrap
	}
	return 0, truncTrap(F64IsNaN(x))
}

func I64TruncF64U(x uint64) (uint64, Trap) {
	if f := f64v(x); f > -1 && f < 1<<64 {
		return uint64(f), NoTrap
	}
	return 0, truncTrap(F64IsNaN(x))
}

func truncTrap(nan bool) Trap {
	if nan {
		return InvalidConversion
	}
	return IntegerOverflow
}
