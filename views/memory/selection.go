package memory

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// A selection is a range of bytes from an anchor to the cursor: Shift with
// a click or an arrow key extends it from where the cursor was. It names
// the bytes "Go to last write" asks about.

// selection is the bytes picked: the selected range, or the byte under the
// cursor.
func (p *pane) selection() (from, to uint64) {
	if !p.ranged {
		return p.cursor, p.cursor + 1
	}
	return min(p.anchor, p.cursor), max(p.anchor, p.cursor) + 1
}

// extendTo moves the cursor to addr keeping the anchor: the selection
// grows or shrinks to reach it.
func (p *pane) extendTo(addr uint64) {
	if !p.ranged {
		p.anchor, p.ranged = p.cursor, p.hasCursor
	}
	p.placeCursor(addr)
}

// picked tells the view the bytes picked changed.
func (p *pane) picked() {
	if p.onPick != nil && p.hasCursor {
		from, to := p.selection()
		p.onPick(from, to)
	}
}

// MouseDown notes whether Shift is held, for the click that follows.
func (g *hexGrid) MouseDown(ev *desktop.MouseEvent) {
	g.shift = ev.Modifier&fyne.KeyModifierShift != 0
}

// MouseUp is part of desktop.Mouseable.
func (g *hexGrid) MouseUp(*desktop.MouseEvent) {}

// KeyDown and KeyUp follow Shift, for the arrow keys.
func (g *hexGrid) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		g.shift = true
	}
}

func (g *hexGrid) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		g.shift = false
	}
}

// TappedSecondary offers the menu for the selection when the byte tapped
// is in it, else for the byte, which the cursor moves to.
func (g *hexGrid) TappedSecondary(ev *fyne.PointEvent) {
	p := g.pane
	addr, ok := g.byteAt(ev.Position)
	if !ok {
		return
	}
	if from, to := p.selection(); !p.hasCursor || addr < from || addr >= to {
		p.setCursor(addr)
	}
	if p.onMenu != nil {
		from, to := p.selection()
		p.onMenu(from, to, ev.AbsolutePosition)
	}
}
