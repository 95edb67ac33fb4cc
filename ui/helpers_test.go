package ui

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"wasmstep/vm/binary"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
)

// openFake shows a window on fake engines (a new one per session) with
// testdata/fib.wat open.
func openFake(t *testing.T, w, h float32) *Window {
	t.Helper()
	app := test.NewTempApp(t)
	app.Settings().SetTheme(theme.DefaultTheme())
	win := New(app, func([]string) Engine { return newFakeEngine() })
	win.Headless()
	t.Cleanup(func() { win.Window().Close() })
	win.Window().Resize(fyne.NewSize(w, h))
	win.Open("testdata/fib.wat")
	win.Settle()
	return win
}

// openSource shows a window on a real session with src, written to a
// temporary file of that name, open at 1280x800.
func openSource(t *testing.T, name, src string) *Window {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	app := test.NewTempApp(t)
	app.Settings().SetTheme(theme.DefaultTheme())
	w := New(app, realEngine)
	w.Headless()
	t.Cleanup(func() { w.Window().Close() })
	w.Window().Resize(fyne.NewSize(1280, 800))
	w.Open(path)
	w.Settle()
	return w
}

// fake is the engine of the window's current session.
func fake(w *Window) *fakeEngine { return w.eng.(*fakeEngine) }

// press delivers a key as the desktop driver does: to the focused widget
// if there is one, else to the canvas.
func press(w *Window, key fyne.KeyName) {
	c := w.Window().Canvas()
	ev := &fyne.KeyEvent{Name: key}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	} else if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
	w.Settle()
}

// pressShift delivers key with Shift held.
func pressShift(w *Window, key fyne.KeyName) {
	w.heldModifiers = func() fyne.KeyModifier { return fyne.KeyModifierShift }
	defer func() { w.heldModifiers = nil }()
	press(w, key)
}

func savePNG(t *testing.T, w *Window, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Window().Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

// all returns the objects of type T under o, in drawing order.
func all[T any](o fyne.CanvasObject) []T {
	var out []T
	for _, obj := range test.LaidOutObjects(o) {
		if t, ok := obj.(T); ok {
			out = append(out, t)
		}
	}
	return out
}

// texts joins the text of every label and canvas text under o.
func texts(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, obj := range test.LaidOutObjects(o) {
		if t, ok := obj.(*canvas.Text); ok {
			b.WriteString(t.Text + "\n")
		}
	}
	return b.String()
}

// writeWasm encodes a text module into a .wasm file in a temp directory.
func writeWasm(t *testing.T, watPath string) string {
	t.Helper()
	m, err := load.File(source.NewFileSet(), watPath)
	if err != nil {
		t.Fatal(err)
	}
	bin, err := binary.Encode(m.Module)
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), strings.TrimSuffix(filepath.Base(watPath), ".wat")+".wasm")
	if err := os.WriteFile(out, bin, 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}
