package grid

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// A focused grid moves with the arrow keys and hands the debugger's keys
// to the window's handler.
func TestFocusedGridForwardsKeys(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(theme.DefaultTheme())
	g := New([]Column{{Title: "n", Chars: 4}, {Title: "v", Chars: 4}}, func() int { return 10 },
		func(row, col int) Cell { return Cell{Text: fmt.Sprint(row, col)} })
	var selected []int
	g.OnSelected = func(row int) { selected = append(selected, row) }
	w := test.NewTempWindow(t, g)
	w.Resize(fyne.NewSize(300, 300))
	c := w.Canvas()
	var window []fyne.KeyName
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { window = append(window, ev.Name) })

	c.Focus(g.table)
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyF10, fyne.KeyDown, fyne.KeyRight, fyne.KeyF5, fyne.KeySpace, fyne.KeyA} {
		if c.Focused() == nil {
			t.Fatalf("the grid lost focus before %s", k)
		}
		c.Focused().TypedKey(&fyne.KeyEvent{Name: k})
	}
	if fmt.Sprint(window) != "[F10 F5 A]" {
		t.Errorf("the window got %v, want [F10 F5 A]", window)
	}
	if fmt.Sprint(selected) != "[2]" {
		t.Errorf("Down, Down, Space selected rows %v, want [2]", selected)
	}
}
