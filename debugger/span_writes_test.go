package debugger

import (
	"math/rand"
	"testing"

	"wasmstep/vm"
)

// A span write set never says a written byte was not written.
func TestSpanWriteSetIsSound(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	m := &vm.Memory{}
	for range 200 {
		w := spanWriteSet{}
		var ranges []Range
		for range rng.Intn(50) {
			start := uint64(rng.Intn(1 << 20))
			r := Range{start, start + 1 + uint64(rng.Intn(64))}
			if rng.Intn(20) == 0 {
				r.End = start + uint64(rng.Intn(1<<18)) + 1
			}
			w.of(m).add(r.Start, r.End)
			ranges = append(ranges, r)
		}
		merged := spanWriteSet{}
		merged.of(m).add(5, 6)
		merged.merge(w)
		for _, r := range ranges {
			at := r.Start + uint64(rng.Int63n(int64(r.End-r.Start)))
			for _, s := range []spanWriteSet{w, merged} {
				if !s.wrote(m, at, at+1) || !s.wrote(m, r.Start-min(r.Start, 100), r.End+100) {
					t.Fatalf("a write at 0x%x of [0x%x, 0x%x) not found", at, r.Start, r.End)
				}
			}
		}
	}
	// A full set still rules out what lies beyond its writes' bounds.
	full := spanWriteSet{}
	full.of(m).add(4096, 1<<20)
	if !full.wrote(m, 1<<19, 1<<19+1) || full.wrote(m, 1<<20, 1<<20+1) || full.wrote(m, 0, 4096) {
		t.Error("a full set's bounds do not hold")
	}
	// And it tells apart what a program keeps near other data.
	w := spanWriteSet{}
	w.of(m).add(1280, 1296)
	if w.wrote(m, 1303, 1304) {
		t.Error("a byte next to the written ones counts as written")
	}
}
