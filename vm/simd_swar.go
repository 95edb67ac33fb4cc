package vm

// Word-parallel forms of the commonest lane operations: each 64-bit half is
// handled as one integer, lanes kept apart by masking their top bits, so a
// lane's carry never reaches its neighbour. They compute the same as the
// lane-by-lane definitions (which the tests compare them with).

// laneTops has the top bit of every w-bit lane of a word set.
func laneTops(w uint) uint64 {
	var h uint64
	for bit := w - 1; bit < 64; bit += w {
		h |= 1 << bit
	}
	return h
}

// swarAdd adds the w-bit lanes of two words, wrapping each: the low bits
// add normally, the top bits by exclusive or.
func swarAdd(x, y, tops uint64) uint64 {
	return (x&^tops + y&^tops) ^ (x^y)&tops
}

// swarSub subtracts the w-bit lanes: setting each minuend's top bit stops
// the borrow at the lane, and the top bit is fixed by exclusive or.
func swarSub(x, y, tops uint64) uint64 {
	return (x | tops - y&^tops) ^ (x^^y)&tops
}

// swarEq sets every w-bit lane where x and y are equal to all ones.
func swarEq(x, y, tops uint64, w uint) uint64 {
	d := x ^ y
	nonzero := (d&^tops + ^tops) | d // a lane's top bit: the lane is non-zero
	eq := ^nonzero & tops
	return (eq >> (w - 1)) * (1<<w - 1)
}

// bitmask8 gathers the top bit of each byte of the vector.
func bitmask8(a v128) uint64 {
	const tops = 0x8080808080808080
	// Each byte's top bit moved to its lowest bit, then all eight
	// multiplied into the top byte, lane 0 lowest.
	gather := func(x uint64) uint64 { return ((x & tops) >> 7) * 0x0102040810204080 >> 56 }
	return gather(a.lo) | gather(a.hi)<<8
}
