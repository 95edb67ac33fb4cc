package vm

import (
	"testing"

	"wasmstep/internal/memwatch"
	"wasmstep/vm/wasm"
)

// Where the system cannot map, a flat memory's bytes are a Go slice.
// Growing one page at a time past 544 MiB once copied the whole memory on
// every grow (the capacity was set to exactly the new size near the flat
// limit): minutes and gigabytes. The capacity now doubles up to the
// reservation, so from just over half of it the bytes move once on the way
// up.
func TestHeapReservationGrowingPageByPageCopiesOnce(t *testing.T) {
	memwatch.Guard(t, 2000*memwatch.MiB)
	r := &reservation{size: flatLimit, heap: []byte{}}
	b, _ := r.grow(flatLimit/2 + wasm.PageSize)
	moves := 0
	for size := uint64(len(b)); size < flatLimit; {
		size += wasm.PageSize
		before := &b[0]
		b, _ = r.grow(size)
		if &b[0] != before {
			moves++
		}
	}
	if moves != 1 {
		t.Fatalf("the bytes moved %d times on the way to %d bytes, want once", moves, len(b))
	}
}

// Shrinking a Go slice reservation zeroes what it cuts off, which growing
// again reuses.
func TestHeapReservationShrinkZeroes(t *testing.T) {
	r := &reservation{size: 4 * wasm.PageSize, heap: []byte{}}
	b, _ := r.grow(2 * wasm.PageSize)
	b[wasm.PageSize] = 7
	r.shrink(wasm.PageSize)
	if b, _ = r.grow(2 * wasm.PageSize); b[wasm.PageSize] != 0 {
		t.Fatal("a byte cut off survived shrinking")
	}
}
