package dap

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	godap "github.com/google/go-dap"

	"wasmstep/vm/binary"
	"wasmstep/vm/host"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
)

func TestLaunchErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		args map[string]any
		want string
	}{
		{"no program", map[string]any{}, "no program"},
		{"missing file", map[string]any{"program": "testdata/nope.wat"}, "testdata/nope.wat: no such file"},
		{"validation error", map[string]any{"program": "testdata/bad.wat"}, "testdata/bad.wat:4:5"},
		{"unknown export", map[string]any{"program": sumWat, "invoke": "nope"}, `no exported function "nope"`},
		{"no _start", map[string]any{"program": sumWat}, "exported functions: sum, div, spin, twice"},
		{"argument count", map[string]any{"program": sumWat, "invoke": "sum"}, "want 1 arguments"},
		{"argument type", map[string]any{"program": sumWat, "invoke": "sum", "args": []any{true}}, "args[0]: want a string or a number"},
		{"bad argument", map[string]any{"program": sumWat, "invoke": "sum", "args": []any{"x"}}, `"x"`},
		{"bad env", map[string]any{"program": sumWat, "invoke": "sum", "args": []any{1}, "env": []string{"X"}}, "want NAME=VALUE"},
		{"bad maxMemory", map[string]any{"program": sumWat, "invoke": "sum", "args": []any{1}, "maxMemory": "lots"}, "maxMemory"},
		{"over maxMemory", map[string]any{"program": "testdata/big.wat", "invoke": "f", "maxMemory": "1MiB"}, "does not fit the memory limit (1 MiB)"},
		{"arguments of the wrong shape", map[string]any{"program": 5}, "launch arguments"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newTestClient(t)
			c.ok("initialize", map[string]any{"adapterID": "wasmstep"})
			if msg := c.fails("launch", tc.args); !strings.Contains(msg, tc.want) {
				t.Fatalf("launch error %q, want it to contain %q", msg, tc.want)
			}
			// The client may fix its configuration and launch again.
			c.ok("launch", map[string]any{"program": sumWat, "invoke": "sum", "args": []any{"3"}, "maxMemory": 1 << 20})
		})
	}
}

func TestLaunchArguments(t *testing.T) {
	raw, _ := json.Marshal(map[string]any{
		"program": "a.wat", "programs": []string{"/abs/b.wasm"}, "cwd": "/work/dir",
		"args": []any{1, "0x10", -2.5, json.Number("18446744073709551615")}, "env": map[string]string{"B": "2", "A": "1"},
		"dirs": []string{"data::/data", "/tmp"}, "wasiArgs": []string{"-v"}, "maxMemory": "2MiB", "stopOnEntry": true,
		"stepOtherThreads": true,
	})
	c, err := parseLaunch(raw)
	if err != nil {
		t.Fatal(err)
	}
	want := &launchConfig{
		files: []string{filepath.Join("/work/dir", "a.wat"), "/abs/b.wasm"},
		args:  []string{"1", "0x10", "-2.5", "18446744073709551615"}, stopOnEntry: true,
		env:      []string{"A=1", "B=2"},
		dirs:     []host.Preopen{{Host: filepath.Join("/work/dir", "data"), Guest: "/data"}, {Host: "/tmp"}},
		wasiArgs: []string{"-v"}, maxMemory: 2 << 20, stepOthers: true,
	}
	if !reflect.DeepEqual(c, want) {
		t.Fatalf("got  %+v\nwant %+v", c, want)
	}
}

func TestTrapStopsThenEnds(t *testing.T) {
	c := newTestClient(t)
	c.ok("initialize", nil)
	c.ok("launch", map[string]any{"program": sumWat, "invoke": "div", "args": []any{1, 0}})
	c.event("initialized")
	c.ok("configurationDone", nil)
	s := c.stopped()
	if s.Reason != "exception" || s.Text != "integer divide by zero" {
		t.Fatalf("trap stop: %+v", s)
	}
	c.ok("stepBack", map[string]any{"threadId": 1})
	if s := c.stopped(); s.Reason != "step" {
		t.Fatalf("back from the trap: %+v", s)
	}
	c.ok("continue", map[string]any{"threadId": 1})
	c.stopped() // at the trap again
	c.ok("continue", map[string]any{"threadId": 1})
	if code := c.event("exited").(*godap.ExitedEvent).Body.ExitCode; code != 1 {
		t.Fatalf("exit code %d after a trap", code)
	}
	c.event("terminated")
	if out := c.outputs(); !strings.Contains(out, "[stderr] trap: integer divide by zero\n  at ") || !strings.Contains(out, "sum.wat:22:6 in $div") {
		t.Fatalf("output: %q", out)
	}
}

