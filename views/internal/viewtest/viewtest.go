// Package viewtest holds what the view tests share: a test window with the
// default theme, reading back the rendered text, and screenshots to look at.
package viewtest

import (
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// Start makes a test app with the default theme; call it before creating
// widgets. The test app's own theme lacks bold monospace.
func Start(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(theme.DefaultTheme())
}

// Show shows content in a test window of the given size.
func Show(t *testing.T, content fyne.CanvasObject, w, h float32) fyne.Window {
	t.Helper()
	win := test.NewTempWindow(t, content)
	win.Resize(fyne.NewSize(w, h))
	return win
}

// Lines returns the visible text of the window as lines, top to bottom:
// texts at the same height joined with " | " from left to right.
func Lines(win fyne.Window) []string {
	var texts []placed
	size := win.Canvas().Size()
	collect(win.Content(), fyne.NewPos(0, 0), &texts)
	sort.SliceStable(texts, func(i, j int) bool {
		if texts[i].pos.Y != texts[j].pos.Y {
			return texts[i].pos.Y < texts[j].pos.Y
		}
		return texts[i].pos.X < texts[j].pos.X
	})
	var lines []string
	var cur []string
	lastY := float32(-1)
	for _, p := range texts {
		if p.pos.Y < 0 || p.pos.Y >= size.Height || p.text.Text == "" {
			continue
		}
		if p.pos.Y != lastY && cur != nil {
			lines = append(lines, strings.Join(cur, " | "))
			cur = nil
		}
		cur = append(cur, p.text.Text)
		lastY = p.pos.Y
	}
	if cur != nil {
		lines = append(lines, strings.Join(cur, " | "))
	}
	return lines
}

// Find returns the first visible canvas.Text showing exactly s.
func Find(win fyne.Window, s string) *canvas.Text {
	if p, ok := find(win, s); ok {
		return p.text
	}
	return nil
}

// TapText taps the window where the text s is shown, as a user would; it
// reports whether s was found.
func TapText(win fyne.Window, s string) bool {
	p, ok := find(win, s)
	if ok {
		test.TapCanvas(win.Canvas(), p.pos.AddXY(1, 1))
	}
	return ok
}

func find(win fyne.Window, s string) (placed, bool) {
	var texts []placed
	collect(win.Content(), fyne.NewPos(0, 0), &texts)
	for _, p := range texts {
		if p.text.Text == s {
			return p, true
		}
	}
	return placed{}, false
}

// Color looks a colour up in the current theme and variant.
func Color(name fyne.ThemeColorName) color.Color {
	return theme.Current().Color(name, fyne.CurrentApp().Settings().ThemeVariant())
}

type placed struct {
	text *canvas.Text
	pos  fyne.Position
}

func collect(o fyne.CanvasObject, origin fyne.Position, out *[]placed) {
	if !o.Visible() {
		return
	}
	pos := origin.Add(o.Position())
	switch v := o.(type) {
	case *canvas.Text:
		*out = append(*out, placed{v, pos})
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			collect(c, pos, out)
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			collect(c, pos, out)
		}
	}
}

// Shots writes the window as /tmp/views-NAME-light.png and -dark.png when
// WASMSTEP_SHOTS is set, so a person can look at the view.
func Shots(t *testing.T, win fyne.Window, name string) {
	t.Helper()
	if os.Getenv("WASMSTEP_SHOTS") == "" {
		return
	}
	settings := fyne.CurrentApp().Settings()
	base := settings.Theme()
	defer settings.SetTheme(base)
	for _, v := range []struct {
		name    string
		variant fyne.ThemeVariant
	}{{"light", theme.VariantLight}, {"dark", theme.VariantDark}} {
		settings.SetTheme(variantTheme{base, v.variant})
		win.Content().Refresh()
		path := filepath.Join(os.TempDir(), "views-"+name+"-"+v.name+".png")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, win.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// variantTheme forces a light or dark variant of a theme.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// Scaled is a theme whose sizes are factor times the default theme's, as
// a presentation theme with big text would be.
type Scaled struct {
	fyne.Theme
	Factor float32
}

// Size scales every size of the wrapped theme.
func (t Scaled) Size(n fyne.ThemeSizeName) float32 { return t.Theme.Size(n) * t.Factor }
