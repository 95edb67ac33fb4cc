package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"wasmstep/internal/memwatch"
)

// debugScript runs `wasmstep debug args...` with script on stdin.
func debugScript(t *testing.T, script string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb strings.Builder
	code = Main(append([]string{"debug"}, args...), strings.NewReader(script), &out, &errb)
	return out.String(), errb.String(), code
}

const storeNearEnd = `(module
  (memory (export "mem") 1)
  (func (export "poke") (param i32)
    (i32.store16 (local.get 0) (i32.const 0x4242))))`

// A line over 64 KiB once ended the session silently; a long comment is now
// read whole, a line past the bound is reported by number and skipped, and
// the rest of the script runs either way.
func TestDebugLongInputLines(t *testing.T) {
	memwatch.Guard(t, 800*memwatch.MiB)
	wat := writeFile(t, "poke.wat", storeNearEnd)
	script := "# " + strings.Repeat("x", 100<<10) + "\n" +
		"break " + strings.Repeat("y", 2<<20) + "\n" +
		"info\nquit\n"
	out, stderr, code := debugScript(t, script, wat)
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{"error: input line 2 is longer than 1048576 bytes; skipped", "(wasmstep) info\nno breakpoints or watchpoints"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%.500s", want, out)
		}
	}
}

// A sidecar file with a line over 64 KiB once failed with
// "bufio.Scanner: token too long"; long lines are now read, and an error
// on one names the file and line.
func TestSidecarLongLines(t *testing.T) {
	wat := writeFile(t, "side.wat", `(module (import "env" "seed" (global i32))
  (func (export "get") (result i32) (global.get 0)))`)
	imports := "# " + strings.Repeat("c", 100<<10) + "\nenv seed = 42\n"
	writeSidecar := func(content string) {
		t.Helper()
		if err := writeFileAt(wat+".imports", content); err != nil {
			t.Fatal(err)
		}
	}
	writeSidecar(imports)
	stdout, stderr, code := runCLI(t, "run", wat, "--invoke", "get")
	if code != exitOK || stdout != "i32:42\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	writeSidecar("env seed = 42\n" + strings.Repeat("z ", 50<<10) + "\n")
	_, stderr, code = runCLI(t, "run", wat, "--invoke", "get")
	if code != exitError || !strings.Contains(stderr, "side.wat.imports:2:1: want MODULE NAME = TARGET") {
		t.Errorf("exit %d, stderr %.300q", code, stderr)
	}
}

// A watchpoint over a range that crosses the end of memory once never
// fired; a wrapped range is rejected.
func TestDebugWatchAtTheEndOfMemory(t *testing.T) {
	wat := writeFile(t, "poke.wat", storeNearEnd)
	out, _, _ := debugScript(t, "watch mem 0 65530 16\nwatch mem 0 0xFFFFFFFFFFFFFFFF 16\ninvoke poke 65534\ncontinue\nquit\n", wat)
	for _, want := range []string{
		"watchpoint 1: memory 0 [0xfffa, 0x1000a)",
		"error: watch range [0xffffffffffffffff, +16) wraps past the end of the address space",
		"watchpoint 1, memory 0 [0xfffa, 0x1000a): 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 -> 00 00 00 00 42 42 00",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// break x:1, an out-of-range line and a missing function each get their
// own message; enable and disable of a missing breakpoint are errors.
func TestDebugBreakAndEnableMessages(t *testing.T) {
	wat := writeFile(t, "poke.wat", storeNearEnd)
	out, _, _ := debugScript(t, "break x:1\nbreak poke.wat:99\nbreak 0\nbreak nope\nenable 99\ndisable 7\nquit\n", wat)
	for _, want := range []string{
		`(wasmstep) break x:1` + "\n" + `error: no loaded file "x" (loaded: `,
		"(wasmstep) break poke.wat:99\nerror: " + wat + " has no line 99 (it has 4)",
		"(wasmstep) break 0\nerror: " + wat + " has no line 0 (it has 4)",
		`(wasmstep) break nope` + "\n" + `error: no function "nope"`,
		"(wasmstep) enable 99\nerror: no breakpoint 99",
		"(wasmstep) disable 7\nerror: no breakpoint 7",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// trace --json once put the quotes of an export's name inside the string.
func TestTraceJSONFuncName(t *testing.T) {
	wat := writeFile(t, "poke.wat", storeNearEnd)
	stdout, stderr, code := runCLI(t, "trace", wat, "--invoke", "poke", "0", "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var line struct{ Func string }
	if err := json.Unmarshal([]byte(strings.SplitN(stdout, "\n", 2)[0]), &line); err != nil {
		t.Fatal(err)
	}
	if line.Func != "poke" {
		t.Errorf("func %q, want poke", line.Func)
	}
}
