package bench_test

import (
	"fmt"
	"math"
	"math/rand"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"wasmstep/bench"
	"wasmstep/debugger"
)

// TestHistoryCosts, with -report, measures what debugging with history
// costs (issue 9's columns), per workload of ../shared/bench: the CPU time
// of `wasmstep run` against `wasmstep debug` running invoke and continue
// with history on (whole processes, as a user runs them), then in process
// the history's bytes per million instructions and the time of `back`
// from the end of the run, of `goto` back to its middle, of a `goto`
// forward from there (to nine tenths) and of `origin` on the last byte it wrote; and the same two processes for a Go program for
// wasip1 built from testdata/maps. It checks that everything works, never
// the numbers.
func TestHistoryCosts(t *testing.T) {
	if !*report {
		t.Skip("the measurements take minutes; run them with -report -v")
	}
	if !testing.Verbose() {
		t.Fatal("-report needs -v: go test hides the output of a passing test")
	}
	dir, ws := workloads(t)
	bin := filepath.Join(t.TempDir(), "wasmstep")
	goBuild(t, nil, "-o", bin, "wasmstep")
	fmt.Println("history in the fast loop: CPU of `run` vs `debug` with invoke, continue (history on), best of 3 processes;")
	fmt.Println("then in process: history size, and the time of back from the end, goto to the middle, goto forward from there to 9/10, origin of the last byte written")
	fmt.Printf("%-11s %8s %8s %6s %12s %8s %8s %8s %8s\n", "workload", "run", "debug", "ratio", "B/1e6 instr", "back", "goto mid", "fwd goto", "origin")
	var ratios []float64
	for _, w := range ws {
		path, arg := filepath.Join(dir, w.File), fmt.Sprint(w.N)
		run := best(3, func() bench.Cost { return measure(t, "run", bin, "run", path, "--invoke", w.Func, arg) })
		script := fmt.Sprintf("invoke %s %s\ncontinue\nquit\n", w.Func, arg)
		debug := best(3, func() bench.Cost {
			var out strings.Builder
			c, err := bench.MeasureWithInput(budget, strings.NewReader(script), &out, bin, "debug", path)
			if err != nil || !strings.Contains(out.String(), fmt.Sprintf("finished: i64:%d", w.Expected)) {
				t.Errorf("%s: debug: %v\n%s", w.Name, err, out.String())
			}
			return c
		})
		r := debug.CPU.Seconds() / run.CPU.Seconds()
		ratios = append(ratios, r)
		tr := travel(t, path, w)
		fmt.Printf("%-11s %7.2fs %7.2fs %5.2fx %12.0f %7.3fs %7.3fs %7.3fs %8s\n", w.Name, run.CPU.Seconds(), debug.CPU.Seconds(), r, tr.perM, tr.back.Seconds(), tr.mid.Seconds(), tr.fwd.Seconds(), tr.origin)
	}
	fmt.Printf("geometric mean of debug/run: %.2fx over %d workloads (target 1.3x, worst 1.6x)\n\n", geoMean(ratios), len(ratios))
	goProgram(t, bin)
}

// travelCosts is what travel measures.
type travelCosts struct {
	steps          uint64
	perM           float64 // history bytes per 10^6 instructions
	back, mid, fwd time.Duration
	origin         string
	rounds         time.Duration // the median of goto rounds back and forward (travelRounds)
}

