package timeline

import "math"

// ruler maps instruction counts in [lo, hi] onto the x range [x0, x0+w]
// and back. Counts run to billions, so the arithmetic is in float64.
type ruler struct {
	x0, w  float32
	lo, hi uint64
}

// x is where step sits; steps outside the run sit at its ends.
func (r ruler) x(step uint64) float32 {
	if r.hi <= r.lo || step <= r.lo {
		return r.x0
	}
	if step >= r.hi {
		return r.x0 + r.w
	}
	return r.x0 + float32(float64(step-r.lo)/float64(r.hi-r.lo)*float64(r.w))
}

// step is the count nearest to x, within the run.
func (r ruler) step(x float32) uint64 {
	if r.hi <= r.lo || r.w <= 0 || x <= r.x0 {
		return r.lo
	}
	if x >= r.x0+r.w {
		return r.hi
	}
	return r.lo + uint64(math.Round(float64(x-r.x0)/float64(r.w)*float64(r.hi-r.lo)))
}

// near is the mark closest to x within reach pixels, if any.
func (r ruler) near(marks []Mark, x, reach float32) (Mark, bool) {
	best, found := Mark{}, false
	bestD := reach
	for _, m := range marks {
		if d := abs(r.x(m.Step) - x); d <= bestD {
			best, bestD, found = m, d, true
		}
	}
	return best, found
}

func abs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}
