package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestStackAndLocalsShowRowsAt1024x640 renders the window at its smallest
// supported size with a memory in the band: the operand stack and the
// locals each keep room for their header and at least three rows.
func TestStackAndLocalsShowRowsAt1024x640(t *testing.T) {
	w := openFake(t, 1024, 640)
	w.Invoke("fib", []string{"10"}, true)
	w.Settle()
	press(w, fyne.KeyF10)
	if len(w.snap.Memories) == 0 {
		t.Fatal("the test program has no memory: the band would be small anyway")
	}
	// A table row is a line of text and a padding (24 px: the screenshots).
	row := fyne.MeasureText("0", theme.TextSize(), fyne.TextStyle{}).Height + theme.Padding()
	for name, o := range map[string]fyne.CanvasObject{"stack": w.panes.stack, "locals": w.panes.locals} {
		if h := o.Size().Height; h < 4*row {
			t.Errorf("%s pane is %v high at 1024x640, want room for a header and three rows (%v)", name, h, 4*row)
		}
	}
}
