package vm

import (
	"testing"

	"wasmstep/internal/memwatch"
	"wasmstep/vm/wasm"
)

// Growing one page at a time past 544 MiB once copied the whole memory on
// every grow (the capacity was set to exactly the new size near the flat
// limit): minutes and gigabytes. The capacity now doubles up to the limit,
// so from just over half the limit the bytes move once on the way up.
func TestGrowPageByPageNearTheFlatLimitCopiesOnce(t *testing.T) {
	memwatch.Guard(t, 2000*memwatch.MiB)
	half := uint64(flatLimit / wasm.PageSize / 2)
	m, ok := NewMemory(wasm.MemType{Limits: wasm.Limits{Min: half + 1}}, 0)
	if !ok {
		t.Fatal("no memory")
	}
	moves := 0
	for m.Size() < flatLimit {
		before := &m.flat[0]
		if _, ok := m.Grow(1); !ok {
			t.Fatalf("grow failed at %d pages", m.Pages())
		}
		if &m.flat[0] != before {
			moves++
		}
	}
	if moves != 1 {
		t.Fatalf("the bytes moved %d times on the way to %d pages, want once", moves, m.Pages())
	}
}
