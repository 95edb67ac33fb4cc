package dap

import (
	"strings"
	"testing"

	godap "github.com/google/go-dap"
)

// TestThreadsOfAThreadedProgram: the threads request lists the program's
// threads, the stop names the thread that hit the breakpoint, and a stack
// trace of another thread shows that thread.
func TestThreadsOfAThreadedProgram(t *testing.T) {
	const prog = "../examples/threads_counter.wat"
	c := newTestClient(t)
	c.ok("initialize", map[string]any{"adapterID": "wasmstep", "linesStartAt1": true, "columnsStartAt1": true})
	c.ok("launch", map[string]any{"program": prog, "invoke": "run", "args": []any{2, 3}, "stopOnEntry": true})
	c.event("initialized")
	c.ok("setBreakpoints", godap.SetBreakpointsArguments{
		Source: godap.Source{Path: abs(t, prog)}, Breakpoints: []godap.SourceBreakpoint{{Line: 26}},
	})
	c.ok("configurationDone", nil)
	c.stopped()
	c.ok("continue", thread)
	s := c.stopped()
	if s.Reason != "breakpoint" || s.ThreadId == mainThreadID || !s.AllThreadsStopped {
		t.Fatalf("breakpoint stop: %+v", s)
	}
	th := c.ok("threads", nil).(*godap.ThreadsResponse).Body.Threads
	if len(th) != 3 || !strings.HasPrefix(th[0].Name, "main (") || th[2].Id != 3 {
		t.Fatalf("threads: %+v", th)
	}
	top := func(id int) string {
		return c.ok("stackTrace", godap.StackTraceArguments{ThreadId: id}).(*godap.StackTraceResponse).Body.StackFrames[0].Name
	}
	if got := top(s.ThreadId); got != `"wasi_thread_start"` {
		t.Errorf("the stopped thread's top frame is %s", got)
	}
	if got := top(mainThreadID); got != `"run"` {
		t.Errorf("the main thread's top frame is %s", got)
	}
}
