package debugger

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// overwrite agrees with a byte-by-byte record of the last writer over
// random writes, and keeps its ranges sorted, disjoint and merged.
func TestOverwriteKeepsTheLastWriter(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		var rs []ThreadWrite
		var last [256]int
		for i := range last {
			last[i] = -2 // not written
		}
		for range 1 + rng.IntN(40) {
			start := rng.Uint64N(250)
			x := ThreadWrite{Range{start, start + 1 + rng.Uint64N(min(8, 256-start))}, rng.IntN(3)}
			rs = overwrite(rs, x)
			for b := x.Start; b < x.End; b++ {
				last[b] = x.Thread
			}
		}
		var got [256]int
		for i := range got {
			got[i] = -2
		}
		for i, r := range rs {
			if r.End <= r.Start || i > 0 && (rs[i-1].End > r.Start || rs[i-1].End == r.Start && rs[i-1].Thread == r.Thread) {
				t.Fatalf("round %d: ranges not sorted, disjoint and merged: %v", round, rs)
			}
			for b := r.Start; b < r.End; b++ {
				got[b] = r.Thread
			}
		}
		if got != last {
			t.Fatalf("round %d: ranges %v disagree with the bytes' last writers", round, rs)
		}
	}
}

// Past maxThreadWrites ranges the closest merge, a merge of two threads'
// ranges saying several threads.
func TestOverwriteStaysBounded(t *testing.T) {
	var rs []ThreadWrite
	for i := range uint64(maxThreadWrites + 1) {
		rs = overwrite(rs, ThreadWrite{Range{i * 4, i*4 + 2}, int(i % 2)})
	}
	rs = overwrite(rs, ThreadWrite{Range{1000 * 4, 1000*4 + 2}, 0}) // a wide gap stays
	if len(rs) != maxThreadWrites {
		t.Fatalf("%d ranges, want %d", len(rs), maxThreadWrites)
	}
	if rs[0] != (ThreadWrite{Range{0, 10}, SeveralThreads}) { // [0, 2) [4, 6) [8, 10)
		t.Errorf("first range %v, want [0, 10) by several threads", rs[0])
	}
	if rs[len(rs)-1] != (ThreadWrite{Range{4000, 4002}, 0}) {
		t.Errorf("last range %v", rs[len(rs)-1])
	}
}

// With a breakpoint on the counter's atomic add, the add that runs between
// two stops is the add of the thread the first stop showed: the memory's
// ranges by thread say so, whichever thread the scheduler ran meanwhile
// (a thread's last add is followed by its add to the finished count at 4).
func TestWrittenByTheThreadThatStored(t *testing.T) {
	for _, seed := range []uint64{1, 2} {
		s := threadSession(t, seed, "threads_counter.wat")
		if _, err := s.Invoke("run", []string{"3", "5"}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakInstr, Func: "wasi_thread_start", Instr: 10}); err != nil {
			t.Fatal(err)
		}
		snap := must(t)(s.Continue())
		if got, want := snap.Memories[0].WrittenBy, []ThreadWrite{{Range{0, 12}, 0}}; !slices.Equal(got, want) {
			t.Fatalf("seed %d: first stop written by %v, want %v (run's stores)", seed, got, want)
		}
		threads := map[int]bool{}
		for stops := 0; snap.Reason == StopBreakpoint; stops++ {
			prev := snap.Thread
			threads[prev] = true
			snap = must(t)(s.Continue())
			by := snap.Memories[0].WrittenBy
			if len(by) == 0 || by[0].Start != 0 || by[0].End < 4 || by[0].Thread != prev {
				t.Fatalf("seed %d stop %d: written by %v, want [0, 4) by thread %d", seed, stops, by, prev)
			}
			for _, w := range by {
				if !covered(snap.Memories[0].Written, w.Range) {
					t.Errorf("seed %d stop %d: %v is not in the written ranges %v", seed, stops, w, snap.Memories[0].Written)
				}
			}
		}
		if snap.State != StateFinished || len(threads) != 3 {
			t.Errorf("seed %d: %s after stops in threads %v", seed, snap.State, threads)
		}
	}
}

// covered reports whether r lies inside one of the sorted ranges rs.
func covered(rs []Range, r Range) bool {
	for _, x := range rs {
		if x.Start <= r.Start && r.End <= x.End {
			return true
		}
	}
	return false
}

// A program without threads has no ranges by thread.
func TestNoWrittenByWithoutThreads(t *testing.T) {
	s := NewSession(Options{})
	if err := s.LoadSource("one.wat", []byte(`(module (memory 1) (func (export "f") (i32.store (i32.const 8) (i32.const 1))))`)); err != nil {
		t.Fatal(err)
	}
	must(t)(s.Invoke("f", nil))
	snap := must(t)(s.Continue())
	if m := snap.Memories[0]; len(m.Written) != 1 || m.WrittenBy != nil {
		t.Errorf("written %v, by thread %v", m.Written, m.WrittenBy)
	}
}
