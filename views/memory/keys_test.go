package memory

import (
	"testing"

	"fyne.io/fyne/v2"
)

// The grid is keyboard-complete: arrows by a byte and a row, Page Up and
// Page Down by a screenful, Home and End to the row's ends, the view
// following the cursor.
func TestGridKeysMoveTheCursor(t *testing.T) {
	v, _ := newTestView(t)
	p := v.panes[0]
	key := func(k fyne.KeyName) { p.grid.TypedKey(&fyne.KeyEvent{Name: k}) }
	key(fyne.KeyRight) // from the first byte shown; the readout now takes room
	if p.cursor != 1 {
		t.Fatalf("after Right: cursor %d, want 1", p.cursor)
	}
	rows := uint64(p.grid.rows())
	steps := []struct {
		key  fyne.KeyName
		want uint64
	}{
		{fyne.KeyDown, 17},
		{fyne.KeyEnd, 31},
		{fyne.KeyHome, 16},
		{fyne.KeyLeft, 15},
		{fyne.KeyUp, 15}, // the first row stays
		{fyne.KeyPageDown, 15 + rows*bytesPerRow},
		{fyne.KeyPageUp, 15},
	}
	for _, s := range steps {
		key(s.key)
		if !p.hasCursor || p.cursor != s.want {
			t.Fatalf("after %s: cursor %d, want %d", s.key, p.cursor, s.want)
		}
	}
	key(fyne.KeyPageDown)
	key(fyne.KeyPageDown)
	if row := p.cursor / bytesPerRow; row < p.top || row >= p.top+rows {
		t.Errorf("cursor row %d outside the rows shown, %d-%d", row, p.top, p.top+rows-1)
	}
}
