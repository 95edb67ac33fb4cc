package bench_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"wasmstep/bench"
)

// TestGoProgram, with -report, times a real compiled program beside the
// kernels: testdata/maps (200,000 map updates) built for wasip1, run as a
// whole process by wasmstep's command line, wazero's interpreter and, when
// on PATH, wasm3 (CPU time, best of -runs, GOMAXPROCS=1); and reports the
// lowered bytes per instruction of the functions the run lowered.
func TestGoProgram(t *testing.T) {
	if !*report {
		t.Skip("the measurements take minutes; run them with -report -v")
	}
	if !testing.Verbose() {
		t.Fatal("-report needs -v: go test hides the output of a passing test")
	}
	t.Setenv("GOMAXPROCS", "1")
	dir := t.TempDir()
	wasmstep := filepath.Join(dir, "wasmstep")
	wazero := filepath.Join(dir, "wazero")
	maps := filepath.Join(dir, "maps.wasm")
	goBuild(t, nil, "-o", wasmstep, "wasmstep")
	goBuild(t, nil, "-o", wazero, "github.com/tetratelabs/wazero/cmd/wazero")
	goBuild(t, []string{"GOOS=wasip1", "GOARCH=wasm"}, "-o", maps, "./testdata/maps")

	var want bytes.Buffer
	p, err := bench.LoadProgram(maps, &want)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if err := p.Run(nil); err != nil {
		t.Fatal(err)
	}
	row := bench.Row{
		Name:     "go-maps",
		Wasmstep: must(t)(bestProcess(want.String(), wasmstep, "run", maps)),
		Wazero:   must(t)(bestProcess(want.String(), wazero, "run", "-interpreter", maps)),
	}
	// wasm3 is a reference, not under test: one that cannot run the
	// program (its compiler refuses Go's big functions) leaves a note.
	if wasm3 := bench.Wasm3Path(); wasm3 != "" {
		if row.Wasm3, err = bestProcess(want.String(), wasm3, maps); err != nil {
			fmt.Printf("wasm3 did not run it: %v\n", err)
		}
	}
	st, _ := os.Stat(maps)
	fmt.Printf("Go program for wasip1 (%.1f MB, whole processes, CPU time best of %d, GOMAXPROCS=1)\n\n", float64(st.Size())/(1<<20), *runs)
	if err := bench.WriteReport(os.Stdout, []bench.Row{row}); err != nil {
		t.Fatal(err)
	}
	s := p.CodeSize()
	fmt.Printf("\nlowered code of the %d instructions the run lowered: %d ops, %.1f bytes per instruction (%.1f per op)\n",
		s.Instrs, s.Ops, float64(s.Bytes)/float64(s.Instrs), float64(s.Bytes)/float64(s.Ops))
}

// bestProcess runs a command *runs times, checks that it prints want, and
// returns its least CPU time.
func bestProcess(want, name string, args ...string) (time.Duration, error) {
	var best time.Duration
	for range *runs {
		var out bytes.Buffer
		c, err := bench.Measure(budget, &out, name, args...)
		if err != nil {
			// wasm3 reports a failure on its standard output.
			return 0, fmt.Errorf("%s: %w; output %q", filepath.Base(name), err, lastLine(out.String()))
		}
		if out.String() != want {
			return 0, fmt.Errorf("%s printed %q, want %q", filepath.Base(name), out.String(), want)
		}
		if best == 0 || c.CPU < best {
			best = c.CPU
		}
	}
	return best, nil
}

// must turns a measurement's error into the test's (and a 0 duration, the
// report's n/a).
func must(t *testing.T) func(time.Duration, error) time.Duration {
	return func(d time.Duration, err error) time.Duration {
		if err != nil {
			t.Error(err)
		}
		return d
	}
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	return s[strings.LastIndex(s, "\n")+1:]
}
