package dap

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	godap "github.com/google/go-dap"

	"wasmstep/internal/cwasm"
)

// The C programs of the debugger's DWARF tests, compiled here by clang.
const cTestdata = "../debugger/testdata/c"

// cLaunched compiles a C program with -g and the flags, launches its
// _start with breakpoints on lines of its source, and runs to the first.
func cLaunched(t *testing.T, name, flag string, lines ...int) (*testClient, string) {
	t.Helper()
	src := abs(t, filepath.Join(cTestdata, name+".c"))
	wasm := cwasm.Compile(t, name+".wasm", []string{flag}, src)
	c := newTestClient(t)
	init := c.ok("initialize", map[string]any{"adapterID": "wasmstep"}).(*godap.InitializeResponse)
	if !init.Body.SupportsSteppingGranularity {
		t.Fatalf("capabilities: no stepping granularity")
	}
	c.ok("launch", map[string]any{"program": wasm})
	c.event("initialized")
	var want []godap.SourceBreakpoint
	for _, l := range lines {
		want = append(want, godap.SourceBreakpoint{Line: l})
	}
	bps := c.ok("setBreakpoints", godap.SetBreakpointsArguments{Source: godap.Source{Path: src}, Breakpoints: want}).(*godap.SetBreakpointsResponse).Body.Breakpoints
	for i, bp := range bps {
		if !bp.Verified || bp.Line != lines[i] || bp.Source == nil || bp.Source.Path != src || bp.InstructionReference == "" {
			t.Fatalf("breakpoint on %s:%d: %+v", name, lines[i], bp)
		}
	}
	c.ok("configurationDone", nil)
	if s := c.stopped(); s.Reason != "breakpoint" {
		t.Fatalf("stop: %+v", s)
	}
	return c, src
}

func stack(c *testClient) []godap.StackFrame {
	c.t.Helper()
	return c.ok("stackTrace", thread).(*godap.StackTraceResponse).Body.StackFrames
}

// at checks the innermost frame's function and C line.
func at(t *testing.T, c *testClient, src, fn string, line int) godap.StackFrame {
	t.Helper()
	f := stack(c)[0]
	if f.Name != fn || f.Source == nil || f.Source.Path != src || f.Line != line || f.Column == 0 || f.InstructionPointerReference == "" {
		t.Fatalf("top frame %+v (source %+v), want %s at line %d", f, f.Source, fn, line)
	}
	return f
}

// scopeRef finds a scope of a frame by name.
func scopeRef(c *testClient, frame int, name string) int {
	c.t.Helper()
	for _, s := range c.ok("scopes", map[string]any{"frameId": frame}).(*godap.ScopesResponse).Body.Scopes {
		if s.Name == name {
			return s.VariablesReference
		}
	}
	c.t.Fatalf("frame %d has no scope %q", frame, name)
	return 0
}

// TestCVariablesMatchPrintf stops at shapes.c's printf: the C variables
// scope and evaluate show what the program then prints.
func TestCVariablesMatchPrintf(t *testing.T) {
	c, src := cLaunched(t, "shapes", "-O0", 44)
	srcs := c.ok("loadedSources", nil).(*godap.LoadedSourcesResponse).Body.Sources
	if !strings.Contains(fmtSources(srcs), src) {
		t.Errorf("loaded sources %s lack %s", fmtSources(srcs), src)
	}
	at(t, c, src, "main", 44)
	// Line 34 is blank: the breakpoint goes to main's first line; past the
	// end there is no line to go to.
	bps := c.ok("setBreakpoints", godap.SetBreakpointsArguments{Source: godap.Source{Path: src}, Breakpoints: []godap.SourceBreakpoint{{Line: 34}, {Line: 44}, {Line: 1000}}}).(*godap.SetBreakpointsResponse).Body.Breakpoints
	if !bps[0].Verified || bps[0].Line != 35 || !bps[1].Verified || bps[1].Line != 44 || bps[2].Verified || bps[2].Message == "" {
		t.Errorf("breakpoints on lines 34, 44, 1000: %+v", bps)
	}
	c.ok("setBreakpoints", godap.SetBreakpointsArguments{Source: godap.Source{Path: src}, Breakpoints: []godap.SourceBreakpoint{}})

	got := map[string]godap.Variable{}
	for _, v := range varList(c, scopeRef(c, 1, "C variables")) {
		got[v.Name] = v
	}
	children := func(name string) map[string]string { return varsOf(c, got[name].VariablesReference) }
	globals := vars(c, scopeRef(c, 1, "C globals"))
	pp := children("pp")
	arr := children("arr")
	p := children("p")
	evals := map[string]string{}
	for _, e := range []string{"pp->y", "arr[2]", "origin.x", "*pp"} {
		evals[e] = c.ok("evaluate", map[string]any{"expression": e, "frameId": 1}).(*godap.EvaluateResponse).Body.Result
	}
	named := evaluateNames(t, c, scopeRef(c, 1, "C variables"), 3)
	for _, e := range []string{"p.y", "arr[3]", "*pp", "pp->x", "w.i"} {
		if !named[e] {
			t.Errorf("no variable of the tree has the evaluate name %q (%v)", e, named)
		}
	}
	if msg := c.fails("evaluate", map[string]any{"expression": "nosuch", "frameId": 1}); !strings.Contains(msg, "nosuch") {
		t.Errorf("evaluate of an unknown name: %q", msg)
	}

	c.ok("continue", thread)
	c.event("terminated")
	m := regexp.MustCompile(`p=(\d+),(\d+) arr=(\d+),(\d+),(\d+),(\d+) pp->y=(\d+) c=(\d+) w=(\d+) s=(\d+) f=(\d+) counter=(\d+) origin=(\d+),(\d+)`).FindStringSubmatch(c.outputs())
	if m == nil {
		t.Fatalf("program output %q", c.outputs())
	}
	pText := "{x = " + m[1] + ", y = " + m[2] + "}"
	checks := []struct{ what, got, want string }{
		{"p", got["p"].Value, pText},
		{"p.x", p["x"], m[1]},
		{"arr", got["arr"].Value, "{" + strings.Join(m[3:7], ", ") + "}"},
		{"arr[3]", arr["[3]"], m[6]},
		{"*pp", pp["*pp"], pText},
		{"s", got["s"].Value, m[10]},
		{"f", got["f"].Value, m[11]},
		{"p's type", got["p"].Type, "struct point"},
		{"counter", globals["counter"], m[12]},
		{"origin", globals["origin"], "{x = " + m[13] + ", y = " + m[14] + "}"},
		{"evaluate pp->y", evals["pp->y"], m[7]},
		{"evaluate arr[2]", evals["arr[2]"], m[5]},
		{"evaluate origin.x", evals["origin.x"], m[13]},
		{"evaluate *pp", evals["*pp"], pText},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s = %q, the program printed %q", ch.what, ch.got, ch.want)
		}
	}
}

