package ui

import (
	"os"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"wasmstep/debugger"
)

// A gutter click on a disassembly line sets a breakpoint on its instruction
// in a real session: Continue stops there, and a second click clears it.
func TestBreakpointOnDisassemblyLine(t *testing.T) {
	app := test.NewTempApp(t)
	app.Settings().SetTheme(theme.DefaultTheme())
	var sess *debugger.Session
	w := New(app, func([]string) Engine { sess = debugger.NewSession(debugger.Options{}); return sess })
	w.Headless()
	t.Cleanup(func() { w.Window().Close() })
	w.Window().Resize(fyne.NewSize(1280, 800))
	w.Open(writeWasm(t, "testdata/fib.wat"))
	w.Settle()
	d := w.src.cur
	if d.disasm == nil {
		t.Fatal("the .wasm is not shown as a disassembly")
	}
	line := lineOf(t, listingText(d.disasm), "i32.sub")
	w.toggleBreakpoint(d, line)
	w.Settle()
	if !slices.Equal(d.breakpoints, []int{line}) || len(sess.Breakpoints()) != 1 {
		t.Fatalf("after the click: gutter %v, session %v", d.breakpoints, sess.Breakpoints())
	}
	w.Invoke("fib", []string{"3"}, true)
	w.Continue()
	w.Settle()
	loc := w.snap.Frames[0].Location
	if w.snap.Reason != debugger.StopBreakpoint || loc.Text != "i32.sub" || d.next == nil || d.next.From.Line != line {
		t.Errorf("Continue stopped (%v) at %q, shown at %v; want the breakpoint at line %d", w.snap.Reason, loc.Text, d.next, line)
	}
	if os.Getenv("WASMSTEP_SHOTS") != "" {
		savePNG(t, w, os.TempDir()+"/wasmstep-disasm-breakpoint.png")
	}
	w.toggleBreakpoint(d, line)
	w.Settle()
	if len(d.breakpoints) != 0 || len(sess.Breakpoints()) != 0 {
		t.Errorf("after the second click: gutter %v, session %v", d.breakpoints, sess.Breakpoints())
	}
}

// lineOf is the 1-based line of the first occurrence of s in text.
func lineOf(t *testing.T, text, s string) int {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q is not in the text", s)
	}
	return strings.Count(text[:i], "\n") + 1
}

// listingText is a disassembly's whole text, printed for a test to search.
func listingText(d *disassembly) string {
	var b strings.Builder
	for i := range d.listing.Len() {
		b.WriteString(d.listing.Line(i))
		b.WriteByte('\n')
	}
	return b.String()
}
