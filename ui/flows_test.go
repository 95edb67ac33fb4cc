package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"wasmstep/debugger"
)

func TestOpenShowsSourceAndExports(t *testing.T) {
	w := openFake(t, 1280, 800)
	if got := fake(w).commands(); !slices.Equal(got, []string{"load"}) {
		t.Fatalf("commands = %v, want [load]", got)
	}
	if w.src.cur == nil || w.src.cur.title() != "fib.wat" {
		t.Fatalf("shown document = %v, want fib.wat", w.src.cur)
	}
	if !strings.Contains(texts(w.src.view), "斐") {
		t.Error("the Chinese comment is not drawn")
	}
	if len(w.exports) != 2 {
		t.Errorf("exports = %v, want fib and add", w.exports)
	}
	if !strings.Contains(w.Window().Title(), "fib.wat") {
		t.Errorf("title = %q", w.Window().Title())
	}
}

func TestOpenErrorMarksItsLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.wat")
	if err := os.WriteFile(path, []byte("(module\n  (func (result i32)\n    (i32.add)))\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	w := openFake(t, 1280, 800)
	w.Open(path)
	w.Settle()
	d := w.src.cur
	if d == nil || len(d.errors) == 0 {
		t.Fatalf("no error marked in %v", d)
	}
	if d.errors[0].Line != 3 {
		t.Errorf("error at line %d, want 3: %v", d.errors[0].Line, d.errors)
	}
	if !strings.Contains(w.status.trap.Text, "bad.wat:3") {
		t.Errorf("status = %q", w.status.trap.Text)
	}
}

func TestInvokeDialogValidatesAndSteps(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.showInvokeDialog()
	f := w.invoke
	if f.selected().Name != "fib" || len(f.entries) != 1 {
		t.Fatalf("picked %q with %d entries", f.selected().Name, len(f.entries))
	}
	test.Type(f.entries[0], "ten")
	if !f.run.Disabled() || !f.step.Disabled() {
		t.Error("an argument that does not parse leaves Run enabled")
	}
	f.entries[0].SetText("0x0a")
	if f.run.Disabled() {
		t.Fatalf("a hex i32 is refused: %v", f.entries[0].Validate())
	}
	test.Tap(f.step)
	w.Settle()
	if got := fake(w).commands(); got[len(got)-1] != "invoke fib [0x0a]" {
		t.Fatalf("commands = %v", got)
	}
	if w.snap == nil || w.snap.Reason != debugger.StopEntry {
		t.Fatalf("stop = %+v", w.snap)
	}
	if w.src.cur.next == nil || w.src.cur.next.From.Line != 11 {
		t.Errorf("next instruction span = %+v, want line 11", w.src.cur.next)
	}
	f.pick.SetSelected("add")
	if len(f.entries) != 2 {
		t.Errorf("add has %d entries, want 2", len(f.entries))
	}
}

func TestStepKeysAfterATableTookFocus(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.Invoke("fib", []string{"3"}, true)
	w.Settle()
	tables := all[focusTable](w.panes.locals)
	if len(tables) == 0 {
		t.Fatal("no table in the locals view")
	}
	test.TapAt(tables[0], fyne.NewPos(40, 40))
	if w.Window().Canvas().Focused() == nil {
		t.Fatal("tapping the table did not focus it; the test proves nothing")
	}
	press(w, fyne.KeyF10)
	press(w, fyne.KeyF11)
	pressShift(w, fyne.KeyF11)
	press(w, fyne.KeyF7)
	pressShift(w, fyne.KeyF7)
	press(w, fyne.KeyF5)
	want := []string{"step over", "step into", "step out", "step back", "reverse continue", "continue"}
	if got := fake(w).commands()[2:]; !slices.Equal(got, want) {
		t.Errorf("commands after the keys = %v, want %v", got, want)
	}
}

// textEntry is an entry, as the views wrap it.
type textEntry interface {
	fyne.Focusable
	SelectedText() string
}

// focusTable is a grid's table: it takes focus when tapped.
type focusTable interface {
	fyne.Focusable
	fyne.Tappable
}

func TestHeldStepKeyIsCoalesced(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.Invoke("fib", []string{"3"}, true)
	w.Settle()
	fake(w).blockRun = true
	w.Continue() // runs until Pause
	for range 10 {
		w.StepOver() // a held F10 while the machine runs
	}
	if n := len(w.work.queue); n != 1 {
		t.Errorf("%d steps queued behind a run, want 1", n)
	}
	w.Pause()
	w.Settle()
	if got := fake(w).commands(); got[len(got)-1] != "continue" {
		t.Errorf("commands = %v: queued steps ran after Pause", got)
	}
	if w.snap.Reason != debugger.StopPause {
		t.Errorf("stop reason %v, want pause", w.snap.Reason)
	}
}

func TestGutterClickTogglesBreakpoint(t *testing.T) {
	w := openFake(t, 1280, 800)
	bodies := all[fyne.Tappable](w.src.view)
	if len(bodies) == 0 {
		t.Fatal("no tappable body in the source view")
	}
	body := bodies[0]
	lineH := fyne.MeasureText("0", w.src.view.Theme().Size("text"), fyne.TextStyle{Monospace: true}).Height
	test.TapAt(body, fyne.NewPos(4, lineH*13.5)) // line 14
	w.Settle()
	if !fake(w).breakpointSet("testdata/fib.wat", 14) || !slices.Equal(w.src.cur.breakpoints, []int{14}) {
		t.Fatalf("breakpoint not set at 14: engine %v, gutter %v", fake(w).bps, w.src.cur.breakpoints)
	}
	if got := w.prefs.breakpoints("testdata/fib.wat"); !slices.Equal(got, []int{14}) {
		t.Errorf("remembered breakpoints = %v", got)
	}
	test.TapAt(body, fyne.NewPos(4, lineH*13.5))
	w.Settle()
	if fake(w).breakpointSet("testdata/fib.wat", 14) || len(w.src.cur.breakpoints) != 0 {
		t.Error("a second click did not clear the breakpoint")
	}
}

func TestMemoryGoTo(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.Invoke("fib", []string{"3"}, true)
	w.Settle()
	entries := all[textEntry](w.panes.memory)
	if len(entries) == 0 {
		t.Fatal("no address entry in the memory view")
	}
	entry := entries[0]
	test.Type(entry, "0x20")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := texts(w.panes.memory); !strings.Contains(got, "@ 0x00000020") {
		t.Errorf("no readout at 0x20 in:\n%s", got)
	}
}

func TestFuzzyJumpThenF9(t *testing.T) {
	w := openFake(t, 1280, 800)
	found := findPlaces(places(w.src.docs), w.src.cur, "add")
	if len(found) == 0 || found[0].text != "func $add" {
		t.Fatalf("found %v, want func $add first", found)
	}
	w.showFinder()
	test.Type(w.finder.query, "calls")
	w.finder.query.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if w.bpLine != 5 {
		t.Fatalf("jumped to line %d, want 5 (global $calls)", w.bpLine)
	}
	press(w, fyne.KeyF9)
	if !fake(w).breakpointSet("testdata/fib.wat", 5) {
		t.Error("F9 after the jump did not set a breakpoint on line 5")
	}
	if got := findPlaces(nil, w.src.cur, ":12"); len(got) != 1 || got[0].line != 12 {
		t.Errorf("line query = %v", got)
	}
}

func TestReloadOnSaveKeepsBreakpoints(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fib.wat")
	src, _ := os.ReadFile("testdata/fib.wat")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	w := openFake(t, 1280, 800)
	w.Open(path)
	w.Settle()
	w.toggleBreakpoint(w.src.cur, 14)
	w.Settle()
	if err := os.WriteFile(path, append(src, ";; 保存\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(w.src.cur.text, "保存") {
		w.drain() // the watcher's news
		if time.Now().After(deadline) {
			t.Fatal("the saved file was not reloaded")
		}
		time.Sleep(20 * time.Millisecond)
	}
	w.Settle()
	if !slices.Equal(w.src.cur.breakpoints, []int{14}) || !fake(w).breakpointSet(path, 14) {
		t.Errorf("breakpoints after reload: gutter %v, engine %v", w.src.cur.breakpoints, fake(w).bps)
	}
}
