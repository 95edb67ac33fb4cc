package debugger

import (
	"math/rand/v2"
	"slices"
	"testing"
)

const writesWat = `(module
  (memory $big i64 65537) ;; 4 GiB and one page
  (memory $small 1)
  (func (export "high")
    (i64.store $big offset=8 (i64.const 0x1_0000_0000) (i64.const 7))
    (i32.store8 $big (i64.const 0x1_0000_0010) (i32.const 1)))
  (func (export "bulk")
    (memory.fill $small (i32.const 100) (i32.const 0) (i32.const 10))
    (memory.copy $small $small (i32.const 200) (i32.const 100) (i32.const 20)))
  (func (export "trap")
    (i32.store $small (i32.const 65534) (i32.const 1))))`

// Continue reports the bytes the stores and bulk instructions wrote, in a
// memory too big to diff too, and not what a trapping store would have, in
// the fast loop as in the debug loop.
func TestWrittenRanges(t *testing.T) {
	tests := []struct {
		invoke string
		opts   Options
		mem    int
		want   []Range
	}{
		{"high", Options{}, 0, []Range{{0x1_0000_0008, 0x1_0000_0011}}},
		{"bulk", Options{}, 1, []Range{{100, 110}, {200, 220}}},
		{"trap", Options{}, 1, nil},
		{"bulk", Options{NoHistory: true}, 1, []Range{{100, 110}, {200, 220}}}, // zeros over zeros were written too
	}
	for _, tt := range tests {
		s := NewSession(tt.opts)
		if err := s.LoadSource("writes.wat", []byte(writesWat)); err != nil {
			t.Fatal(err)
		}
		must(t)(s.Invoke(tt.invoke, nil))
		snap := must(t)(s.Continue())
		if got := snap.Memories[tt.mem].Written; !slices.Equal(got, tt.want) {
			t.Errorf("%s %+v: written %x, want %x", tt.invoke, tt.opts, got, tt.want)
		}
		if other := snap.Memories[1-tt.mem].Written; len(other) != 0 {
			t.Errorf("%s: the other memory written %x", tt.invoke, other)
		}
	}
}

// The log merges touching ranges and widens past maxWrittenRanges.
func TestWriteLogAdd(t *testing.T) {
	tests := []struct {
		name string
		add  []Range
		want []Range
	}{
		{"ascending and touching", []Range{{0, 4}, {4, 8}, {8, 12}}, []Range{{0, 12}}},
		{"out of order", []Range{{20, 24}, {0, 4}, {10, 14}}, []Range{{0, 4}, {10, 14}, {20, 24}}},
		{"spanning several", []Range{{0, 4}, {10, 14}, {20, 24}, {2, 21}}, []Range{{0, 24}}},
		{"empty", []Range{{5, 5}}, nil},
	}
	for _, tt := range tests {
		var w writeLog
		for _, r := range tt.add {
			w.add(nil, [][2]uint64{{r.Start, r.End}})
		}
		if got := w.ranges[nil]; !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	var w writeLog
	var batch [][2]uint64
	for i := range uint64(1000) {
		batch = append(batch, [2]uint64{i * 16, i*16 + 1})
	}
	w.add(nil, batch)
	got := w.ranges[nil]
	if len(got) != maxWrittenRanges || got[0].Start != 0 || got[len(got)-1].End != 999*16+1 {
		t.Errorf("capped: %d ranges from %x to %x", len(got), got[0].Start, got[len(got)-1].End)
	}
}

// Below the cap the log is exactly the runs of bytes written, whatever
// the order and the batches.
func TestWriteLogAddMatchesBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	for round := range 500 {
		var w writeLog
		var bytes [512]bool
		for range rng.IntN(4) + 1 {
			var batch [][2]uint64
			for range rng.IntN(6) + 1 {
				start := rng.Uint64N(500)
				end := start + rng.Uint64N(12)
				batch = append(batch, [2]uint64{start, end})
				for b := start; b < end; b++ {
					bytes[b] = true
				}
			}
			w.add(nil, batch)
		}
		var want []Range
		for b := range uint64(len(bytes)) {
			switch {
			case !bytes[b]:
			case len(want) > 0 && want[len(want)-1].End == b:
				want[len(want)-1].End++
			default:
				want = append(want, Range{b, b + 1})
			}
		}
		if got := w.ranges[nil]; !slices.Equal(got, want) {
			t.Fatalf("round %d: %v, want %v", round, got, want)
		}
	}
}
