package bench_test

import (
	"fmt"
	"path/filepath"
	"testing"
)

// TestTravelCosts, with -report, measures travel alone (the in-process part
// of TestHistoryCosts, without its processes), per workload: back from the
// end, goto back to the middle, goto forward from there to nine tenths,
// the median of ten gotos alternately into the first and the last half,
// and origin of the last byte written.
func TestTravelCosts(t *testing.T) {
	if !*report {
		t.Skip("the measurements take minutes; run them with -report -v")
	}
	if !testing.Verbose() {
		t.Fatal("-report needs -v: go test hides the output of a passing test")
	}
	dir, ws := workloads(t)
	fmt.Printf("%-11s %14s %12s %8s %8s %8s %8s %8s\n", "workload", "instructions", "B/1e6 instr", "back", "goto mid", "fwd goto", "median", "origin")
	for _, w := range ws {
		tc := travel(t, filepath.Join(dir, w.File), w)
		fmt.Printf("%-11s %14d %12.0f %7.3fs %7.3fs %7.3fs %7.3fs %8s\n", w.Name, tc.steps, tc.perM, tc.back.Seconds(), tc.mid.Seconds(), tc.fwd.Seconds(), tc.rounds.Seconds(), tc.origin)
	}
}
