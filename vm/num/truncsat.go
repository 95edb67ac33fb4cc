package num

import "math"

// Saturating float to integer truncation (i32.trunc_sat_f32_s and friends):
// out-of-range operands clamp to the nearest representable integer, NaN gives
// 0. The in-range test comes first because it is the common case.

func I32TruncSatF32S(x uint32) uint32 {
	f := f32v(x)
	switch {
	case f >= -1<<31 && f < 1<<31:
		return uint32(int32(f))
	case f < 0:
		return 1 << 31 // MinInt32
	case f > 0:
		return math.MaxInt32
	}
	return 0
}

func I32TruncSatF32U(x uint32) uint32 {
	f := f32v(x)
	switch {
	case f > -1 && f < 1<<32:
		return uint32(f)
	case f > 0:
		return math.MaxUint32
	}
	return 0
}

func I32TruncSatF64S(x uint64) uint32 {
	f := f64v(x)
	switch {
	case f > -1<<31-1 && f < 1<<31:
		return uint32(int32(f))
	case f < 0:
		return 1 << 31
	case f > 0:
		return math.MaxInt32
	}
	return 0
}

func I32TruncSatF64U(x uint64) uint32 {
	f := f64v(x)
	switch {
	case f > -1 && f < 1<<32:
		return uint32(f)
	case f > 0:
		return math.MaxUint32
	}
	return 0
}

func I64TruncSatF32S(x uint32) uint64 {
	f := f32v(x)
	switch {
	case f >= -1<<63 && f < 1<<63:
		return uint64(int64(f))
	case f < 0:
		return 1 << 63 // MinInt64
	case f > 0:
		return math.MaxInt64
	}
	return 0
}

func I64TruncSatF32U(x uint32) uint64 {
	f := f32v(x)
	switch {
	case f > -1 && f < 1<<64:
		return uint64(f)
	case f > 0:
		return math.MaxUint64
	}
	return 0
}

func I64TruncSatF64S(x uint64) uint64 {
	f := f64v(x)
	switch {
	case f >= -1<<63 && f < 1<<63:
		return uint64(int64(f))
	case f < 0:
		return 1 << 63
	case f > 0:
		return math.MaxInt64
	}
	return 0
}

func I64TruncSatF64U(x uint64) uint64 {
	f := f64v(x)
	switch {
	case f > -1 && f < 1<<64:
		return uint64(f)
	case f > 0:
		return math.MaxUint64
	}
	return 0
}
