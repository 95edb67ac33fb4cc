package vm

import (
	"math"
	"math/bits"
	"testing"
)

// TestEffAddrBounds checks effAddr's one compare against the definition
// (no carry out of addr+offset or ea+size, and ea+size <= n) at the edges
// where the two could differ: addresses and offsets near the size, near
// 2^32 and near 2^64, and sizes up to a v128.
func TestEffAddrBounds(t *testing.T) {
	var near []uint64
	for _, c := range []uint64{0, 1 << 16, 1 << 20, 1<<32 - 1, 1 << 32, 1 << 47, 1 << 63, math.MaxUint64} {
		for d := uint64(0); d <= 17; d++ {
			near = append(near, c+d, c-d)
		}
	}
	for _, n := range []int{0, 1, 7, 8, 16, 1 << 16, 1 << 20, 1<<32 + 5} {
		for _, size := range []uint64{1, 2, 4, 8, 16} {
			for _, base := range append(near, uint64(n), uint64(n)-size, uint64(n)-size+1) {
				for _, addr := range []uint64{base, base - 1, base + 1} {
					for _, offset := range near {
						ea, c1 := bits.Add64(addr, offset, 0)
						end, c2 := bits.Add64(ea, size, 0)
						want := c1|c2 == 0 && end <= uint64(n)
						gotEA, got := effAddr(addr, offset, size, n)
						if got != want || (got && gotEA != ea) {
							t.Fatalf("effAddr(%#x, %#x, %d, %d) = %#x, %v; want %#x, %v", addr, offset, size, n, gotEA, got, ea, want)
						}
					}
				}
			}
		}
	}
}
