package vm

import "encoding/binary"

// v128 is a vector value as the machine keeps it in two frame slots: lo
// holds bytes 0-7 (lane 0 first, little-endian), hi bytes 8-15.
type v128 struct{ lo, hi uint64 }

// slotsV128 reads the vector at slot k.
func slotsV128(s []uint64, k int32) v128 { return v128{s[k], s[k+1]} }

// put writes the vector to slot k.
func (v v128) put(s []uint64, k int32) { s[k], s[k+1] = v.lo, v.hi }

// lane returns lane i of width w bits (8, 16, 32 or 64), zero-extended.
func (v v128) lane(w uint, i int) uint64 {
	word, bit := v.lo, uint(i)*w
	if bit >= 64 {
		word, bit = v.hi, bit-64
	}
	if w == 64 {
		return word
	}
	return word >> bit & (1<<w - 1)
}

// setLane replaces lane i of width w bits with the low w bits of x.
func (v *v128) setLane(w uint, i int, x uint64) {
	word, bit := &v.lo, uint(i)*w
	if bit >= 64 {
		word, bit = &v.hi, bit-64
	}
	if w == 64 {
		*word = x
		return
	}
	mask := uint64(1)<<w - 1
	*word = *word&^(mask<<bit) | (x&mask)<<bit
}

func (v v128) bytes() (b [16]byte) {
	binary.LittleEndian.PutUint64(b[:8], v.lo)
	binary.LittleEndian.PutUint64(b[8:], v.hi)
	return b
}

func v128FromBytes(b []byte) v128 {
	return v128{binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:16])}
}

// sext reads the low w bits of x as a signed integer.
func sext(x uint64, w uint) int64 {
	return int64(x<<(64-w)) >> (64 - w)
}

// laneMask is all ones when b holds: the result of a lane comparison.
func laneMask(b bool) uint64 {
	if b {
		return ^uint64(0)
	}
	return 0
}

// clampS and clampU saturate x to the signed or unsigned range of w bits.
func clampS(x int64, w uint) uint64 {
	lo, hi := -int64(1)<<(w-1), int64(1)<<(w-1)-1
	return uint64(min(max(x, lo), hi))
}

func clampU(x int64, w uint) uint64 {
	return uint64(min(max(x, 0), int64(1)<<w-1))
}