// travel runs a workload in a session with history and times travel in it:
// back from the end, goto back to the middle, goto forward from there, then
// the median of gotos back and forward to random places, and origin.
func travel(t *testing.T, path string, w bench.Workload) travelCosts {
	s := debugger.NewSession(debugger.Options{})
	defer s.Close()
	if err := s.LoadFiles(path); err != nil {
		t.Fatal(err)
	}
	check(t)(s.Invoke(w.Func, []string{fmt.Sprint(w.N)}))
	end := check(t)(s.Continue())
	var tc travelCosts
	tc.steps = end.Steps
	tc.perM = float64(s.HistoryBytes()) / (float64(end.Steps) / 1e6)
	tc.back = timed(t, s.StepBack)
	tc.mid = timed(t, func() (*debugger.Snapshot, error) { return s.Goto(end.Steps / 2) })
	tc.fwd = timed(t, func() (*debugger.Snapshot, error) { return s.Goto(end.Steps / 10 * 9) })
	tc.rounds = travelRounds(t, s, end.Steps)
	tc.origin = "n/a"
	if q, ok := lastWrite(end); ok {
		check(t)(s.Goto(end.Steps))
		tc.origin = fmt.Sprintf("%.3fs", timed(t, func() (*debugger.Snapshot, error) { return s.Origin(q) }).Seconds())
	}
	return tc
}

// travelRounds times gotos alternately into the first and the last half
// of a run of n instructions, and returns the median.
func travelRounds(t *testing.T, s *debugger.Session, n uint64) time.Duration {
	rng := rand.New(rand.NewSource(int64(n)))
	var ds []time.Duration
	for i := range 10 {
		to := uint64(rng.Int63n(int64(n / 2)))
		if i%2 == 1 {
			to += n / 2
		}
		ds = append(ds, timed(t, func() (*debugger.Snapshot, error) { return s.Goto(to) }))
	}
	slices.Sort(ds)
	return ds[len(ds)/2]
}

// goProgram measures the Go program as whole processes.
func goProgram(t *testing.T, wasmstep string) {
	prog := filepath.Join(t.TempDir(), "maps.wasm")
	goBuild(t, []string{"GOOS=wasip1", "GOARCH=wasm"}, "-o", prog, "./testdata/maps")
	var out strings.Builder
	run := best(3, func() bench.Cost {
		out.Reset()
		c, err := bench.MeasureWithInput(budget, nil, &out, wasmstep, "run", prog)
		if err != nil {
			t.Error(err)
		}
		return c
	})
	want := out.String()
	debug := best(3, func() bench.Cost {
		out.Reset()
		c, err := bench.MeasureWithInput(budget, strings.NewReader("run\nquit\n"), &out, wasmstep, "debug", prog)
		if err != nil {
			t.Error(err)
		}
		return c
	})
	if !strings.Contains(out.String(), strings.TrimSpace(want)) {
		t.Errorf("debug printed %q, want the program's %q", out.String(), want)
	}
	fmt.Printf("Go program (200,000 map updates, whole processes, best of 3)\n  run   %s\n  debug %s   (run, history on)   ratio CPU %.2fx RSS %.2fx\n",
		run, debug, debug.CPU.Seconds()/run.CPU.Seconds(), float64(debug.PeakRSS)/float64(run.PeakRSS))
}

// lastWrite names the last byte the run wrote in its first memory.
func lastWrite(snap *debugger.Snapshot) (debugger.OriginQuery, bool) {
	if len(snap.Memories) == 0 || len(snap.Memories[0].Written) == 0 {
		return debugger.OriginQuery{}, false
	}
	rs := snap.Memories[0].Written
	return debugger.OriginQuery{Kind: debugger.OriginMemory, Addr: rs[len(rs)-1].End - 1, Len: 1}, true
}

func bestTime(n int, f func() time.Duration) time.Duration {
	b := f()
	for range n - 1 {
		b = min(b, f())
	}
	return b
}

func timed(t *testing.T, f func() (*debugger.Snapshot, error)) time.Duration {
	start := time.Now()
	check(t)(f())
	return time.Since(start)
}

func check(t *testing.T) func(*debugger.Snapshot, error) *debugger.Snapshot {
	return func(snap *debugger.Snapshot, err error) *debugger.Snapshot {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return snap
	}
}

func geoMean(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += math.Log(x)
	}
	return math.Exp(sum / float64(len(xs)))
}
