package cli

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"wasmstep/internal/memwatch"
)

// writeFile writes a generated reproduction into the test's directory.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := writeFileAt(p, content); err != nil {
		t.Fatal(err)
	}
	return p
}

func writeFileAt(path, content string) error { return os.WriteFile(path, []byte(content), 0o644) }

// Half a million nested blocks once killed every command with a Go stack
// overflow; now each reports the parse error with its position, exit 2.
func TestDeepNestingFailsEveryCommandCleanly(t *testing.T) {
	memwatch.Guard(t, 1500*memwatch.MiB)
	const n = 500_000
	src := "(module (func (export \"f\")\n" + strings.Repeat("(block ", n) + strings.Repeat(")", n) + "))"
	wat := writeFile(t, "deep.wat", src)
	wast := writeFile(t, "deep.wast", src+"\n(assert_return (invoke \"f\"))\n")
	for _, args := range [][]string{
		{"run", wat, "--invoke", "f"},
		{"wat2wasm", wat, "-o", filepath.Join(t.TempDir(), "out.wasm")},
		{"trace", wat, "--invoke", "f"},
		{"test", wast},
	} {
		stdout, stderr, code := runCLI(t, args...)
		stderr += stdout // test reports a module that fails as a failed assertion
		if !strings.Contains(stderr, ":2:") || !strings.Contains(stderr, "nested more than 100000 deep") {
			t.Errorf("%s: stderr %.300q", args[0], stderr)
		}
		if want := map[string]int{"test": 1}[args[0]]; want != 0 && code != want || want == 0 && code != exitError {
			t.Errorf("%s: exit %d", args[0], code)
		}
	}
	var out, errb strings.Builder
	if code := Main([]string{"debug", wat}, strings.NewReader("quit\n"), &out, &errb); code != exitError ||
		!strings.Contains(errb.String(), "nested more than 100000 deep") {
		t.Errorf("debug: exit %d, stderr %.300q", code, errb.String())
	}
}

// proc_exit(256) once exited 0; a code that does not fit a status now
// exits 1 and says why, and one that fits is kept.
func TestProcExitCodes(t *testing.T) {
	prog := func(code int) string {
		return writeFile(t, "exit.wat", `(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (func (export "_start") (call $exit (i32.const `+strconv.Itoa(code)+`))))`)
	}
	for _, tc := range []struct {
		code, status int
		stderr       string
	}{
		{0, 0, ""}, {7, 7, ""}, {255, 255, ""},
		{256, 1, "exited with 256, which does not fit an exit status; exiting with 1"},
		{-1, 1, "exited with 4294967295"},
	} {
		_, stderr, status := runCLI(t, "run", prog(tc.code))
		if status != tc.status || !strings.Contains(stderr, tc.stderr) {
			t.Errorf("proc_exit(%d): exit %d, stderr %q; want %d, %q", tc.code, status, stderr, tc.status, tc.stderr)
		}
	}
}

// A declaration over a store limit is an instantiation error at the
// declaration (exit 2), not a trap, and names no Go field.
func TestDeclarationsOverTheLimitsAreLimitErrors(t *testing.T) {
	mem := writeFile(t, "mem.wat", "(module\n  (memory i64 0x1000_0000))") // 16 TiB
	_, stderr, code := runCLI(t, "run", mem)
	if code != exitError || !strings.Contains(stderr, "mem.wat:2:4: memory 0: a minimum of 268435456 pages passes the limit of 1 TiB per memory") {
		t.Errorf("memory: exit %d, stderr %q", code, stderr)
	}
	table := writeFile(t, "table.wat", "(module\n  (table 0x8000000 funcref))")
	_, stderr, code = runCLI(t, "run", table)
	if code != exitError || !strings.Contains(stderr, "table.wat:2:4: table 0: a minimum of 134217728 entries passes the limit of") ||
		strings.Contains(stderr, "Store.") {
		t.Errorf("table: exit %d, stderr %q", code, stderr)
	}
}

// A script the runner rejects as a whole once added nothing to the totals,
// hiding every assertion in it; it now counts as one failure.
func TestRejectedScriptCountsAsFailed(t *testing.T) {
	good := writeFile(t, "good.wast", "(module (func (export \"f\")))\n(assert_return (invoke \"f\"))\n")
	bad := writeFile(t, "bad.wast", "(module (func))\n(assert_return (invoke \"f\"))\n(foo bar)\n")
	stdout, stderr, code := runCLI(t, "test", good, bad)
	if !strings.HasSuffix(stdout, "1 passed, 1 failed\n") || !strings.Contains(stderr, "bad.wast:3:2: unknown operator foo") || code != exitError {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

// countWriter counts what it is given and keeps none of it.
type countWriter struct{ n int }

func (w *countWriter) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }

// wasm2wat once built its whole output in memory, indented by depth: 60 KB
// of nested binary became 800 MB of text and 3.1 GB of memory before the
// first byte came out. It now streams with indentation capped.
func TestWasm2WatStreamsDeepBodies(t *testing.T) {
	memwatch.Guard(t, 600*memwatch.MiB)
	const n = 30_000
	wat := writeFile(t, "nested.wat", "(module (func "+strings.Repeat("(block ", n)+strings.Repeat(")", n)+"))")
	wasm := filepath.Join(t.TempDir(), "nested.wasm")
	if _, stderr, code := runCLI(t, "wat2wasm", wat, "-o", wasm); code != exitOK {
		t.Fatal(stderr)
	}
	if info, err := os.Stat(wasm); err != nil || info.Size() > 100<<10 {
		t.Fatalf("binary: %v, %v", info, err)
	}
	out := &countWriter{}
	var stderr strings.Builder
	if code := Main([]string{"wasm2wat", wasm}, strings.NewReader(""), out, &stderr); code != exitOK {
		t.Fatal(stderr.String())
	}
	// Two lines per level, each at most 2*40 spaces and "block"/"end".
	if limit := 2 * n * (2*40 + 8); out.n > limit {
		t.Errorf("%d bytes of text for %d levels, want at most %d", out.n, n, limit)
	}
}
