package bench

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestParseWasm3Result(t *testing.T) {
	tests := []struct {
		out     string
		want    int64
		wantErr string
	}{
		{"Result: 14930352\n", 14930352, ""},
		{"some output\nResult: -5\n", -5, ""},
		{"Result: 2782845823048622296", 2782845823048622296, ""},
		{"Error: [trap] integer divide by zero\n", 0, `no "Result:" line`},
		{"Result: <Empty Stack>\n", 0, "<Empty Stack>"},
	}
	for _, tc := range tests {
		got, err := ParseWasm3Result(tc.out)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ParseWasm3Result(%q) error = %v, want one containing %q", tc.out, err, tc.wantErr)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParseWasm3Result(%q) = %d, %v; want %d", tc.out, got, err, tc.want)
		}
	}
}

func TestWriteReportWithWasm3(t *testing.T) {
	var buf bytes.Buffer
	rows := []Row{
		{Name: "fib", Wasmstep: 2 * time.Second, Wazero: 5 * time.Second, Wasm3: time.Second},
		{Name: "sieve", Wasmstep: time.Second, Wazero: 4 * time.Second}, // wasm3 failed
	}
	if err := WriteReport(&buf, rows); err != nil {
		t.Fatal(err)
	}
	want := `| name         | wasmstep s |   wazero s |  ratio |    wasm3 s | vs wasm3 |
|--------------|-----------:|-----------:|-------:|-----------:|---------:|
| fib          |      2.000 |      5.000 |   2.50 |      1.000 |     0.50 |
| sieve        |      1.000 |      4.000 |   4.00 |        n/a |      n/a |

geometric mean of ratios (wazero/wasmstep, above 1: wasmstep is faster): 3.16 over 2 workloads
geometric mean of ratios (wasm3/wasmstep, below 1: wasm3 is faster): 0.50 over 1 workloads
`
	if got := buf.String(); got != want {
		t.Errorf("report:\n%s\nwant:\n%s", got, want)
	}
}

func TestWasm3RunsAWorkload(t *testing.T) {
	bin := Wasm3Path()
	if bin == "" {
		t.Skip("no wasm3 on PATH")
	}
	dir, err := Dir()
	if err != nil {
		t.Skip(err)
	}
	w := Workload{Name: "fib", File: "c/fib.wasm", Func: "run", N: 20, Expected: 6765}
	b := Budget{Wall: time.Minute, RSS: 1 << 30}
	if _, err := Wasm3(b, bin, dir, w); err != nil {
		t.Fatal(err)
	}
	w.Expected++
	if _, err := Wasm3(b, bin, dir, w); err == nil || !strings.Contains(err.Error(), "want 6766") {
		t.Errorf("wrong result: error %v", err)
	}
}