func TestTrapWithoutFilterEnds(t *testing.T) {
	c := newTestClient(t)
	c.ok("initialize", nil)
	c.ok("launch", map[string]any{"program": sumWat, "invoke": "div", "args": []any{1, 0}})
	c.ok("setExceptionBreakpoints", map[string]any{"filters": []string{}})
	bad := c.ok("setExceptionBreakpoints", map[string]any{"filters": []string{"uncaught", "everything"}}).(*godap.SetExceptionBreakpointsResponse).Body.Breakpoints
	if !bad[0].Verified || bad[1].Verified {
		t.Fatalf("filters: %+v", bad)
	}
	c.ok("configurationDone", nil)
	if code := c.event("exited").(*godap.ExitedEvent).Body.ExitCode; code != 1 {
		t.Fatalf("exit code %d", code)
	}
	for _, m := range c.events {
		if _, ok := m.(*godap.StoppedEvent); ok {
			t.Fatal("stopped at a trap with the trap filter off")
		}
	}
}

func TestWASIExitCode(t *testing.T) {
	c := newTestClient(t)
	c.ok("initialize", nil)
	c.ok("launch", map[string]any{"program": "exit.wat", "cwd": "testdata"})
	c.ok("configurationDone", nil)
	if code := c.event("exited").(*godap.ExitedEvent).Body.ExitCode; code != 3 {
		t.Fatalf("exit code %d, want 3", code)
	}
	c.event("terminated")
}

func TestHitCountRestartAndTerminate(t *testing.T) {
	c := launched(t, nil)
	bp := c.ok("setBreakpoints", map[string]any{
		"source":      map[string]any{"path": abs(t, sumWat)},
		"breakpoints": []any{map[string]any{"line": lineStore, "hitCondition": ">=3"}, map[string]any{"line": lineSum, "hitCondition": "%2"}},
	}).(*godap.SetBreakpointsResponse).Body.Breakpoints
	if !bp[0].Verified || bp[1].Verified {
		t.Fatalf("breakpoints: %+v", bp)
	}
	c.ok("configurationDone", nil)
	c.stopped()
	c.ok("continue", map[string]any{"threadId": 1})
	c.stopped()
	if got := locals(c, 1); got["$i"] != "3" {
		t.Fatalf("hit count >=3 stopped with $i = %s", got["$i"])
	}
	c.ok("restart", nil)
	if s := c.stopped(); s.Reason != "entry" {
		t.Fatalf("after restart: %+v", s)
	}
	// The Session keeps breakpoints and their hit counts across a restart,
	// so the next stop is the first iteration of a fresh instance.
	c.ok("continue", map[string]any{"threadId": 1})
	c.stopped()
	if got := vars(c, c.ok("scopes", map[string]any{"frameId": 1}).(*godap.ScopesResponse).Body.Scopes[2].VariablesReference); got["$total"] != "1" {
		t.Fatalf("restart kept old state: $total = %s", got["$total"])
	}
	c.ok("terminate", nil)
	c.event("terminated")
	c.ok("disconnect", nil)
}

func TestPauseARunningProgram(t *testing.T) {
	c := newTestClient(t)
	c.ok("initialize", nil)
	c.ok("launch", map[string]any{"program": sumWat, "invoke": "spin"})
	c.ok("configurationDone", nil)
	c.ok("pause", map[string]any{"threadId": 1})
	if s := c.stopped(); s.Reason != "pause" {
		t.Fatalf("pause: %+v", s)
	}
	frames := c.ok("stackTrace", map[string]any{"threadId": 1}).(*godap.StackTraceResponse).Body.StackFrames
	if frames[0].Name != "$spin" {
		t.Fatalf("paused in %+v", frames[0])
	}
	c.ok("continue", map[string]any{"threadId": 1})
	c.ok("disconnect", nil) // while running
	if err := c.waitServed(); err != nil {
		t.Fatal(err)
	}
}

func TestSeveralProgramsAndThreadsWhileRunning(t *testing.T) {
	c := newTestClient(t)
	c.ok("initialize", nil)
	c.ok("launch", map[string]any{"programs": []string{"shared_lib.wat", "shared_app.wat"}, "cwd": "../examples", "invoke": "write_greeting"})
	src := c.ok("loadedSources", nil).(*godap.LoadedSourcesResponse).Body.Sources
	if len(src) != 2 || src[0].Name != "shared_lib.wat" || src[1].Name != "shared_app.wat" {
		t.Fatalf("sources: %+v", src)
	}
	c.ok("configurationDone", nil)
	c.event("terminated")

	c = newTestClient(t)
	c.ok("initialize", nil)
	c.ok("launch", map[string]any{"program": sumWat, "invoke": "spin"})
	c.ok("configurationDone", nil)
	if th := c.ok("threads", nil).(*godap.ThreadsResponse).Body.Threads; len(th) != 1 {
		t.Fatalf("threads while running: %+v", th)
	}
	c.ok("pause", nil)
	c.stopped()
}

