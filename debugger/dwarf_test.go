package debugger

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"wasmstep/internal/cwasm"
	"wasmstep/vm"
	"wasmstep/vm/host"
	"wasmstep/vm/source"
)

// cSession compiles testdata/c/NAME.c with clang's flags and loads it into
// a session whose WASI output goes to out.
func cSession(t *testing.T, name string, out *bytes.Buffer, flags ...string) *Session {
	t.Helper()
	src, err := filepath.Abs(filepath.Join("testdata", "c", name+".c"))
	if err != nil {
		t.Fatal(err)
	}
	path := cwasm.Compile(t, name+".wasm", flags, src)
	s := NewSession(wasiOptions(name, out))
	t.Cleanup(func() { s.Close() })
	if err := s.LoadFiles(path); err != nil {
		t.Fatal(err)
	}
	for _, si := range s.SourceInfos() {
		for _, w := range si.Warnings {
			t.Errorf("DWARF warning: %s", w)
		}
	}
	return s
}

// wasiOptions link WASI, its output going to out.
func wasiOptions(prog string, out io.Writer) Options {
	return Options{NoHistory: true, Stdout: out, Link: func(l *host.Linker, st *vm.Store, w io.Writer) (io.Closer, error) {
		return host.Install(l, st, host.ProgramConfig{Output: w, WASI: host.WASIConfig{Args: []string{prog}, Stdout: w, Stderr: w}})
	}}
}

// cFile finds the loaded source file named base.
func cFile(t *testing.T, s *Session, base string) *source.File {
	t.Helper()
	for _, si := range s.SourceInfos() {
		for _, f := range si.Files {
			if filepath.Base(f.Name()) == base {
				return f
			}
		}
	}
	t.Fatalf("source %s not loaded", base)
	return nil
}

// mustStop checks that a command stopped the machine (not finished it).
func mustStop(t *testing.T) func(*Snapshot, error) *Snapshot {
	return func(snap *Snapshot, err error) *Snapshot {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if snap.State != StateStopped {
			t.Fatalf("state %s (%s: %s), want stopped", snap.State, snap.Reason, snap.Message)
		}
		return snap
	}
}

func printVar(t *testing.T, s *Session, name string) string {
	t.Helper()
	v, err := s.PrintVar(name, 0)
	if err != nil {
		t.Fatal(err)
	}
	return v.Text
}

// TestCVariablesMatchPrintf stops at the printf of shapes.c and prints
// each variable; the program then prints the same values itself.
func TestCVariablesMatchPrintf(t *testing.T) {
	var out bytes.Buffer
	s := cSession(t, "shapes", &out, "-O0")
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakLine, File: cFile(t, s, "shapes.c"), Line: 44}); err != nil {
		t.Fatal(err)
	}
	mustStop(t)(s.Invoke("_start", nil))
	snap := mustStop(t)(s.Continue())
	if got := snap.Current().Location.Source.String(); got != "shapes.c:44" {
		t.Fatalf("stopped at %q, want shapes.c:44", got)
	}
	got := map[string]string{}
	for _, n := range []string{"p", "arr", "c", "w", "s", "f", "counter", "origin", "pp"} {
		got[n] = printVar(t, s, n)
	}
	pp, _ := s.PrintVar("pp", 0)
	if len(pp.Children) != 1 || pp.Children[0].Text != got["p"] {
		t.Errorf("pp's target = %+v, want p = %s", pp.Children, got["p"])
	}
	if _, err := s.Continue(); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`p=(\d+),(\d+) arr=(\d+),(\d+),(\d+),(\d+) pp->y=(\d+) c=(\d+) w=(\d+) s=(\d+) f=(\d+) counter=(\d+) origin=(\d+),(\d+)`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("program output %q", out.String())
	}
	want := map[string]string{
		"p":       "{x = " + m[1] + ", y = " + m[2] + "}",
		"arr":     "{" + strings.Join(m[3:7], ", ") + "}",
		"c":       map[string]string{"0": "RED", "5": "GREEN", "6": "BLUE"}[m[8]],
		"s":       m[10],
		"f":       m[11],
		"counter": m[12],
		"origin":  "{x = " + m[13] + ", y = " + m[14] + "}",
	}
	for n, w := range want {
		if got[n] != w {
			t.Errorf("print %s = %q, the program printed %q", n, got[n], w)
		}
	}
	if !strings.HasPrefix(got["w"], "{i = "+m[9]+", b = ") {
		t.Errorf("print w = %q, the program printed w.i = %s", got["w"], m[9])
	}
	if !strings.HasPrefix(got["pp"], "0x") {
		t.Errorf("print pp = %q", got["pp"])
	}
}

// TestCLoopVariableInLocal follows variables that clang -O1 keeps in wasm
// locals and on the operand stack, against the line the loop prints on
// each turn. clang 14 describes the loop variable i only at the loop's back
// edge, after i++, so there it must be one more than the turn printed.
// The lists are read from DWARF 4's .debug_loc and DWARF 5's
// .debug_loclists.
func TestCLoopVariableInLocal(t *testing.T) {
	for _, version := range []string{"-gdwarf-4", "-gdwarf-5"} {
		t.Run(version, func(t *testing.T) { loopVariable(t, version) })
	}
}

