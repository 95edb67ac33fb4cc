package bench_test

import (
	"flag"
	"fmt"
	"syscall"
	"testing"
	"time"

	"wasmstep/bench"
)

var runs = flag.Int("runs", 3, "TestReport, TestGoProgram: runs of each measurement, the least CPU time kept")

// cpuTime is this process's CPU time (user + system): a call's cost read
// around it counts its garbage collection too, and no time spent waiting
// for the other programs loading the machine.
func cpuTime(t testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// bestCPU loads a workload once and returns the least CPU time of *runs
// calls, 0 (after an error) when the engine fails on it.
func bestCPU(t *testing.T, e bench.Engine, dir string, w bench.Workload) time.Duration {
	r, err := bench.Prepare(e, dir, w)
	if err != nil {
		t.Error(err)
		return 0
	}
	defer r.Close()
	var best time.Duration
	for range *runs {
		start := cpuTime(t)
		if err := bench.Call(r, w); err != nil {
			t.Error(fmt.Errorf("%s: %s: %w", e.Name(), w.Name, err))
			return 0
		}
		if d := cpuTime(t) - start; best == 0 || d < best {
			best = d
		}
	}
	return best
}

// bestWasm3 is bestCPU for a wasm3 process (0 when bin is "").
func bestWasm3(t *testing.T, bin, dir string, w bench.Workload) time.Duration {
	if bin == "" {
		return 0
	}
	var best time.Duration
	for range *runs {
		c, err := bench.Wasm3(budget, bin, dir, w)
		if err != nil {
			t.Error(err)
			return 0
		}
		if best == 0 || c.CPU < best {
			best = c.CPU
		}
	}
	return best
}
