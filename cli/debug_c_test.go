package cli

import (
	"bytes"
	"os"
	"os/exec"
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

// TestCExamplesMatchTheirSources rebuilds examples/c/*.wasm as `make
// examples-c` does and compares them with the committed modules, so a C
// source edited without a rebuild fails here rather than in a transcript.
func TestCExamplesMatchTheirSources(t *testing.T) {
	dir, err := filepath.Abs("../examples/c")
	if err != nil {
		t.Fatal(err)
	}
	sources, _ := filepath.Glob(filepath.Join(dir, "*.c"))
	if len(sources) == 0 {
		t.Fatal("no C examples")
	}
	clang := cwasm.Tool(t, "clang")
	for _, src := range sources {
		base := filepath.Base(src)
		out := filepath.Join(t.TempDir(), "out.wasm")
		cmd := exec.Command(clang, "--target=wasm32-wasi", "-g", "-O0", "-fdebug-prefix-map="+dir+"=.", base, "-o", out)
		cmd.Dir = dir
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", base, err, b)
		}
		got, err1 := os.ReadFile(out)
		want, err2 := os.ReadFile(strings.TrimSuffix(src, ".c") + ".wasm")
		if err1 != nil || err2 != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: the committed module differs from a rebuild (run make examples-c): %v %v", base, err1, err2)
		}
	}
}
