package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"wasmstep/internal/cwasm"
)

// TestDebugInlinedFrames debugs a C program built by clang -O1, where
// square is inlined into sum_squares: bt lists the inlined call inside its
// wasm frame, its parameter (on the operand stack there) prints as the
// first element of the array it squares, and step by line goes on.
func TestDebugInlinedFrames(t *testing.T) {
	src, err := filepath.Abs("../debugger/testdata/c/loop.c")
	if err != nil {
		t.Fatal(err)
	}
	prog := cwasm.Compile(t, "loop.wasm", []string{"-O1"}, src)
	cmds := "break loop.c:4\ncontinue\nbt\nprint v\nnext\nquit\n"
	var stdout, stderr bytes.Buffer
	if status := Main([]string{"debug", prog, "--invoke", "_start"}, strings.NewReader(cmds), &stdout, &stderr); status != 0 {
		t.Fatalf("exit status %d\nstderr: %s", status, stderr.String())
	}
	out := stdout.String()
	for _, want := range []string{
		"stopped (breakpoint): breakpoint 1 (" + src + ":4), hit 1\n",
		"  loop.c:4  $sum_squares+",
		"  #0 " + prog,
		"      in square at loop.c:4 (inlined)\n      in sum_squares at loop.c:10\n  #1 ",
		"(wasmstep) print v\nv = 1\n",
		"(wasmstep) next\nstopped (step)\n  " + prog,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("debug output lacks %q:\n%s", want, out)
		}
	}
}
