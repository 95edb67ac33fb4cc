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

// TestStepOtherThreads: steps of one thread leave the others where they
// are, unless the launch sets stepOtherThreads.
func TestStepOtherThreads(t *testing.T) {
	const prog = "../examples/threads_counter.wat"
	for _, others := range []bool{false, true} {
		c := newTestClient(t)
		c.ok("initialize", map[string]any{"adapterID": "wasmstep", "linesStartAt1": true, "columnsStartAt1": true})
		c.ok("launch", map[string]any{"program": prog, "invoke": "run", "args": []any{2, 50}, "stopOnEntry": true, "stepOtherThreads": others})
		c.event("initialized")
		c.ok("setBreakpoints", godap.SetBreakpointsArguments{
			Source: godap.Source{Path: abs(t, prog)}, Breakpoints: []godap.SourceBreakpoint{{Line: 26}},
		})
		c.ok("configurationDone", nil)
		c.stopped()
		c.ok("continue", thread)
		s := c.stopped()
		c.ok("setBreakpoints", godap.SetBreakpointsArguments{Source: godap.Source{Path: abs(t, prog)}})
		other := 2 + 3 - s.ThreadId // the other spawned thread (ids 2 and 3)
		where := func() string {
			frames := c.ok("stackTrace", godap.StackTraceArguments{ThreadId: other}).(*godap.StackTraceResponse).Body.StackFrames
			if len(frames) == 0 {
				return "finished"
			}
			return frames[0].InstructionPointerReference
		}
		before := where()
		for range 150 { // more than a turn of the scheduler
			c.ok("stepIn", map[string]any{"threadId": s.ThreadId, "granularity": "instruction"})
			if st := c.stopped(); st.ThreadId != s.ThreadId {
				t.Fatalf("stepOtherThreads %v: a step of thread %d stopped in %d", others, s.ThreadId, st.ThreadId)
			}
		}
		if moved := where() != before; moved != others {
			t.Errorf("stepOtherThreads %v: thread %d at %s, then %s", others, other, before, where())
		}
	}
}
