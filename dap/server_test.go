package dap

import (
	"encoding/base64"
	"encoding/binary"
	"path/filepath"
	"strings"
	"testing"

	godap "github.com/google/go-dap"
)

const sumWat = "testdata/sum.wat"

// thread is the arguments of requests that name the thread.
var thread = godap.ContinueArguments{ThreadId: mainThreadID}

// Lines of testdata/sum.wat.
const (
	lineStore = 17 // i32.store, the loop's write to 0x100
	lineSum   = 20 // global.get $total, the result
)

func abs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// launched starts a session of sum.wat invoking sum(n) and stopped at
// entry, with the configuration sequence an editor sends.
func launched(t *testing.T, extra map[string]any) *testClient {
	t.Helper()
	c := newTestClient(t)
	init := c.ok("initialize", map[string]any{"adapterID": "wasmstep", "linesStartAt1": true, "columnsStartAt1": true}).(*godap.InitializeResponse)
	if !init.Body.SupportsStepBack || !init.Body.SupportsDataBreakpoints || !init.Body.SupportsDisassembleRequest {
		t.Fatalf("capabilities: %+v", init.Body)
	}
	args := map[string]any{"program": sumWat, "invoke": "sum", "args": []any{4}, "stopOnEntry": true}
	for k, v := range extra {
		args[k] = v
	}
	c.ok("launch", args)
	c.event("initialized")
	return c
}

func TestSessionToTheEnd(t *testing.T) {
	c := launched(t, nil)
	bps := c.ok("setBreakpoints", godap.SetBreakpointsArguments{
		Source:      godap.Source{Path: abs(t, sumWat)},
		Breakpoints: []godap.SourceBreakpoint{{Line: lineStore}, {Line: 2}},
	}).(*godap.SetBreakpointsResponse).Body.Breakpoints
	if len(bps) != 2 || !bps[0].Verified || bps[0].Line != lineStore || bps[1].Verified || bps[1].Message == "" {
		t.Fatalf("breakpoints: %+v", bps)
	}
	c.ok("setExceptionBreakpoints", godap.SetExceptionBreakpointsArguments{Filters: []string{"trap"}})
	c.ok("configurationDone", nil)
	if s := c.stopped(); s.Reason != "entry" || s.ThreadId != mainThreadID {
		t.Fatalf("first stop: %+v", s)
	}
	c.ok("configurationDone", nil) // again: nothing moves
	if s := c.ok("stackTrace", thread).(*godap.StackTraceResponse).Body.StackFrames[0]; s.InstructionPointerReference != "0x0" {
		t.Fatalf("a second configurationDone moved the program to %s", s.InstructionPointerReference)
	}
	th := c.ok("threads", nil).(*godap.ThreadsResponse).Body.Threads
	if len(th) != 1 || th[0].Id != mainThreadID {
		t.Fatalf("threads: %+v", th)
	}

	c.ok("continue", thread)
	if s := c.stopped(); s.Reason != "breakpoint" || len(s.HitBreakpointIds) != 1 || s.HitBreakpointIds[0] != bps[0].Id {
		t.Fatalf("breakpoint stop: %+v", s)
	}
	frames := c.ok("stackTrace", thread).(*godap.StackTraceResponse).Body
	top := frames.StackFrames[0]
	if frames.TotalFrames != 1 || top.Name != "$sum" || top.Line != lineStore || top.Source == nil ||
		top.Source.Path != abs(t, sumWat) || top.InstructionPointerReference == "" {
		t.Fatalf("stack: %+v", frames)
	}
	if got := locals(c, top.Id); got["$n"] != "4" || got["$i"] != "1" {
		t.Fatalf("locals at the first hit: %v", got)
	}

	// The next hit, then back to this one by reverse continue.
	c.ok("continue", thread)
	c.stopped()
	if got := locals(c, 1); got["$i"] != "2" {
		t.Fatalf("locals at the second hit: %v", got)
	}
	c.ok("stepBack", thread)
	if s := c.stopped(); s.Reason != "step" {
		t.Fatalf("step back: %+v", s)
	}
	c.ok("reverseContinue", thread)
	if s := c.stopped(); s.Reason != "breakpoint" {
		t.Fatalf("reverse continue: %+v", s)
	}
	if got := locals(c, 1); got["$i"] != "1" {
		t.Fatalf("locals back at the first hit: %v", got)
	}

	// Stepping forward: over, in, out.
	c.ok("next", thread)
	if s := c.stopped(); s.Reason != "step" {
		t.Fatalf("next: %+v", s)
	}
	c.ok("stepIn", thread)
	c.stopped()

	// Run to the end without breakpoints: results and exit.
	c.ok("setBreakpoints", godap.SetBreakpointsArguments{Source: godap.Source{Path: abs(t, sumWat)}, Breakpoints: []godap.SourceBreakpoint{}})
	c.ok("continue", thread)
	if code := c.event("exited").(*godap.ExitedEvent).Body.ExitCode; code != 0 {
		t.Fatalf("exit code %d", code)
	}
	c.event("terminated")
	if out := c.outputs(); !strings.Contains(out, "[stdout] done\n") || !strings.Contains(out, "[stdout] i32:10\n") {
		t.Fatalf("output: %q", out)
	}
	if msg := c.fails("continue", thread); !strings.Contains(msg, "not stopped") {
		t.Fatalf("continue after the end: %q", msg)
	}
	c.ok("disconnect", nil)
	if err := c.waitServed(); err != nil {
		t.Fatal(err)
	}
}

