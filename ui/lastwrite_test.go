package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"wasmstep/debugger"
)

// shownObjects lists the visible objects under o as drawn, parents first,
// without laying them out again (a table laid out afresh drops its rows).
func shownObjects(o fyne.CanvasObject) []fyne.CanvasObject {
	if !o.Visible() {
		return nil
	}
	out := []fyne.CanvasObject{o}
	switch v := o.(type) {
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			out = append(out, shownObjects(c)...)
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			out = append(out, shownObjects(c)...)
		}
	}
	return out
}

// shownText joins the texts drawn under o.
func shownText(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, c := range shownObjects(o) {
		if t, ok := c.(*canvas.Text); ok {
			b.WriteString(t.Text + "\n")
		}
	}
	return b.String()
}

// secondaryTapOn taps, with the secondary button, the innermost object of
// o that can take it and draws text, at pos within it (its middle if pos
// is nil).
func secondaryTapOn(t *testing.T, o fyne.CanvasObject, text string, pos func(fyne.CanvasObject) fyne.Position) {
	t.Helper()
	var hit fyne.SecondaryTappable
	for _, c := range shownObjects(o) {
		if st, ok := c.(fyne.SecondaryTappable); ok && strings.Contains(shownText(c), text) {
			hit = st // parents come first: the last is innermost
		}
	}
	if hit == nil {
		t.Fatalf("nothing showing %q takes a secondary tap", text)
	}
	at := fyne.NewPos(hit.(fyne.CanvasObject).Size().Width/2, hit.(fyne.CanvasObject).Size().Height/2)
	if pos != nil {
		at = pos(hit.(fyne.CanvasObject))
	}
	test.TapSecondaryAt(hit, at)
}

// tapMenuItem taps the item of the pop-up menu showing label and reports
// the shortcut the menu shows with it.
func tapMenuItem(t *testing.T, w *Window, label string) {
	t.Helper()
	top := w.Window().Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no menu shows")
	}
	var item fyne.Tappable
	for _, tp := range all[fyne.Tappable](top) {
		if strings.Contains(texts(tp.(fyne.CanvasObject)), label) {
			item = tp
		}
	}
	if item == nil {
		t.Fatalf("the menu has no item %q: %q", label, texts(top))
	}
	test.Tap(item)
	w.Settle()
}

// lastOrigin is the query of the engine's last Origin.
func lastOrigin(t *testing.T, w *Window) string {
	t.Helper()
	cmds := fake(w).commands()
	if c := cmds[len(cmds)-1]; strings.HasPrefix(c, "origin ") {
		return c
	}
	t.Fatalf("the last command is %q, not an origin", cmds[len(cmds)-1])
	return ""
}

func origin(q debugger.OriginQuery) string { return fmt.Sprintf("origin %+v", q) }

// A local's context menu offers "Go to last write" with its key, and asks
// Origin about that local of the frame shown; the stop names it.
func TestLastWriteOfALocal(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.Invoke("fib", []string{"3"}, true)
	w.Settle()
	w.StepInto()
	w.Settle()
	secondaryTapOn(t, w.panes.locals, "$a", nil)
	top := w.Window().Canvas().Overlays().Top()
	if top == nil || shownText(top) != "Go to last write: $a\nCtrl+Shift+\nW\n" {
		t.Fatalf("the menu shows %q, want the item and its key", shownText(top))
	}
	tapMenuItem(t, w, "$a")
	want := origin(debugger.OriginQuery{Kind: debugger.OriginLocal, Frame: 0, Local: 1})
	if got := lastOrigin(t, w); got != want {
		t.Errorf("asked %s, want %s", got, want)
	}
	if w.snap.Reason != debugger.StopOrigin || !strings.Contains(w.status.text(), "last write of $a") {
		t.Errorf("the stop is %v, the status %q", w.snap.Reason, w.status.text())
	}
	// The key asks again about the same local: the write before.
	w.Window().Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(
		&desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	w.Settle()
	if cmds := fake(w).commands(); cmds[len(cmds)-1] != want || cmds[len(cmds)-2] != want {
		t.Errorf("Ctrl+Shift+W ran %v, want the same origin twice", cmds)
	}
	// At the oldest instruction there is no write to find: the status says so.
	w.GoToLastWrite()
	w.Settle()
	if !strings.Contains(w.status.trap.Text, "not written") {
		t.Errorf("the status shows %q, want the engine's error", w.status.trap.Text)
	}
}

// A hex byte's menu asks about that byte; with Shift a click selects a
// range, which the key then asks about.
func TestLastWriteOfMemoryBytes(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.Invoke("fib", []string{"3"}, true)
	w.Settle()
	w.StepInto()
	w.Settle()
	grid, at := hexByte(t, w)
	test.TapSecondaryAt(grid.(fyne.SecondaryTappable), at(0x12))
	tapMenuItem(t, w, "$heap[0x12]")
	want := origin(debugger.OriginQuery{Kind: debugger.OriginMemory, Mem: 0, Addr: 0x12, Len: 1})
	if got := lastOrigin(t, w); got != want {
		t.Errorf("asked %s, want %s", got, want)
	}
	grid, at = hexByte(t, w)
	test.TapAt(grid.(fyne.Tappable), at(0x14))
	grid.(desktop.Mouseable).MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierShift})
	test.TapAt(grid.(fyne.Tappable), at(0x11))
	w.GoToLastWrite()
	w.Settle()
	want = origin(debugger.OriginQuery{Kind: debugger.OriginMemory, Mem: 0, Addr: 0x11, Len: 4})
	if got := lastOrigin(t, w); got != want {
		t.Errorf("after selecting 0x11..0x14 asked %s, want %s", got, want)
	}
}

