package num

import "math/bits"

// Bit counting, rotations, shifts and sign extensions. Shift and rotate
// counts are taken modulo the operand width, as the specification says.

func I32Clz(x uint32) uint32    { return uint32(bits.LeadingZeros32(x)) }
func I32Ctz(x uint32) uint32    { return uint32(bits.TrailingZeros32(x)) }
func I32Popcnt(x uint32) uint32 { return uint32(bits.OnesCount32(x)) }

func I64Clz(x uint64) uint64    { return uint64(bits.LeadingZeros64(x)) }
func I64Ctz(x uint64) uint64    { return uint64(bits.TrailingZeros64(x)) }
func I64Popcnt(x uint64) uint64 { return uint64(bits.OnesCount64(x)) }

func I32Rotl(x, y uint32) uint32 { return bits.RotateLeft32(x, int(y&31)) }
func I32Rotr(x, y uint32) uint32 { return bits.RotateLeft32(x, -int(y&31)) }
func I64Rotl(x, y uint64) uint64 { return bits.RotateLeft64(x, int(y&63)) }
func I64Rotr(x, y uint64) uint64 { return bits.RotateLeft64(x, -int(y&63)) }

func I32Shl(x, y uint32) uint32  { return x << (y & 31) }
func I32ShrS(x, y uint32) uint32 { return uint32(int32(x) >> (y & 31)) }
func I32ShrU(x, y uint32) uint32 { return x >> (y & 31) }
func I64Shl(x, y uint64) uint64  { return x << (y & 63) }
func I64ShrS(x, y uint64) uint64 { return uint64(int64(x) >> (y & 63)) }
func I64ShrU(x, y uint64) uint64 { return x >> (y & 63) }

func I32Extend8S(x uint32) uint32  { return uint32(int32(int8(x))) }
func I32Extend16S(x uint32) uint32 { return uint32(int32(int16(x))) }
func I64Extend8S(x uint64) uint64  { return uint64(int64(int8(x))) }
func I64Extend16S(x uint64) uint64 { return uint64(int64(int16(x))) }
func I64Extend32S(x uint64) uint64 { return uint64(int64(int32(x))) }