// locals reads the Locals scope of a frame as name -> value.
func locals(c *testClient, frame int) map[string]string {
	c.t.Helper()
	scopes := c.ok("scopes", map[string]any{"frameId": frame}).(*godap.ScopesResponse).Body.Scopes
	return vars(c, scopes[0].VariablesReference)
}

func vars(c *testClient, ref int) map[string]string {
	c.t.Helper()
	out := map[string]string{}
	for _, v := range c.ok("variables", map[string]any{"variablesReference": ref}).(*godap.VariablesResponse).Body.Variables {
		out[v.Name] = v.Value
	}
	return out
}

func varList(c *testClient, ref int) []godap.Variable {
	c.t.Helper()
	return c.ok("variables", map[string]any{"variablesReference": ref}).(*godap.VariablesResponse).Body.Variables
}

func TestScopesAndValues(t *testing.T) {
	c := launched(t, nil)
	c.ok("configurationDone", nil)
	c.stopped()
	c.ok("next", map[string]any{"threadId": 1}) // v128.const
	c.stopped()
	c.ok("next", map[string]any{"threadId": 1}) // local.set $v
	c.stopped()
	scopes := c.ok("scopes", map[string]any{"frameId": 1}).(*godap.ScopesResponse).Body.Scopes
	var names []string
	for _, s := range scopes {
		names = append(names, s.Name)
	}
	if got := strings.Join(names, ","); got != "Locals,Operand stack,Globals,Memory 0 \"mem\"" {
		t.Fatalf("scopes: %s", got)
	}
	var v godap.Variable
	for _, x := range varList(c, scopes[0].VariablesReference) {
		if x.Name == "$v" {
			v = x
		}
	}
	if v.Type != "v128" || v.VariablesReference == 0 {
		t.Fatalf("v128 local: %+v", v)
	}
	if lanes := vars(c, v.VariablesReference); lanes["i32x4"] != "1 2 3 4" || lanes["i64x2"] != "8589934593 17179869187" {
		t.Fatalf("lanes: %v", lanes)
	}
	if g := vars(c, scopes[2].VariablesReference); g["$total"] != "0" {
		t.Fatalf("globals: %v", g)
	}
	mem := varList(c, scopes[3].VariablesReference)
	if mem[0].Value != "1" || mem[1].MemoryReference != "mem:0" {
		t.Fatalf("memory scope: %+v", mem)
	}
	if msg := c.fails("variables", map[string]any{"variablesReference": 999}); !strings.Contains(msg, "999") {
		t.Fatalf("unknown reference: %q", msg)
	}
	if msg := c.fails("scopes", map[string]any{"frameId": 7}); msg != "no frame 7" {
		t.Fatalf("unknown frame: %q", msg)
	}
}

