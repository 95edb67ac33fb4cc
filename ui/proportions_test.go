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

// TestValueDisplayMovesToTheToolbarOnShortWindows: the numbers/lanes
// choices leave their row above the stack at 1024×640 and in presentation
// mode at 1280×800 (where that row pushed out the instruction's
// description), and keep it at 1280×800, where the toolbar needs the width
// for its labels.
func TestValueDisplayMovesToTheToolbarOnShortWindows(t *testing.T) {
	for _, c := range []struct {
		w, h    float32
		present bool
		inBar   bool
	}{
		{1024, 640, false, true},
		{1280, 800, false, false},
		{1280, 800, true, true},
		{1920, 1080, false, false},
	} {
		w := openFake(t, c.w, c.h)
		if c.present {
			w.togglePresentation()
			w.Settle()
		}
		y := fyne.CurrentApp().Driver().AbsolutePositionForObject(w.panes.display).Y
		if inBar := y < 10; inBar != c.inBar {
			t.Errorf("%vx%v presentation %v: display at y=%v, in the toolbar %v, want %v", c.w, c.h, c.present, y, inBar, c.inBar)
		}
		if c.present {
			w.togglePresentation()
		}
	}
}
