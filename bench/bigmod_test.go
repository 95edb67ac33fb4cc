package bench_test

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"wasmstep/bench"
	"wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/wat"
)

// budget bounds every process TestBigModules starts, so a module wasmstep
// cannot yet handle fails its line instead of exhausting the machine.
var budget = bench.Budget{Wall: 3 * time.Minute, RSS: 2 << 30}

var wasmstepBin = flag.String("wasmstep-bin", "", "TestBigModules: measure this wasmstep binary (say, an older build) instead of building the current one")

// TestBigModules, with -report, measures start-up on big modules: the CPU
// time and peak memory of whole processes, wasmstep's command line beside
// wazero's (its interpreter), for a Go program for wasip1 built here from
// testdata/hello and for a generated module of 200,000 functions; the
// window (a headless screenshot) of both; wasm2wat's memory beside the
// size of what it prints; and run of the big module as text. It checks that the commands work, never the
// numbers.
func TestBigModules(t *testing.T) {
	if !*report {
		t.Skip("the measurements take minutes; run them with -report -v")
	}
	if !testing.Verbose() {
		t.Fatal("-report needs -v: go test hides the output of a passing test")
	}
	dir := t.TempDir()
	wasmstep := filepath.Join(dir, "wasmstep")
	wazero := filepath.Join(dir, "wazero")
	hello := filepath.Join(dir, "hello.wasm")
	big := filepath.Join(dir, "big.wasm")
	if *wasmstepBin != "" {
		wasmstep = *wasmstepBin
	} else {
		goBuild(t, nil, "-o", wasmstep, "wasmstep")
	}
	goBuild(t, nil, "-o", wazero, "github.com/tetratelabs/wazero/cmd/wazero")
	goBuild(t, []string{"GOOS=wasip1", "GOARCH=wasm"}, "-o", hello, "./testdata/hello")
	if err := os.WriteFile(big, bench.ManyFunctions(200_000), 0o644); err != nil {
		t.Fatal(err)
	}
	bigText := filepath.Join(dir, "big.wat")
	writeText(t, bigText, big)
	png := filepath.Join(dir, "shot.png")
	// The small module is measured best of 5, against the noise of other
	// programs on the machine; the big one once.
	for _, m := range []struct {
		name, path string
		runs       int
	}{{"go-hello", hello, 5}, {"200k-funcs", big, 1}} {
		st, _ := os.Stat(m.path)
		fmt.Printf("%s (%.1f MB, best of %d)\n", m.name, float64(st.Size())/(1<<20), m.runs)
		ws := best(m.runs, func() bench.Cost { return measure(t, "run", wasmstep, "run", m.path) })
		wz := best(m.runs, func() bench.Cost { return measure(t, "run", wazero, "run", "-interpreter", m.path) })
		fmt.Printf("  run         wasmstep %s   wazero %s   ratio CPU %s RSS %s\n", ws, wz,
			ratio(ws.CPU.Seconds(), wz.CPU.Seconds()), ratio(float64(ws.PeakRSS), float64(wz.PeakRSS)))
		fmt.Printf("  window      wasmstep %s\n", best(m.runs, func() bench.Cost {
			return measure(t, "screenshot", wasmstep, "screenshot", m.path, "--out", png)
		}))
		var n bench.Counter
		c, err := bench.Measure(budget, &n, wasmstep, "wasm2wat", m.path)
		if err != nil {
			t.Errorf("wasm2wat %s: %v", m.name, err)
		}
		fmt.Printf("  wasm2wat    wasmstep %s   printed %.0f MB\n", c, float64(n.N)/(1<<20))
	}
	// The same module as text, which wazero does not read.
	st, _ := os.Stat(bigText)
	fmt.Printf("200k-funcs as text (%.1f MB, once)\n", float64(st.Size())/(1<<20))
	fmt.Printf("  run         wasmstep %s\n", measure(t, "run", wasmstep, "run", bigText))
}

// writeText writes the text form of the binary module at from to path.
func writeText(t *testing.T, path, from string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	m, err := binary.Decode(source.NewFileSet().AddBinary(from, data))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := wat.Print(f, m); err != nil {
		t.Fatal(err)
	}
}

// best runs f n times and keeps the least CPU and the least peak memory.
func best(n int, f func() bench.Cost) bench.Cost {
	c := f()
	for range n - 1 {
		d := f()
		c.CPU, c.PeakRSS = min(c.CPU, d.CPU), min(c.PeakRSS, d.PeakRSS)
	}
	return c
}

func measure(t *testing.T, what, name string, args ...string) bench.Cost {
	t.Helper()
	c, err := bench.Measure(budget, nil, name, args...)
	if err != nil {
		t.Errorf("%s: %v", what, err)
	}
	return c
}

// ratio is wasmstep's over wazero's: at most 1.5 meets the target.
func ratio(ws, wz float64) string {
	if ws <= 0 || wz <= 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2fx", ws/wz)
}

// goBuild runs go build with the extra environment, headless (CGO off and
// Fyne's ci tag: run, wasm2wat and screenshot need no window system).
func goBuild(t *testing.T, env []string, args ...string) {
	t.Helper()
	cmd := exec.Command("go", append([]string{"build", "-tags", "ci"}, args...)...)
	cmd.Env = append(append(os.Environ(), "CGO_ENABLED=0"), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %v: %v\n%s", args, err, out)
	}
}
