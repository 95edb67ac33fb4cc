package cli

import (
	"strings"
	"testing"
)

// FuzzDebugThreadCommands feeds `wasmstep debug` of a threaded program
// arbitrary commands: selections, steps with the others frozen or running,
// steps back and per-thread breakpoints must answer, never crash or hang.
func FuzzDebugThreadCommands(f *testing.F) {
	for _, seed := range []string{
		"invoke run 2 3\nbreak 26\ncontinue\nthreads\nthread 0\nstepi\nthread 2\nstepi\nback\nrcontinue\ncontinue\n",
		"invoke run 3 2\nstep-threads all\nstepi\nstepi\nnext\nfinish\nback\nback\nrnext\nthreads\n",
		"invoke run 2 2\nbreak 26 thread 1\ncontinue\nthread 1\nfinish\nstep-threads one\nthread 0\nnexti\ncontinue\nback\nthreads\n",
		"invoke run 1 1\nthread 9\nthread -1\nbreak 26 thread x\ncontinue\nback\nback\nthread 1\nstepi\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, script string) {
		var out, errb strings.Builder
		code := Main([]string{"debug", "../examples/threads_counter.wat", "--max-memory", "256M"}, strings.NewReader(script), &out, &errb)
		if code != exitOK {
			t.Fatalf("exit %d, stderr %q", code, errb.String())
		}
		if strings.Contains(out.String(), "internal error") {
			t.Fatalf("internal error:\n%s", out.String())
		}
	})
}