func TestBinaryProgramHasAddressesNotLines(t *testing.T) {
	wasm := filepath.Join(t.TempDir(), "sum.wasm")
	c := newTestClient(t)
	c.ok("initialize", nil)
	writeWasm(t, sumWat, wasm)
	c.ok("launch", map[string]any{"program": wasm, "invoke": "sum", "args": []any{2}, "stopOnEntry": true})
	c.ok("configurationDone", nil)
	c.stopped()
	f := c.ok("stackTrace", map[string]any{"threadId": 1}).(*godap.StackTraceResponse).Body.StackFrames[0]
	if f.Source != nil || f.InstructionPointerReference != "0x0" {
		t.Fatalf("frame of a binary module: %+v", f)
	}
	dis := c.ok("disassemble", map[string]any{"memoryReference": "0x0", "instructionCount": 2}).(*godap.DisassembleResponse).Body.Instructions
	if !strings.HasPrefix(dis[1].Instruction, "local.set ") || dis[1].Location != nil {
		t.Fatalf("disassembly: %+v", dis)
	}
	if src := c.ok("loadedSources", nil).(*godap.LoadedSourcesResponse).Body.Sources; len(src) != 0 {
		t.Fatalf("a binary module listed as a source: %+v", src)
	}
}

func writeWasm(t *testing.T, wat, out string) {
	t.Helper()
	m, err := load.File(source.NewFileSet(), wat)
	if err != nil {
		t.Fatal(err)
	}
	bin, err := binary.Encode(m.Module)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, bin, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestNoDebugRunsThrough(t *testing.T) {
	c := newTestClient(t)
	c.ok("initialize", nil)
	c.ok("launch", map[string]any{"program": sumWat, "invoke": "sum", "args": []any{4}, "noDebug": true, "stopOnEntry": true})
	bp := c.ok("setBreakpoints", map[string]any{"source": map[string]any{"path": abs(t, sumWat)}, "breakpoints": []any{map[string]any{"line": lineStore}}}).(*godap.SetBreakpointsResponse).Body.Breakpoints
	if bp[0].Verified || bp[0].Message != errNoDebug.Error() {
		t.Fatalf("breakpoint without debugging: %+v", bp)
	}
	c.ok("configurationDone", nil)
	c.event("terminated")
	if out := c.outputs(); !strings.Contains(out, "[stdout] i32:10\n") {
		t.Fatalf("output: %q", out)
	}
}

func TestRestartWithNewArguments(t *testing.T) {
	c := launched(t, nil)
	c.ok("configurationDone", nil)
	c.stopped()
	if msg := c.fails("restart", map[string]any{"arguments": map[string]any{"program": "testdata/exit.wat"}}); !strings.Contains(msg, "cannot change the program's files") {
		t.Fatalf("restart with other files: %q", msg)
	}
	c.ok("restart", map[string]any{"arguments": map[string]any{"program": sumWat, "invoke": "sum", "args": []any{5}}})
	c.event("terminated")
	if out := c.outputs(); !strings.Contains(out, "[stdout] i32:15\n") {
		t.Fatalf("output after restart with sum(5): %q", out)
	}
}

func TestUncaughtException(t *testing.T) {
	for _, stop := range []bool{true, false} {
		c := newTestClient(t)
		c.ok("initialize", nil)
		c.ok("launch", map[string]any{"program": "../examples/exceptions.wat", "invoke": "checked_div", "args": []any{1, 0}})
		filters := []string{"trap"}
		if stop {
			filters = append(filters, "uncaught")
		}
		c.ok("setExceptionBreakpoints", map[string]any{"filters": filters})
		c.ok("configurationDone", nil)
		if stop {
			s := c.stopped()
			if s.Reason != "exception" || !strings.Contains(s.Text, "$div_by_zero") {
				t.Fatalf("exception stop: %+v", s)
			}
			c.ok("continue", map[string]any{"threadId": 1})
		}
		if code := c.event("exited").(*godap.ExitedEvent).Body.ExitCode; code != 1 {
			t.Fatalf("exit code %d", code)
		}
		if out := c.outputs(); !strings.Contains(out, "[stderr] uncaught exception $div_by_zero i32:1\n") {
			t.Fatalf("output: %q", out)
		}
	}
}