func loopVariable(t *testing.T, version string) {
	var out bytes.Buffer
	s := cSession(t, "loop", &out, "-O1", version)
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakLine, File: cFile(t, s, "loop.c"), Line: 11}); err != nil {
		t.Fatal(err)
	}
	mustStop(t)(s.Invoke("_start", nil))
	var want strings.Builder
	for turn := range 4 {
		snap := mustStop(t)(s.Continue())
		if got := snap.Current().Location.Source.String(); got != "loop.c:11" {
			t.Fatalf("turn %d stopped at %q", turn, got)
		}
		total := printVar(t, s, "total")
		i := "<optimized out>"
		for range 40 {
			mustStop(t)(s.StepOver())
			if i = printVar(t, s, "i"); i != "<optimized out>" {
				break
			}
		}
		n, err := strconv.Atoi(i)
		if err != nil {
			t.Fatalf("turn %d: i = %q at the back edge", turn, i)
		}
		fmt.Fprintf(&want, "i=%d total=%s\n", n-1, total)
	}
	if _, err := s.Continue(); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.HasPrefix(got, want.String()) {
		t.Errorf("variables say\n%s\nthe program printed\n%s", want.String(), got)
	}
}

// TestCStepByLine steps into a call by source line, over lines, and out;
// an inlined function shows as a source frame of its own.
func TestCStepByLine(t *testing.T) {
	var out bytes.Buffer
	s := cSession(t, "shapes", &out, "-O0")
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakLine, File: cFile(t, s, "shapes.c"), Line: 42}); err != nil {
		t.Fatal(err)
	}
	mustStop(t)(s.Invoke("_start", nil))
	mustStop(t)(s.Continue())
	snap := mustStop(t)(s.StepLineInto())
	cur := snap.Current()
	if got := cur.Location.Source.String(); got != "shapes.c:28" {
		t.Errorf("step into sum_squares stopped at %q, want shapes.c:28", got)
	}
	if len(cur.Source) != 1 || cur.Source[0].Func != "sum_squares" {
		t.Errorf("source frames %+v", cur.Source)
	}
	if caller := snap.Frames[1].Source; len(caller) != 1 || caller[0].Func != "main" || caller[0].Pos.Line != 42 {
		t.Errorf("caller's source frames %+v", caller)
	}
	if got := printVar(t, s, "n"); got != "4" {
		t.Errorf("print n = %q after the prologue", got)
	}
	snap = mustStop(t)(s.StepLine())
	if got := snap.Current().Location.Source.String(); got != "shapes.c:29" {
		t.Errorf("next stopped at %q, want shapes.c:29", got)
	}
	snap = mustStop(t)(s.StepLineInto())
	snap = mustStop(t)(s.StepLineInto())
	if src := snap.Current().Source; len(src) == 0 || src[0].Func != "square" || snap.Current().Location.Source.Line != 18 {
		t.Errorf("step into square: %+v at %s", src, snap.Current().Location.Source)
	}
	snap = mustStop(t)(s.StepOut())
	snap = mustStop(t)(s.StepOut())
	if got := snap.Current().Source; len(got) == 0 || got[0].Func != "main" {
		t.Errorf("finish twice: in %+v", got)
	}
}

// TestCInlinedFrames stops inside square inlined at -O1: the wasm frame
// holds square's frame inside sum_squares'.
func TestCInlinedFrames(t *testing.T) {
	var out bytes.Buffer
	s := cSession(t, "loop", &out, "-O1")
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakLine, File: cFile(t, s, "loop.c"), Line: 4}); err != nil {
		t.Fatal(err)
	}
	mustStop(t)(s.Invoke("_start", nil))
	snap := mustStop(t)(s.Continue())
	src := snap.Current().Source
	if len(src) != 2 || src[0].Func != "square" || !src[0].Inlined || src[1].Func != "sum_squares" || src[1].Pos.Line != 10 {
		t.Fatalf("source frames %+v", src)
	}
}

// TestSourceDirFindsMovedSources loads a module whose sources moved away
// from where DWARF says; a folder the user gives finds them by name.
func TestSourceDirFindsMovedSources(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "c", "loop.c"))
	if err != nil {
		t.Fatal(err)
	}
	build, moved := t.TempDir(), t.TempDir()
	for _, dir := range []string{build, moved} {
		if err := os.WriteFile(filepath.Join(dir, "loop.c"), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path := cwasm.Compile(t, "loop.wasm", []string{"-O0"}, filepath.Join(build, "loop.c"))
	if err := os.Remove(filepath.Join(build, "loop.c")); err != nil {
		t.Fatal(err)
	}
	s := NewSession(wasiOptions("loop", io.Discard))
	t.Cleanup(func() { s.Close() })
	if err := s.LoadFiles(path); err != nil {
		t.Fatal(err)
	}
	infos := s.SourceInfos()
	if len(infos) != 1 || len(infos[0].Files) != 0 || !slices.ContainsFunc(infos[0].Missing, func(p string) bool { return filepath.Base(p) == "loop.c" }) {
		t.Fatalf("before: %+v", infos)
	}
	s.AddSourceDir(moved)
	if f := cFile(t, s, "loop.c"); f.Name() != filepath.Join(moved, "loop.c") {
		t.Errorf("found %s", f.Name())
	}
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakLine, File: cFile(t, s, "loop.c"), Line: 11}); err != nil {
		t.Errorf("a line of the found file: %v", err)
	}
}
