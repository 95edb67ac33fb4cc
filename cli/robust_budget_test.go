package cli

import (
	"fmt"
	"strings"
	"testing"

	"wasmstep/internal/memwatch"
)

// Each of these once took the host past 4-6 GB: every limit was per
// object. Under one --max-memory budget they now fail as the budget says:
// a trap "out of memory: ... (limit SIZE)" at the instruction (exit 1), an
// instantiation error at the declaration (exit 2), or -1 from a grow.
func TestMemoryBudget(t *testing.T) {
	memwatch.Guard(t, 1200*memwatch.MiB)
	locals := strings.Repeat(" i64", 49_999)
	for _, tc := range []struct {
		name, src, invoke string
		status            int
		stdout, stderr    string
	}{
		{"memory.fill of 16 GiB on a memory64", `(module (memory i64 262145)
  (func (export "f") (memory.fill (i64.const 0) (i32.const 1) (i64.const 0x4_0000_0000))))`,
			"f", exitTrap, "", "trap: out of memory: writing "},
		{"stores touching fresh pages", `(module (memory i64 262145)
  (func (export "f") (local $a i64)
    (loop $l (i64.store (local.get $a) (i64.const 1))
      (local.set $a (i64.add (local.get $a) (i64.const 65536)))
      (br_if $l (i64.lt_u (local.get $a) (i64.const 0x4_0000_0000))))))`,
			"f", exitTrap, "", "(limit 256 MiB)"},
		{"8 tables of 2^26 entries", "(module\n" + strings.Repeat("  (table 0x4000000 funcref)\n", 8) + ")",
			"", exitError, "", "tables.wat:2:4: table 0: a minimum of 67108864 entries does not fit the memory limit (256 MiB)"},
		{"a flat memory over the budget", "(module\n  (memory 8192))",
			"", exitError, "", ":2:4: memory 0: a minimum of 8192 pages does not fit the memory limit (256 MiB)"},
		{"GC arrays kept alive", `(module (type $a (array (mut i64)))
  (global $keep (mut (ref null $a)) (ref.null $a))
  (type $list (struct (field (ref null $a)) (field (ref null $list))))
  (func (export "f") (local $l (ref null $list))
    (loop $more
      (local.set $l (struct.new $list (array.new_default $a (i32.const 0x100000)) (local.get $l)))
      (br $more))))`,
			"f", exitTrap, "", "trap: out of memory: an array of 1048576 elements (limit 256 MiB)"},
		{"49,999 locals in deep recursion", `(module
  (func $deep (export "f") (param i32) (local` + locals + `)
    (if (local.get 0) (then (call $deep (i32.sub (local.get 0) (i32.const 1)))))))`,
			"f 5000", exitTrap, "", "trap: out of memory: a call stack of"},
		{"memory.grow past the budget returns -1", `(module (memory 1)
  (func (export "f") (result i32) (memory.grow (i32.const 8192))))`,
			"f", exitOK, "i32:-1\n", ""},
		{"table.grow past the budget returns -1", `(module (table 1 funcref)
  (func (export "f") (result i32) (table.grow (ref.null func) (i32.const 0x4000000))))`,
			"f", exitOK, "i32:-1\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := writeFile(t, map[bool]string{true: "tables.wat", false: "prog.wat"}[strings.HasPrefix(tc.name, "8 tables")], tc.src)
			args := []string{"run", file, "--max-memory", "256M"}
			if tc.invoke != "" {
				args = append(args, append([]string{"--invoke"}, strings.Fields(tc.invoke)...)...)
			}
			stdout, stderr, code := runCLI(t, args...)
			if code != tc.status || stdout != tc.stdout || !strings.Contains(stderr, tc.stderr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d, %q, %q", code, stdout, stderr, tc.status, tc.stdout, tc.stderr)
			}
		})
	}
}

// --max-memory goes before or after the files, on every command, and a bad
// size is a usage error.
func TestMaxMemoryFlag(t *testing.T) {
	grow := writeFile(t, "grow.wat", `(module (memory 1)
  (func (export "f") (result i32) (memory.grow (i32.const 8192))))`)
	for _, args := range [][]string{
		{"run", "--max-memory", "128M", grow, "--invoke", "f"},
		{"run", grow, "--invoke", "f", "--max-memory", "128MiB"},
		{"trace", "--max-memory", "128M", grow, "--invoke", "f"},
	} {
		stdout, stderr, code := runCLI(t, args...)
		if code != exitOK || !strings.HasSuffix(stdout, "i32:-1\n") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
	var out, errb strings.Builder
	Main([]string{"debug", grow, "--max-memory", "128M"}, strings.NewReader("invoke f\nfinish\nquit\n"), &out, &errb)
	if !strings.Contains(out.String(), "i32:-1") {
		t.Errorf("debug: %q %q", out.String(), errb.String())
	}
	wast := writeFile(t, "grow.wast", `(module (memory 1)
  (func (export "f") (result i32) (memory.grow (i32.const 8192))))
(assert_return (invoke "f") (i32.const -1))`)
	if stdout, stderr, code := runCLI(t, "test", wast, "--max-memory", "128M"); code != exitOK {
		t.Errorf("test: exit %d, %q %q", code, stdout, stderr)
	}
	for _, bad := range []string{"lots", "0", "12Q"} {
		if _, stderr, code := runCLI(t, "run", grow, "--max-memory", bad); code != exitError || !strings.Contains(stderr, "want a size such as 512M") {
			t.Errorf("--max-memory %s: exit %d, %q", bad, code, stderr)
		}
	}
	if stdout, _, _ := runCLI(t, "--help"); !strings.Contains(stdout, "--max-memory SIZE") || !strings.Contains(stdout, "default ") {
		t.Errorf("--help: %q", stdout)
	}
}

// The text parser once took any number of locals while the binary decoder
// refused more than 50,000; both now refuse, the same way.
func TestLocalsLimitIsTheSameForTextAndBinary(t *testing.T) {
	src := fmt.Sprintf("(module\n  (func (local%s)))", strings.Repeat(" i32", 60_000))
	_, stderr, code := runCLI(t, "run", writeFile(t, "many.wat", src))
	if code != exitError || !strings.Contains(stderr, "many.wat:2:4: too many locals") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// The window's sessions run under the --max-memory budget too.
func TestWindowEngineHonoursTheBudget(t *testing.T) {
	grow := writeFile(t, "grow.wat", `(module (memory 1)
  (func (export "f") (result i32) (memory.grow (i32.const 8192))))`)
	e := newLimitedEngine([]string{grow}, 128<<20, historyLimit{})
	if err := e.LoadFiles(grow); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Invoke("f", nil); err != nil {
		t.Fatal(err)
	}
	snap, err := e.Continue()
	if err != nil || len(snap.Results) != 1 || uint32(snap.Results[0].Lo) != 0xFFFFFFFF {
		t.Fatalf("%+v, %v", snap.Results, err)
	}
}
