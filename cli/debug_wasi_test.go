package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDebugGoWasip1Program steps a real Go program compiled for WASI: the
// debugger links WASI like `run` does, with the same --dir, --env and --
// flags, stops at _start's first instruction, steps, and a continue runs
// the program to its proc_exit. The program reads its preopened directory,
// environment and arguments as under `run`; its stderr joins stdout.
func TestDebugGoWasip1Program(t *testing.T) {
	prog := buildWasip1(t)
	data := wasip1Dir(t)
	cmds := "invoke _start\nstep\nstep\nstack\ncontinue\nquit\n"
	var stdout, stderr bytes.Buffer
	status := Main(append([]string{"debug", prog}, wasip1Flags(data)...), strings.NewReader(cmds), &stdout, &stderr)
	if status != 0 {
		t.Fatalf("exit status %d\nstderr: %s", status, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"stopped (entry)\n  " + prog + ":0x",
		"$_rt0_wasm_wasip1+0",
		"stopped (step)",
		"$_rt0_wasm_wasip1+2",
		"(wasmstep) continue\n" + wasip1Stdout + "to stderr\nfinished: exited with status 7\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("debug output lacks %q:\n%s", want, out)
		}
	}
	if b, err := os.ReadFile(filepath.Join(data, "out.txt")); err != nil || string(b) != "written by the guest" {
		t.Errorf("out.txt = %q, %v", b, err)
	}
}

// Bad flags are usage errors; a directory that cannot be opened fails the
// load. Both exit with status 2 before any command is read.
func TestDebugFlagErrors(t *testing.T) {
	const mod = "testdata/debug/fact.wat"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{mod, "--env", "GREETING"}, "wasmstep debug: --env GREETING: want NAME=VALUE\nusage: wasmstep debug FILE..."},
		{[]string{mod, "--dir"}, "wasmstep debug: --dir needs a value\n"},
		{[]string{mod, "--verbose"}, "wasmstep debug: unknown flag --verbose\n"},
		{[]string{"--dir", "."}, "wasmstep debug: no module to run\n"},
		{[]string{mod, "--invoke", "fact", "2", "--invoke", "fact", "3"}, "wasmstep debug: one --invoke at most"},
		{[]string{mod, "--dir", "no/such/dir::/data"}, "no/such/dir"},
	} {
		var stdout, stderr bytes.Buffer
		status := Main(append([]string{"debug"}, tc.args...), strings.NewReader("step\n"), &stdout, &stderr)
		if status != exitError || !strings.Contains(stderr.String(), tc.want) || stdout.Len() != 0 {
			t.Errorf("debug %q: status %d, stdout %q, stderr %q; want status 2 and stderr containing %q",
				tc.args, status, stdout.String(), stderr.String(), tc.want)
		}
	}
}
