package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// shortBody is the body height, in lines of text, under which the value
// display's choices move from their row above the stack to the toolbar's
// right end: at 1024×640 (and in presentation mode at 1280×800) their row
// cost the stack and locals a row each, while on taller windows the
// toolbar keeps the width for its buttons' labels.
const shortBody = 640 / 14.0

// isShort tells whether a body of height h is short at the theme's text size.
func isShort(h float32) bool {
	return h < shortBody*fyne.CurrentApp().Settings().Theme().Size(theme.SizeNameText)
}

// displaySlots holds the value display in one of two places.
type displaySlots struct {
	display         fyne.CanvasObject
	inBar, overMach *fyne.Container
	short           bool
	placed          bool
	// parents are the containers the slots sit in, laid out again when
	// the display moves (a hidden slot gives its room to its neighbour).
	parents []*fyne.Container
}

func newDisplaySlots(display fyne.CanvasObject) *displaySlots {
	d := &displaySlots{display: display, inBar: container.NewStack(), overMach: container.NewStack()}
	d.place(false)
	return d
}

// place puts the display in the toolbar on a short body, else above the
// stack; an empty slot is hidden so its border takes no padding.
func (d *displaySlots) place(short bool) {
	if d.placed && short == d.short {
		return
	}
	d.placed, d.short = true, short
	from, to := d.overMach, d.inBar
	if !short {
		from, to = to, from
	}
	from.Objects = nil
	from.Hide()
	to.Objects = []fyne.CanvasObject{d.display}
	to.Show()
	for _, p := range d.parents {
		p.Refresh()
	}
}
