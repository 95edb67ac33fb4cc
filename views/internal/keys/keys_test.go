package keys

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Each focusable widget keeps the keys it uses and the window gets the rest.
func TestWidgetsForwardUnusedKeys(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(theme.DefaultTheme())
	entry := NewEntry()
	sel := NewSelect([]string{"a", "b", "c"}, nil)
	sel.SetSelectedIndex(0)
	list := NewList(func() int { return 3 }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(widget.ListItemID, fyne.CanvasObject) {})
	tests := []struct {
		name   string
		w      fyne.Focusable
		keys   []fyne.KeyName
		window string
		check  func() string // the widget's own effect, "" if right
	}{
		{"entry", entry, []fyne.KeyName{fyne.KeyF10, fyne.KeyBackspace, fyne.KeyEscape, fyne.KeyLeft}, "[F10 Escape]",
			func() string { return want(entry.Text, "0x1") }},
		{"select", sel, []fyne.KeyName{fyne.KeyRight, fyne.KeyF11, fyne.KeyRight, fyne.KeyF5}, "[F11 F5]",
			func() string { return want(sel.Selected, "c") }},
		{"list", list, []fyne.KeyName{fyne.KeyF9, fyne.KeyDown, fyne.KeyTab}, "[F9 Tab]", func() string { return "" }},
	}
	for _, tt := range tests {
		w := test.NewTempWindow(t, tt.w.(fyne.CanvasObject))
		w.Resize(fyne.NewSize(300, 200))
		var got []fyne.KeyName
		w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) { got = append(got, ev.Name) })
		if tt.w == entry {
			test.Type(entry, "0x10")
		}
		w.Canvas().Focus(tt.w)
		for _, k := range tt.keys {
			w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k})
		}
		if fmt.Sprint(got) != tt.window {
			t.Errorf("%s: the window got %v, want %s", tt.name, got, tt.window)
		}
		if msg := tt.check(); msg != "" {
			t.Errorf("%s: %s", tt.name, msg)
		}
	}
}

func want(got, want string) string {
	if got == want {
		return ""
	}
	return fmt.Sprintf("%q, want %q", got, want)
}
