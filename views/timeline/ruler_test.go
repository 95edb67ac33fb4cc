package timeline

import "testing"

// x and step invert each other wherever a pixel holds at most one count,
// and a wide run rounds a pixel to the nearest count.
func TestRulerMapsCountsToPixelsAndBack(t *testing.T) {
	r := ruler{x0: 10, w: 200, lo: 100, hi: 300}
	for step := uint64(100); step <= 300; step++ {
		if got := r.step(r.x(step)); got != step {
			t.Fatalf("step(x(%d)) = %d", step, got)
		}
	}
	for _, tc := range []struct {
		x    float32
		want uint64
	}{{10, 100}, {110, 200}, {210, 300}, {-5, 100}, {500, 300}, {110.4, 200}, {110.6, 201}} {
		if got := r.step(tc.x); got != tc.want {
			t.Errorf("step(%v) = %d, want %d", tc.x, got, tc.want)
		}
	}
	if x := r.x(50); x != 10 {
		t.Errorf("a count before the run sits at %v, want its start", x)
	}
	if x := r.x(1000); x != 210 {
		t.Errorf("a count after the run sits at %v, want its end", x)
	}
	big := ruler{x0: 0, w: 1000, lo: 0, hi: 3_000_000_000}
	if got := big.step(500); got != 1_500_000_000 {
		t.Errorf("the middle of a run of 3e9 is %d", got)
	}
	if x := big.x(2_999_999_999); x < 999 || x > 1000 {
		t.Errorf("the last count of a run of 3e9 sits at %v", x)
	}
}

// A run of one position, or a ruler with no room, maps everything to its
// start and back, without dividing by zero.
func TestRulerOfNoLength(t *testing.T) {
	for _, r := range []ruler{{x0: 4, w: 100, lo: 7, hi: 7}, {x0: 4, w: 0, lo: 0, hi: 10}} {
		if x := r.x(9); x != 4 {
			t.Errorf("%+v: x(9) = %v", r, x)
		}
		if s := r.step(50); s != r.lo {
			t.Errorf("%+v: step(50) = %d", r, s)
		}
	}
}

// near takes the closest mark within reach.
func TestRulerNearestMark(t *testing.T) {
	r := ruler{x0: 0, w: 100, lo: 0, hi: 100}
	marks := []Mark{{Step: 10}, {Step: 14, Kind: Trap}, {Step: 60}}
	if m, ok := r.near(marks, 13, 5); !ok || m.Step != 14 {
		t.Errorf("near(13) = %+v, %v", m, ok)
	}
	if _, ok := r.near(marks, 40, 5); ok {
		t.Error("near(40) found a mark 20 pixels away")
	}
}