// hexByte finds the hex grid of the memory shown and where byte addr of
// its rows 0x00-0x3f is drawn.
func hexByte(t *testing.T, w *Window) (fyne.CanvasObject, func(addr uint64) fyne.Position) {
	t.Helper()
	var grid fyne.CanvasObject
	for _, o := range all[fyne.SecondaryTappable](w.panes.memory) {
		if strings.Contains(texts(o.(fyne.CanvasObject)), "0123456789abcdef") {
			grid = o.(fyne.CanvasObject)
		}
	}
	if grid == nil {
		t.Fatal("no hex grid")
	}
	var header, row0 *canvas.Text
	for _, o := range test.LaidOutObjects(grid) {
		if tx, ok := o.(*canvas.Text); ok {
			switch {
			case strings.Contains(tx.Text, "0123456789abcdef"):
				header = tx
			case strings.HasPrefix(tx.Text, "00000000"):
				row0 = tx
			}
		}
	}
	if header == nil || row0 == nil {
		t.Fatal("the grid shows no header or no row 0")
	}
	cellW := header.MinSize().Width / float32(len(header.Text))
	lineH := row0.Position().Y - header.Position().Y
	return grid, func(addr uint64) fyne.Position {
		col := strings.Index(header.Text, fmt.Sprintf(" %02x ", addr%16)) + 1
		return fyne.NewPos((float32(col)+1)*cellW, row0.Position().Y+float32(addr/16)*lineH+lineH/2)
	}
}

// growFill grows its memory and writes a byte at each turn, then traps.
const growFill = `(module
  (memory $heap 1)
  (global $turns (mut i32) (i32.const 0))
  (func $fill (export "fill") (param $n i32)
    (local $i i32)
    (loop $more
      (drop (memory.grow (i32.const 1)))
      (i32.store8 (local.get $i) (i32.const 7))
      (global.set $turns (local.get $i))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $more (i32.lt_u (local.get $i) (local.get $n))))
    (unreachable)))
`

// On a real session: the ruler marks the grows and the trap, and "Go to
// last write" stops before the instruction that wrote the local, the byte
// and the global picked.
func TestLastWriteOnARealSession(t *testing.T) {
	w := openSource(t, "fill.wat", growFill)
	w.Invoke("fill", []string{"3"}, false)
	w.Settle()
	if w.snap == nil || w.snap.Timeline == nil || !w.ruler.Visible() {
		t.Fatal("no timeline after the run")
	}
	kinds := map[debugger.MarkKind]int{}
	for _, m := range w.snap.Timeline.Marks {
		kinds[m.Kind]++
	}
	if kinds[debugger.MarkGrow] != 3 || kinds[debugger.MarkTrap] != 1 {
		t.Errorf("marks %v, want 3 grows and a trap", w.snap.Timeline.Marks)
	}
	for _, tc := range []struct {
		pick func()
		next string
	}{
		{func() { w.pick(w.pickLocal(1)) }, "local.set $i"},
		{func() { w.pick(w.pickMemory(0, 2, 3)) }, "i32.store8"},
		{func() { w.pick(w.pickGlobal(0)) }, "global.set $turns"},
	} {
		tc.pick()
		w.GoToLastWrite()
		w.Settle()
		if w.snap.Reason != debugger.StopOrigin || !strings.HasPrefix(w.snap.Frames[0].Location.Text, tc.next) {
			t.Errorf("%s: stopped (%v) before %q, want %q; status %q", w.picked.what, w.snap.Reason,
				w.snap.Frames[0].Location.Text, tc.next, w.status.text())
		}
	}
}

// Every pane's pick becomes the query for what it shows.
func TestEveryPanePicksItsQuery(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.Invoke("fib", []string{"3"}, true)
	w.Settle()
	w.StepInto()
	w.Settle()
	p := w.panes
	for _, tc := range []struct {
		pick func()
		want debugger.OriginQuery
		what string
	}{
		{func() { p.stack.OnPick(1) }, debugger.OriginQuery{Kind: debugger.OriginStack, Stack: 1}, "stack value 1"},
		{func() { p.globals.OnPick(0) }, debugger.OriginQuery{Kind: debugger.OriginGlobal, Global: "$calls"}, "$calls"},
		{func() { p.tables.OnPick(0, 1) }, debugger.OriginQuery{Kind: debugger.OriginTable, Slot: 1}, "$fns[1]"},
		{func() { p.heap.OnPickField(2, 0) }, debugger.OriginQuery{Kind: debugger.OriginHeap, Object: 2}, "field 0 of object 2"},
		{func() { p.memory.OnPick(0, 16, 29) }, debugger.OriginQuery{Kind: debugger.OriginMemory, Addr: 16, Len: 13}, "$heap[0x10..0x1c]"},
	} {
		tc.pick()
		w.GoToLastWrite()
		w.Settle()
		if got := lastOrigin(t, w); got != origin(tc.want) || w.picked.what != tc.what {
			t.Errorf("asked %s about %q, want %s about %q", got, w.picked.what, origin(tc.want), tc.what)
		}
	}
}
