package bench_test

import (
	"flag"
	"fmt"
	"os"
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

// TestReport runs, with -report, every workload once on both engines and
// prints the comparison table. It checks the results, never the times.
func TestReport(t *testing.T) {
	if !*report {
		t.Skip("the comparison takes minutes; run it with -report -v")
	}
	if !testing.Verbose() {
		t.Fatal("-report needs -v: go test hides the output of a passing test")
	}
	dir, ws := workloads(t)
	var rows []bench.Row
	for _, w := range ws {
		row := bench.Row{
			Name:     w.Name,
			Wasmstep: timeOnce(t, bench.Wasmstep(), dir, w),
			Wazero:   timeOnce(t, bench.Wazero(), dir, w),
		}
		fmt.Printf("%-12s wasmstep %-10s wazero %s\n", w.Name, seconds(row.Wasmstep), seconds(row.Wazero))
		rows = append(rows, row)
	}
	fmt.Println()
	if err := bench.WriteReport(os.Stdout, rows); err != nil {
		t.Fatal(err)
	}
}

func timeOnce(t *testing.T, e bench.Engine, dir string, w bench.Workload) time.Duration {
	d, err := bench.Time(e, dir, w)
	if err != nil {
		t.Error(err)
		return 0
	}
	return d
}

func seconds(d time.Duration) string {
	if d == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3fs", d.Seconds())
}
