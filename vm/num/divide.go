package num

import "math"

// Integer division and remainder. Division by zero traps; so does the one
// signed quotient that does not fit, MinInt / -1. The signed remainder of
// MinInt / -1 is 0, which Go's % already gives.

func I32DivS(x, y uint32) (uint32, Trap) {
	if y == 0 {
		return 0, DivideByZero
	}
	if int32(x) == math.MinInt32 && int32(y) == -1 {
		return 0, IntegerOverflow
	}
	return uint32(int32(x) / int32(y)), NoTrap
}

func I32DivU(x, y uint32) (uint32, Trap) {
	if y == 0 {
		return 0, DivideByZero
	}
	return x / y, NoTrap
}

func I32RemS(x, y uint32) (uint32, Trap) {
	if y == 0 {
		return 0, DivideByZero
	}
	return uint32(int32(x) % int32(y)), NoTrap
}

func I32RemU(x, y uint32) (uint32, Trap) {
	if y == 0 {
		return 0, DivideByZero
	}
	return x % y, NoTrap
}

func I64DivS(x, y uint64) (uint64, Trap) {
	if y == 0 {
		return 0, DivideByZero
	}
	if int64(x) == math.MinInt64 && int64(y) == -1 {
		return 0, IntegerOverflow
	}
	return uint64(int64(x) / int64(y)), NoTrap
}

func I64DivU(x, y uint64) (uint64, Trap) {
	if y == 0 {
		return 0, DivideByZero
	}
	return x / y, NoTrap
}

func I64RemS(x, y uint64) (uint64, Trap) {
	if y == 0 {
		return 0, DivideByZero
	}
	return uint64(int64(x) % int64(y)), NoTrap
}

func I64RemU(x, y uint64) (uint64, Trap) {
	if y == 0 {
		return 0, DivideByZero
	}
	return x % y, NoTrap
}
