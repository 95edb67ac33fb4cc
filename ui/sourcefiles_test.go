package ui

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"wasmstep/debugger"
	"wasmstep/vm"
	"wasmstep/vm/host"
)

// wasiSession is a session linking WASI, as the window's is.
func wasiSession() *debugger.Session {
	return debugger.NewSession(debugger.Options{Link: func(l *host.Linker, st *vm.Store, out io.Writer) (io.Closer, error) {
		return host.Install(l, st, host.ProgramConfig{Output: out, WASI: host.WASIConfig{Stdout: out, Stderr: out}})
	}})
}

// A module compiled from C with DWARF opens with its C source as a
// document: a gutter click there sets a line breakpoint, Continue stops at
// it with the C line marked, and the disassembly beside it marks the
// instruction.
func TestCSourceDocument(t *testing.T) {
	app := test.NewTempApp(t)
	app.Settings().SetTheme(theme.DefaultTheme())
	var sess *debugger.Session
	w := New(app, func([]string) Engine { sess = wasiSession(); return sess })
	w.Headless()
	t.Cleanup(func() { w.Window().Close() })
	w.Window().Resize(fyne.NewSize(1280, 800))
	w.Open("../examples/c/geometry.wasm")
	w.Settle()
	var c, asm *document
	for _, d := range w.src.docs {
		switch d.title() {
		case "geometry.c":
			c = d
		case "geometry.wasm":
			asm = d
		}
	}
	if c == nil || asm == nil || c.disasm != nil {
		t.Fatalf("documents %v: want geometry.wasm and its C source", titles(w.src.docs))
	}
	if w.src.pair.body.Objects[0] != w.src.view {
		t.Error("the disassembly is paired before any stop")
	}
	w.toggleBreakpoint(c, 45)
	w.Settle()
	if !slices.Equal(c.breakpoints, []int{45}) || len(sess.Breakpoints()) != 1 {
		t.Fatalf("after the click: gutter %v, session %v", c.breakpoints, sess.Breakpoints())
	}
	w.Invoke("_start", nil, true)
	w.Continue()
	w.Settle()
	if w.snap.Reason != debugger.StopBreakpoint || w.src.cur != c || c.next == nil || c.next.From.Line != 45 {
		t.Fatalf("Continue stopped (%v) showing %s at %v; want geometry.c line 45", w.snap.Reason, w.src.cur.title(), c.next)
	}
	if asm.next == nil || w.src.pair.body.Objects[0] != w.src.pair.withVars {
		t.Errorf("the disassembly beside the C source does not mark the instruction (%v)", asm.next)
	}
	vars := w.src.pair.vars
	if got := vars.label("0/0"); got != "pts (struct point [4]) = {{x = 0, y = 0}, {x = 3, y = 0}, {x = 3, y = 4}, {x = 0, y = 4}}" {
		t.Errorf("first variable of main: %q", got)
	}
	if got := vars.label("0/0/2/1"); got != "y (int) = 4" {
		t.Errorf("pts[2].y: %q", got)
	}
	if rows := callstackModel(w.snap, 0).Frames; rows[0].Func != "main" || !strings.HasPrefix(rows[0].Location, "geometry.c:45  ") {
		t.Errorf("call stack row %+v", rows[0])
	}
	if !strings.HasPrefix(vars.label("0"), "main at geometry.c:45") || vars.label("1") != "Globals" {
		t.Errorf("tree roots %q, %q", vars.label("0"), vars.label("1"))
	}
	w.StepOver() // by C line while the C source is shown
	w.Settle()
	if got := w.snap.Frames[0].Location.Source.Line; got != 46 || c.next.From.Line != 46 {
		t.Errorf("step over from line 45 stopped at line %d (marked %v), want 46", got, c.next)
	}
	w.src.picker.SetSelected(asm.title()) // as a person picks it
	w.StepOver()                          // by instruction while the disassembly is shown
	w.Settle()
	if got := w.snap.Frames[0].Location.Source.Line; got != 46 || w.src.cur != asm {
		t.Errorf("an instruction step left line 46 for %d, or the disassembly (showing %s)", got, w.src.cur.title())
	}
	if os.Getenv("WASMSTEP_SHOTS") != "" {
		savePNG(t, w, os.TempDir()+"/wasmstep-c-source.png")
	}
}

// A source folder given for the open files is remembered for them: the
// sources of a module whose DWARF paths lead nowhere show from it, now and
// after a reload.
func TestSourceFolderRemembered(t *testing.T) {
	app := test.NewTempApp(t)
	app.Settings().SetTheme(theme.DefaultTheme())
	w := New(app, func([]string) Engine { return wasiSession() })
	w.Headless()
	t.Cleanup(func() { w.Window().Close() })
	mod := filepath.Join(t.TempDir(), "geometry.wasm")
	data, err := os.ReadFile("../examples/c/geometry.wasm")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mod, data, 0o644); err != nil {
		t.Fatal(err)
	}
	hasC := func() bool {
		return slices.ContainsFunc(w.src.docs, func(d *document) bool { return d.title() == "geometry.c" })
	}
	w.Open(mod)
	w.Settle()
	if hasC() {
		t.Fatal("geometry.c found before a folder was given")
	}
	w.addSourceDir("../examples/c")
	w.Settle()
	if !hasC() {
		t.Fatalf("geometry.c not found in the folder given: %v", titles(w.src.docs))
	}
	w.Open(mod)
	w.Settle()
	if !hasC() {
		t.Error("the folder was not remembered for the module")
	}
}
