package num

// min and max order -0 below +0 and return a NaN if either operand is one.
// Go's math.Min and the min builtin are not used: math.Min returns its own
// non-canonical NaN even for canonical operands.

func F32Min(x, y uint32) uint32 {
	a, b := f32v(x), f32v(y)
	switch {
	case a < b:
		return x
	case b < a:
		return y
	case a == b:
		return x | y // equal values differ only for ±0, where the negative wins
	}
	return f32(a + b) // a NaN operand: the FPU returns it quieted
}

func F32Max(x, y uint32) uint32 {
	a, b := f32v(x), f32v(y)
	switch {
	case a > b:
		return x
	case b > a:
		return y
	case a == b:
		return x & y // equal values differ only for ±0, where the positive wins
	}
	return f32(a + b)
}

func F64Min(x, y uint64) uint64 {
	a, b := f64v(x), f64v(y)
	switch {
	case a < b:
		return x
	case b < a:
		return y
	case a == b:
		return x | y
	}
	return f64(a + b)
}

func F64Max(x, y uint64) uint64 {
	a, b := f64v(x), f64v(y)
	switch {
	case a > b:
		return x
	case b > a:
		return y
	case a == b:
		return x & y
	}
	return f64(a + b)
}
