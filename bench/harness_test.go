package bench

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"time"
)

func TestLoadWorkloads(t *testing.T) {
	dir, err := Dir()
	if err != nil {
		t.Skip(err)
	}
	ws, err := LoadWorkloads(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ws) != 12 {
		t.Errorf("%d workloads, want the 12 of the README", len(ws))
	}
	want := Workload{Name: "sha256", File: "c/sha256.wasm", Func: "run", N: 150, Expected: 2782845823048622296}
	found := false
	for _, w := range ws {
		if w.Name == want.Name {
			found = true
			if w != want {
				t.Errorf("sha256 = %+v, want %+v", w, want)
			}
		}
	}
	if !found {
		t.Error("no sha256 workload")
	}
}

func TestParseWorkload(t *testing.T) {
	tests := []struct {
		line    string
		want    Workload
		wantErr string
	}{
		{"fib\tc/fib.wasm\trun\t36\t14930352", Workload{"fib", "c/fib.wasm", "run", 36, 14930352}, ""},
		{"fib\tc/fib.wasm\trun\t36", Workload{}, "4 fields"},
		{"fib\tc/fib.wasm\trun\t3000000000\t1", Workload{}, "n:"},
		{"fib\tc/fib.wasm\trun\t36\t18446744073709551615", Workload{}, "expected:"},
	}
	for _, tc := range tests {
		got, err := parseWorkload(tc.line)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("parseWorkload(%q) error = %v, want one containing %q", tc.line, err, tc.wantErr)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("parseWorkload(%q) = %+v, %v; want %+v", tc.line, got, err, tc.want)
		}
	}
}

func TestGeoMean(t *testing.T) {
	rows := []Row{
		{Name: "a", Wasmstep: 1 * time.Second, Wazero: 2 * time.Second}, // 2
		{Name: "b", Wasmstep: 4 * time.Second, Wazero: 2 * time.Second}, // 0.5
		{Name: "c", Wasmstep: 1 * time.Second, Wazero: 8 * time.Second}, // 8
		{Name: "d", Wazero: 3 * time.Second},                            // wasmstep did not run
	}
	mean, n := GeoMean(rows)
	if n != 3 || math.Abs(mean-2) > 1e-12 {
		t.Errorf("GeoMean = %v over %d, want 2 over 3", mean, n)
	}
	if _, n := GeoMean(rows[3:]); n != 0 {
		t.Errorf("GeoMean of a row without ratio counts %d rows", n)
	}
}

func TestWriteReport(t *testing.T) {
	var buf bytes.Buffer
	rows := []Row{{Name: "fib", Wasmstep: 2 * time.Second, Wazero: 5 * time.Second}, {Name: "sieve", Wazero: 1500 * time.Millisecond}}
	if err := WriteReport(&buf, rows); err != nil {
		t.Fatal(err)
	}
	want := `| name         | wasmstep s |   wazero s |  ratio |
|--------------|-----------:|-----------:|-------:|
| fib          |      2.000 |      5.000 |   2.50 |
| sieve        |        n/a |      1.500 |    n/a |

geometric mean of ratios (wazero/wasmstep, above 1: wasmstep is faster): 2.50 over 1 workloads
`
	if got := buf.String(); got != want {
		t.Errorf("report:\n%s\nwant:\n%s", got, want)
	}
}

// fakeRunner returns a fixed result, to test the checks without running Wasm.
type fakeRunner struct{ result int64 }

func (r fakeRunner) Run(int32) (int64, error) { return r.result, nil }
func (r fakeRunner) Close() error             { return nil }

func TestCallChecksResult(t *testing.T) {
	w := Workload{Name: "w", Func: "run", N: 3, Expected: 42}
	if err := Call(fakeRunner{42}, w); err != nil {
		t.Errorf("right result: %v", err)
	}
	if err := Call(fakeRunner{41}, w); err == nil || !strings.Contains(err.Error(), "run(3) = 41, want 42") {
		t.Errorf("wrong result: error %v", err)
	}
}

func TestWazeroRunsAWorkload(t *testing.T) {
	dir, err := Dir()
	if err != nil {
		t.Skip(err)
	}
	// fib(20) = 6765: the fib kernel at a size that runs in milliseconds.
	w := Workload{Name: "fib", File: "c/fib.wasm", Func: "run", N: 20, Expected: 6765}
	if _, err := Time(Wazero(), dir, w); err != nil {
		t.Fatal(err)
	}
	w.Func = "missing"
	if _, err := Time(Wazero(), dir, w); err == nil || !strings.Contains(err.Error(), `no exported function "missing"`) {
		t.Errorf("missing export: error %v", err)
	}
}

// TestEnginesAgree runs every workload at a small n on both engines and
// compares the results, wazero's being the reference.
func TestEnginesAgree(t *testing.T) {
	dir, err := Dir()
	if err != nil {
		t.Skip(err)
	}
	ws, err := LoadWorkloads(dir)
	if err != nil {
		t.Fatal(err)
	}
	small := map[string]int32{"fib": 20, "fib_rec": 20, "sieve": 1, "nbody": 1000, "sha256": 1, "matmul": 16,
		"qsort": 1000, "interp": 100, "memops": 1000, "memops_mvp": 100, "loop_sum": 100000, "mem_fill": 1}
	for _, w := range ws {
		n, ok := small[w.Name]
		if !ok {
			n = w.N/1000 + 1
		}
		want, err := runOnce(Wazero(), dir, w, n)
		if err != nil {
			t.Errorf("%s: %v", w.Name, err)
			continue
		}
		got, err := runOnce(Wasmstep(), dir, w, n)
		if err != nil || got != want {
			t.Errorf("%s: wasmstep run(%d) = %d, %v; wazero gives %d", w.Name, n, got, err, want)
		}
	}
}

func runOnce(e Engine, dir string, w Workload, n int32) (int64, error) {
	r, err := Prepare(e, dir, w)
	if err != nil {
		return 0, err
	}
	defer r.Close()
	return r.Run(n)
}