func TestDataBreakpointMemoryAndEvaluate(t *testing.T) {
	c := launched(t, nil)
	c.ok("configurationDone", nil)
	c.stopped()
	info := c.ok("dataBreakpointInfo", map[string]any{"name": "mem[0][0x100]"}).(*godap.DataBreakpointInfoResponse).Body
	if info.DataId == nil {
		t.Fatalf("no data id: %+v", info)
	}
	set := c.ok("setDataBreakpoints", map[string]any{"breakpoints": []any{
		map[string]any{"dataId": info.DataId, "accessType": "write"},
		map[string]any{"dataId": info.DataId, "accessType": "read"},
	}}).(*godap.SetDataBreakpointsResponse).Body.Breakpoints
	if !set[0].Verified || set[1].Verified {
		t.Fatalf("data breakpoints: %+v", set)
	}
	c.ok("continue", map[string]any{"threadId": 1})
	if s := c.stopped(); s.Reason != "data breakpoint" || len(s.HitBreakpointIds) != 1 || s.HitBreakpointIds[0] != set[0].Id {
		t.Fatalf("watch stop: %+v", s)
	}
	mem := c.ok("readMemory", map[string]any{"memoryReference": "mem:0", "offset": 0x100, "count": 8}).(*godap.ReadMemoryResponse).Body
	data, _ := base64.StdEncoding.DecodeString(mem.Data)
	if mem.Address != "0x100" || len(data) != 8 || binary.LittleEndian.Uint32(data) != 1 {
		t.Fatalf("readMemory: %+v %v", mem, data)
	}
	edge := c.ok("readMemory", map[string]any{"memoryReference": "mem:0", "offset": 65536 - 2, "count": 4}).(*godap.ReadMemoryResponse).Body
	if edge.UnreadableBytes != 2 {
		t.Fatalf("readMemory past the end: %+v", edge)
	}
	for expr, want := range map[string]string{
		"mem[0][0x100]":         "1",
		"mem[0][256] as i64":    "1",
		"mem[0][16] as bytes 4": "64 6f 6e 65",
		"$total":                "1",
		"i":                     "1",
		"mem[0][0x100] as f32":  "1e-45",
	} {
		r := c.ok("evaluate", map[string]any{"expression": expr, "frameId": 1}).(*godap.EvaluateResponse).Body
		if r.Result != want {
			t.Errorf("evaluate %s = %q, want %q", expr, r.Result, want)
		}
	}
	for _, bad := range []string{"mem[0][0xffff] as i64", "nope", "mem[9][0]", "mem[0]"} {
		c.fails("evaluate", map[string]any{"expression": bad, "frameId": 1})
	}
	c.fails("readMemory", map[string]any{"memoryReference": "mem:3", "count": 4})

	// A global through its scope.
	scopes := c.ok("scopes", map[string]any{"frameId": 1}).(*godap.ScopesResponse).Body.Scopes
	g := c.ok("dataBreakpointInfo", map[string]any{"variablesReference": scopes[2].VariablesReference, "name": "$total"}).(*godap.DataBreakpointInfoResponse).Body
	if g.DataId != "global:$total" {
		t.Fatalf("global data id: %+v", g)
	}
	local := c.ok("dataBreakpointInfo", map[string]any{"variablesReference": scopes[0].VariablesReference, "name": "$i"}).(*godap.DataBreakpointInfoResponse).Body
	if local.DataId != nil {
		t.Fatalf("a local got a data id: %+v", local)
	}
	c.ok("setDataBreakpoints", map[string]any{"breakpoints": []any{map[string]any{"dataId": g.DataId}}})
	c.ok("continue", map[string]any{"threadId": 1})
	if s := c.stopped(); s.Reason != "data breakpoint" {
		t.Fatalf("global watch stop: %+v", s)
	}
	if r := c.ok("evaluate", map[string]any{"expression": "$total"}).(*godap.EvaluateResponse).Body; r.Result != "3" {
		t.Fatalf("$total after the second write: %s", r.Result)
	}
}

