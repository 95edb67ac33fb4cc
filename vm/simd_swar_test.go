package vm

import (
	"math/rand/v2"
	"testing"
)

// TestSWAR compares the word-parallel lane operations with the lane-by-lane
// definitions on random vectors biased towards equal lanes and extremes.
func TestSWAR(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func() uint64 {
		switch rng.IntN(4) {
		case 0:
			return 0
		case 1:
			return ^uint64(0)
		case 2:
			return 0x8080808080808080 >> rng.IntN(8)
		}
		return rng.Uint64()
	}
	for range 20000 {
		a, b := v128{pick(), pick()}, v128{pick(), pick()}
		if rng.IntN(2) == 0 {
			b.lo = a.lo ^ 1<<rng.IntN(64)*uint64(rng.IntN(2))
		}
		for _, w := range []uint{8, 16, 32, 64} {
			check := func(name string, got v128, f func(x, y uint64) uint64) {
				if want := lanewise2(w, f)(a, b); got != want {
					t.Fatalf("%s w=%d (%x, %x) = %x, want %x", name, w, a, b, got, want)
				}
			}
			check("add", intAdd(w)(a, b), func(x, y uint64) uint64 { return x + y })
			check("sub", intSub(w)(a, b), func(x, y uint64) uint64 { return x - y })
			check("mul", intMul(w)(a, b), func(x, y uint64) uint64 { return x * y })
			check("eq", intCmp(w, eq)(a, b), func(x, y uint64) uint64 { return laneMask(x == y) })
			check("ne", intCmp(w, ne)(a, b), func(x, y uint64) uint64 { return laneMask(x != y) })
		}
		var want uint64
		for i := range 16 {
			want |= a.lane(8, i) >> 7 << i
		}
		if got := bitmask(8)(a); got != want {
			t.Fatalf("bitmask8(%x) = %x, want %x", a, got, want)
		}
	}
}
