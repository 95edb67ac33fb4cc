package keys

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// List is a widget.List that passes the keys it does not move with to
// the window.
type List struct{ widget.List }

// NewList is widget.NewList for a List.
func NewList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *List {
	l := &List{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey keeps the navigation keys.
func (l *List) TypedKey(ev *fyne.KeyEvent) {
	if Navigation(ev.Name) {
		l.List.TypedKey(ev)
		return
	}
	ToWindow(l, ev)
}