func TestDisassembleAndInstructionBreakpoints(t *testing.T) {
	c := launched(t, nil)
	c.ok("configurationDone", nil)
	c.stopped()
	top := c.ok("stackTrace", map[string]any{"threadId": 1}).(*godap.StackTraceResponse).Body.StackFrames[0]
	if top.InstructionPointerReference != "0x0" {
		t.Fatalf("entry address %q", top.InstructionPointerReference)
	}
	dis := c.ok("disassemble", map[string]any{"memoryReference": top.InstructionPointerReference, "instructionOffset": -2, "instructionCount": 6}).(*godap.DisassembleResponse).Body.Instructions
	if len(dis) != 6 || dis[0].Instruction != "(no instruction)" || !strings.HasPrefix(dis[2].Instruction, "v128.const") ||
		dis[2].Symbol != "$sum" || dis[2].Line != 11 || dis[3].Instruction != "local.set $v" {
		t.Fatalf("disassembly: %+v", dis)
	}
	// Instruction 2 after the entry is local.set $i's first operand, local.get $i.
	bps := c.ok("setInstructionBreakpoints", map[string]any{"breakpoints": []any{
		map[string]any{"instructionReference": "0x0", "offset": 3},
		map[string]any{"instructionReference": "0x99999"},
	}}).(*godap.SetInstructionBreakpointsResponse).Body.Breakpoints
	if !bps[0].Verified || bps[0].InstructionReference != "0x3" || bps[1].Verified {
		t.Fatalf("instruction breakpoints: %+v", bps)
	}
	c.ok("continue", map[string]any{"threadId": 1})
	if s := c.stopped(); s.Reason != "breakpoint" {
		t.Fatalf("stop: %+v", s)
	}
	if ip := c.ok("stackTrace", map[string]any{"threadId": 1}).(*godap.StackTraceResponse).Body.StackFrames[0].InstructionPointerReference; ip != "0x3" {
		t.Fatalf("stopped at %s", ip)
	}
	c.fails("disassemble", map[string]any{"memoryReference": "zz", "instructionCount": 1})

	fb := c.ok("setFunctionBreakpoints", map[string]any{"breakpoints": []any{
		map[string]any{"name": "$div"}, map[string]any{"name": "$missing"}, map[string]any{"name": "$sum", "condition": "x"},
	}}).(*godap.SetFunctionBreakpointsResponse).Body.Breakpoints
	if !fb[0].Verified || fb[1].Verified || fb[2].Verified {
		t.Fatalf("function breakpoints: %+v", fb)
	}
	src := c.ok("loadedSources", nil).(*godap.LoadedSourcesResponse).Body.Sources
	if len(src) != 1 || src[0].Path != abs(t, sumWat) {
		t.Fatalf("sources: %+v", src)
	}
}

func TestGCObjectsExpand(t *testing.T) {
	const file = "../examples/gc_linked_list.wat"
	c := newTestClient(t)
	c.ok("initialize", nil)
	c.ok("launch", map[string]any{"program": file, "invoke": "build", "args": []any{3}, "stopOnEntry": true})
	c.ok("setFunctionBreakpoints", map[string]any{"breakpoints": []any{map[string]any{"name": "sum_forward"}}})
	c.ok("configurationDone", nil)
	c.stopped()
	// Step over the first struct.new and the local.set that keeps it.
	for range 5 {
		c.ok("next", map[string]any{"threadId": 1})
		c.stopped()
	}
	scopes := c.ok("scopes", map[string]any{"frameId": 1}).(*godap.ScopesResponse).Body.Scopes
	var first godap.Variable
	for _, v := range varList(c, scopes[0].VariablesReference) {
		if v.Name == "$first" {
			first = v
		}
	}
	if first.VariablesReference == 0 {
		t.Fatalf("$first is not expandable: %+v", first)
	}
	if fields := vars(c, first.VariablesReference); fields["$value"] != "1" || fields["$next"] != "ref.null" {
		t.Fatalf("fields of $first: %v", fields)
	}
	heap := scopes[len(scopes)-1]
	if heap.Name != "GC heap" {
		t.Fatalf("last scope %q", heap.Name)
	}
	if objs := varList(c, heap.VariablesReference); len(objs) != 1 || objs[0].VariablesReference == 0 {
		t.Fatalf("heap: %+v", objs)
	}
}

func TestStepInAndOut(t *testing.T) {
	c := newTestClient(t)
	c.ok("initialize", nil)
	c.ok("launch", map[string]any{"program": sumWat, "invoke": "twice", "args": []any{3}, "stopOnEntry": true})
	c.ok("configurationDone", nil)
	c.stopped()
	names := func() []string {
		var out []string
		for _, f := range c.ok("stackTrace", map[string]any{"threadId": 1}).(*godap.StackTraceResponse).Body.StackFrames {
			out = append(out, f.Name)
		}
		return out
	}
	for range 2 {
		c.ok("stepIn", map[string]any{"threadId": 1})
		c.stopped()
	}
	if got := strings.Join(names(), " "); got != "$double $twice" {
		t.Fatalf("after stepping in: %s", got)
	}
	if got := locals(c, 2); got["$x"] != "3" {
		t.Fatalf("the caller's frame: %v", got)
	}
	c.ok("stepOut", map[string]any{"threadId": 1})
	if s := c.stopped(); s.Reason != "step" {
		t.Fatalf("step out: %+v", s)
	}
	if got := strings.Join(names(), " "); got != "$twice" {
		t.Fatalf("after stepping out: %s", got)
	}
	c.ok("continue", map[string]any{"threadId": 1})
	c.event("terminated")
	if out := c.outputs(); !strings.Contains(out, "[stdout] i32:12\n") {
		t.Fatalf("output: %q", out)
	}
}
