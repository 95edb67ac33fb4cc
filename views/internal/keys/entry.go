package keys

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Entry is a widget.Entry that passes function keys and Escape to the
// window and keeps every key that edits text.
type Entry struct{ widget.Entry }

// NewEntry is widget.NewEntry for an Entry.
func NewEntry() *Entry {
	e := &Entry{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewEntry: one line, clipped
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey forwards the window's command keys.
func (e *Entry) TypedKey(ev *fyne.KeyEvent) {
	if Command(ev.Name) {
		ToWindow(e, ev)
		return
	}
	e.Entry.TypedKey(ev)
}
