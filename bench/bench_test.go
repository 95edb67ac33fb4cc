package bench_test

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"

	"wasmstep/bench"
)

var report = flag.Bool("report", false, "TestReport: run every workload once on each engine and print the comparison table (add -v)")

func workloads(tb testing.TB) (string, []bench.Workload) {
	tb.Helper()
	dir, err := bench.Dir()
	if err != nil {
		tb.Skip(err)
	}
	ws, err := bench.LoadWorkloads(dir)
	if err != nil {
		tb.Fatal(err)
	}
	return dir, ws
}

func BenchmarkWazero(b *testing.B) { benchmarkEngine(b, bench.Wazero()) }

func BenchmarkWasmstep(b *testing.B) { benchmarkEngine(b, bench.Wasmstep()) }

func benchmarkEngine(b *testing.B, e bench.Engine) {
	dir, ws := workloads(b)
	for _, w := range ws {
		b.Run(w.Name, func(b *testing.B) {
			r, err := bench.Prepare(e, dir, w)
			if err != nil {
				b.Fatal(err)
			}
			defer r.Close()
			for b.Loop() {
				if err := bench.Call(r, w); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestReport runs, with -report, every workload on each engine (CPU time,
// best of -runs, GOMAXPROCS=1) and prints the comparison table, with a
// wasm3 column when a wasm3 binary is on PATH. It checks the results,
// never the times.
func TestReport(t *testing.T) {
	if !*report {
		t.Skip("the comparison takes minutes; run it with -report -v")
	}
	if !testing.Verbose() {
		t.Fatal("-report needs -v: go test hides the output of a passing test")
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	dir, ws := workloads(t)
	wasm3 := bench.Wasm3Path()
	if wasm3 == "" {
		fmt.Println("no wasm3 on PATH: the table has no wasm3 column")
	}
	var rows []bench.Row
	for _, w := range ws {
		row := bench.Row{
			Name:     w.Name,
			Wasmstep: bestCPU(t, bench.Wasmstep(), dir, w),
			Wazero:   bestCPU(t, bench.Wazero(), dir, w),
			Wasm3:    bestWasm3(t, wasm3, dir, w),
		}
		fmt.Printf("%-12s wasmstep %-10s wazero %-10s wasm3 %s\n", w.Name, seconds(row.Wasmstep), seconds(row.Wazero), seconds(row.Wasm3))
		rows = append(rows, row)
	}
	fmt.Printf("\nCPU time (user+sys) of the call, best of %d, GOMAXPROCS=1; wasm3 as a whole process\n\n", *runs)
	if err := bench.WriteReport(os.Stdout, rows); err != nil {
		t.Fatal(err)
	}
}

func seconds(d time.Duration) string {
	if d == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3fs", d.Seconds())
}
