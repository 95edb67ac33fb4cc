package cli

import (
	"bytes"
	"strings"
	"testing"
)

// TestDebugGoWasip1Program steps a real Go program compiled for WASI: the
// debugger links WASI like `run` does, stops at _start's first instruction,
// steps, and a continue runs the program to its proc_exit.
func TestDebugGoWasip1Program(t *testing.T) {
	prog := buildWasip1(t)
	cmds := "invoke _start\nstep\nstep\nstack\ncontinue\nquit\n"
	var stdout, stderr bytes.Buffer
	status := Main([]string{"debug", prog}, strings.NewReader(cmds), &stdout, &stderr)
	if status != 0 {
		t.Fatalf("exit status %d\nstderr: %s", status, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"stopped (entry)\n  " + prog + ":0x",
		"$_rt0_wasm_wasip1+0",
		"stopped (step)",
		"$_rt0_wasm_wasip1+2",
		"hello from wasip1\n",
		"finished: exited with status 7\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("debug output lacks %q:\n%s", want, out)
		}
	}
}
