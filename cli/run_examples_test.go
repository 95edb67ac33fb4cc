package cli

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateGolden = flag.Bool("update", false, "rewrite the examples' .golden files")

// TestExamples runs each example as its header's "Run:" line says and
// compares stdout, stderr and the exit status with examples/NAME.golden.
func TestExamples(t *testing.T) {
	files, err := filepath.Glob("../examples/*.wat")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	ran := 0
	for _, file := range files {
		args := runLine(t, file)
		if args == nil {
			continue // a module another example's Run line loads
		}
		ran++
		name := strings.TrimSuffix(filepath.Base(file), ".wat")
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := Main(args, strings.NewReader(""), &stdout, &stderr)
			got := fmt.Sprintf("%s--- stderr\n%s--- exit %d\n", stdout.String(),
				strings.ReplaceAll(stderr.String(), "../examples/", "examples/"), status)
			golden := strings.TrimSuffix(file, ".wat") + ".golden"
			if *updateGolden {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("wasmstep %s\ngot:\n%s\nwant:\n%s", strings.Join(args, " "), got, want)
			}
		})
	}
	if ran < 15 {
		t.Errorf("only %d examples have a Run line", ran)
	}
}

// runLine returns the arguments of the example's ";; Run: wasmstep ..."
// header line, with paths made relative to this package, or nil.
func runLine(t *testing.T, file string) []string {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, ";;") {
			return nil
		}
		if rest, ok := strings.CutPrefix(line, ";; Run: wasmstep "); ok {
			args := strings.Fields(rest)
			for i, a := range args {
				if strings.HasPrefix(a, "examples/") {
					args[i] = "../" + a
				}
			}
			return args
		}
	}
	return nil
}
