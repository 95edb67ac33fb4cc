package grid

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// A secondary tap on a cell reports its row; one on the header, none.
func TestSecondaryTapReportsTheRow(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(theme.DefaultTheme())
	g := New([]Column{{Title: "n", Chars: 4}, {Title: "v", Chars: 4}}, func() int { return 10 },
		func(row, col int) Cell { return Cell{Text: fmt.Sprint(row, col)} })
	var rows []int
	g.OnMenu = func(row int, _ fyne.Position) { rows = append(rows, row) }
	w := test.NewTempWindow(t, g)
	w.Resize(fyne.NewSize(300, 300))
	cells := map[string]*cellView{}
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if c, ok := o.(*cellView); ok {
			cells[c.cell.Text] = c
		}
		if wd, ok := o.(fyne.Widget); ok {
			for _, c := range test.WidgetRenderer(wd).Objects() {
				walk(c)
			}
		} else if c, ok := o.(*fyne.Container); ok {
			for _, o := range c.Objects {
				walk(o)
			}
		}
	}
	walk(g)
	for _, text := range []string{"3 1", "7 0", "n"} {
		c := cells[text]
		if c == nil {
			t.Fatalf("no cell shows %q", text)
		}
		test.TapSecondary(c)
	}
	if fmt.Sprint(rows) != "[3 7]" {
		t.Errorf("menus asked for rows %v, want [3 7]", rows)
	}
}
