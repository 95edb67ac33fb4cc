package cli

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateDebugGolden = flag.Bool("update-debug", false, "rewrite the debug and trace golden files")

// TestDebugSessions runs each testdata/debug/*.cmds script through
// `wasmstep debug` (its first line gives the arguments) and compares the
// transcript with the .golden file next to it.
func TestDebugSessions(t *testing.T) {
	scripts, _ := filepath.Glob("testdata/debug/*.cmds")
	if len(scripts) == 0 {
		t.Fatal("no scripts")
	}
	for _, path := range scripts {
		t.Run(filepath.Base(path), func(t *testing.T) {
			script, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(string(script), "\n")
			args, ok := strings.CutPrefix(first, "# args: ")
			if !ok {
				t.Fatalf("%s: first line must be '# args: ...'", path)
			}
			var out bytes.Buffer
			code := Main(append([]string{"debug"}, strings.Fields(args)...), bytes.NewReader(script), &out, &out)
			out.WriteString("--- exit " + string(rune('0'+code)) + "\n")
			checkGolden(t, strings.TrimSuffix(path, ".cmds")+".golden", out.Bytes())
		})
	}
}

func TestTrace(t *testing.T) {
	for _, tc := range []struct{ name, args string }{
		{"trace_fact", "testdata/debug/fact.wat --invoke fact 2"},
		{"trace_trap", "testdata/debug/fact.wat --invoke div 1 0 --json"},
		{"trace_log", "testdata/debug/log.wat --invoke count_down 1"},
		{"trace_usage", "testdata/debug/fact.wat"},
		{"trace_bad_file", "testdata/debug/missing.wat --invoke f"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			code := Main(append([]string{"trace"}, strings.Fields(tc.args)...), nil, &out, &out)
			out.WriteString("--- exit " + string(rune('0'+code)) + "\n")
			checkGolden(t, filepath.Join("testdata/debug", tc.name+".golden"), out.Bytes())
		})
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *updateDebugGolden {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update-debug to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
