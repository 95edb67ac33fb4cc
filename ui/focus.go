package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// focusCheck is how often the window takes focus back from grids.
const focusCheck = 100 * time.Millisecond

// A widget with focus receives every key without Ctrl, and the views' grids
// (tables) drop F5, F9, F10 and F11. So the window takes focus back from any
// widget that does not edit text, and the debugger keys reach the canvas.
// ci/xvfb-test.sh checks it in a real window. Once views/internal/grid
// forwards the keys it does not use to the canvas, this can go.

// keepKeys starts releasing focus periodically, on desktop drivers only:
// elsewhere there is no keyboard to keep.
func (w *Window) keepKeys() {
	if _, ok := fyne.CurrentApp().Driver().(desktop.Driver); !ok {
		return
	}
	go func() {
		t := time.NewTicker(focusCheck)
		defer t.Stop()
		for range t.C {
			if w.closed.Load() {
				return
			}
			fyne.Do(w.releaseFocus)
		}
	}()
}

// releaseFocus unfocuses a widget that does not edit text.
func (w *Window) releaseFocus() {
	c := w.win.Canvas()
	if f := c.Focused(); f != nil && !editsText(f) {
		c.Unfocus()
	}
}

// editsText reports whether a focused widget takes typed text, like an
// entry; those keep their focus.
func editsText(f fyne.Focusable) bool {
	_, ok := f.(interface{ SelectedText() string })
	return ok
}
