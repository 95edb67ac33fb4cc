package grid

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/keys"
)

// keyTable is the grid's table: it moves with the navigation keys and
// passes every other key (F5, F10, ...) to the window, which a focused
// widget.Table would swallow.
type keyTable struct{ widget.Table }

func newKeyTable(length func() (int, int), create func() fyne.CanvasObject, update func(widget.TableCellID, fyne.CanvasObject)) *keyTable {
	t := &keyTable{}
	t.Length, t.CreateCell, t.UpdateCell = length, create, update
	t.ExtendBaseWidget(t)
	return t
}

// TypedKey keeps the navigation keys.
func (t *keyTable) TypedKey(ev *fyne.KeyEvent) {
	if keys.Navigation(ev.Name) {
		t.Table.TypedKey(ev)
		return
	}
	keys.ToWindow(t, ev)
}