func varsOf(c *testClient, ref int) map[string]string {
	c.t.Helper()
	if ref == 0 {
		c.t.Fatalf("a variable without children")
	}
	return vars(c, ref)
}

func fmtSources(ss []godap.Source) string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Path)
	}
	return strings.Join(out, " ")
}

// TestCStepByLine steps shapes.c by source line, and by instruction when
// asked.
func TestCStepByLine(t *testing.T) {
	c, src := cLaunched(t, "shapes", "-O0", 42)
	at(t, c, src, "main", 42)
	c.ok("stepIn", thread)
	c.stopped()
	at(t, c, src, "sum_squares", 28)
	c.ok("next", thread)
	c.stopped()
	before := at(t, c, src, "sum_squares", 29)
	dis := c.ok("disassemble", godap.DisassembleArguments{MemoryReference: before.InstructionPointerReference, InstructionCount: 1}).(*godap.DisassembleResponse).Body.Instructions
	if len(dis) != 1 || dis[0].Location == nil || dis[0].Location.Path != src || dis[0].Line != 29 || dis[0].Symbol == "" {
		t.Errorf("disassembly at line 29: %+v", dis)
	}
	c.ok("next", map[string]any{"threadId": mainThreadID, "granularity": "instruction"})
	c.stopped()
	if f := stack(c)[0]; f.Name != "sum_squares" || f.InstructionPointerReference == before.InstructionPointerReference {
		t.Errorf("an instruction step moved from %s to %s in %s", before.InstructionPointerReference, f.InstructionPointerReference, f.Name)
	}
	c.ok("stepOut", thread)
	c.stopped()
	if f := stack(c)[0]; f.Name != "main" || f.Line != 42 {
		t.Errorf("step out stopped in %s at line %d, want main at 42", f.Name, f.Line)
	}
	c.ok("next", thread)
	c.stopped()
	at(t, c, src, "main", 43)
}

// TestCInlinedFrames stops in square, inlined at -O1 into sum_squares:
// two frames of one wasm instruction; stepping out leaves square.
func TestCInlinedFrames(t *testing.T) {
	c, src := cLaunched(t, "loop", "-O1", 4)
	frames := stack(c)
	if len(frames) < 2 || frames[1].Name != "sum_squares" || frames[1].Line != 10 || frames[1].Source == nil ||
		frames[1].InstructionPointerReference != frames[0].InstructionPointerReference {
		t.Fatalf("frames %+v", frames)
	}
	at(t, c, src, "square", 4)
	if got := vars(c, scopeRef(c, 1, "C variables")); got["v"] != "1" {
		t.Errorf("square's variables at its first call: %v", got)
	}
	if _, ok := vars(c, scopeRef(c, 2, "C variables"))["total"]; !ok {
		t.Errorf("sum_squares's frame lacks its variables")
	}
	c.ok("stepOut", thread)
	c.stopped()
	if f := stack(c)[0]; f.Name != "sum_squares" {
		t.Errorf("step out of inlined square stopped in %s at line %d", f.Name, f.Line)
	}
}

// evaluateNames walks a variables tree to a depth, checks that evaluating
// each variable's evaluateName gives its value, and returns the names.
func evaluateNames(t *testing.T, c *testClient, ref, depth int) map[string]bool {
	t.Helper()
	names := map[string]bool{}
	for _, v := range varList(c, ref) {
		if v.EvaluateName != "" {
			names[v.EvaluateName] = true
			r := c.ok("evaluate", map[string]any{"expression": v.EvaluateName, "frameId": 1}).(*godap.EvaluateResponse).Body
			if r.Result != v.Value || r.Type != v.Type {
				t.Errorf("evaluate %s = %s (%s), the variable %s shows %s (%s)", v.EvaluateName, r.Result, r.Type, v.Name, v.Value, v.Type)
			}
		}
		if v.VariablesReference != 0 && depth > 1 {
			for n := range evaluateNames(t, c, v.VariablesReference, depth-1) {
				names[n] = true
			}
		}
	}
	return names
}
