package memory

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/keys"
)

// hexGrid draws the rows of a memory that fit its height, starting at the
// pane's top row; it reads only those bytes from the Source.
type hexGrid struct {
	widget.BaseWidget
	pane   *pane
	scroll float32 // wheel movement not yet worth a whole row
	shift  bool    // Shift is held: clicks and arrows extend the selection
}

func newHexGrid(p *pane) *hexGrid {
	g := &hexGrid{pane: p}
	g.ExtendBaseWidget(g)
	return g
}

func (g *hexGrid) layout() rowLayout { return newRowLayout(g.Theme(), g.pane.model.Addr64) }

// rows is how many memory rows fit below the header.
func (g *hexGrid) rows() int {
	return max(1, int(g.Size().Height/g.layout().lineH)-1)
}

// byteAt is the address of the byte drawn at pos, if one is.
func (g *hexGrid) byteAt(pos fyne.Position) (uint64, bool) {
	l := g.layout()
	row := int(pos.Y/l.lineH) - 1
	j, ok := l.byteAt(pos.X)
	if row < 0 || !ok {
		return 0, false
	}
	addr := (g.pane.top+uint64(row))*bytesPerRow + uint64(j)
	return addr, addr < g.pane.size()
}

// Tapped puts the cursor on the byte under the pointer, or with Shift
// extends the selection to it.
func (g *hexGrid) Tapped(ev *fyne.PointEvent) {
	if addr, ok := g.byteAt(ev.Position); ok && g.shift && g.pane.hasCursor {
		g.pane.extendTo(addr)
	} else if ok {
		g.pane.setCursor(addr)
	}
	g.shift = false // MouseDown says it again for the next click
	if c := fyne.CurrentApp().Driver().CanvasForObject(g); c != nil {
		c.Focus(g) // the keys move the cursor from here
	}
}

// FocusGained and FocusLost make the grid take the keys (see TypedKey).
func (g *hexGrid) FocusGained()   {}
func (g *hexGrid) FocusLost()     {}
func (g *hexGrid) TypedRune(rune) {}

// TypedKey moves the cursor: arrows by a byte or a row, Page Up and Page
// Down by a screenful, Home and End to the row's ends; other keys go to
// the window (F10 and the other debugger keys).
func (g *hexGrid) TypedKey(ev *fyne.KeyEvent) {
	p := g.pane
	size, rows := p.size(), uint64(g.rows())
	if size == 0 {
		return
	}
	at := p.cursor
	if !p.hasCursor {
		at = p.top * bytesPerRow
	}
	var to uint64
	switch ev.Name {
	case fyne.KeyLeft:
		to = at - min(at, 1)
	case fyne.KeyRight:
		to = at + 1
	case fyne.KeyUp:
		to = at - min(at/bytesPerRow, 1)*bytesPerRow
	case fyne.KeyDown:
		to = at + bytesPerRow
	case fyne.KeyPageUp:
		to = at - min(at/bytesPerRow, rows)*bytesPerRow
	case fyne.KeyPageDown:
		to = at + rows*bytesPerRow
	case fyne.KeyHome:
		to = at - at%bytesPerRow
	case fyne.KeyEnd:
		to = at - at%bytesPerRow + bytesPerRow - 1
	default:
		keys.ToWindow(g, ev)
		return
	}
	if g.shift && p.hasCursor {
		p.extendTo(min(to, size-1))
		p.revealCursor()
		return
	}
	p.moveCursor(min(to, size-1))
}

// wheelNotch is the scroll distance of one notch of a mouse wheel in
// Fyne's desktop driver, and rowsPerNotch what a notch moves the grid.
const (
	wheelNotch   = 25
	rowsPerNotch = 3
)

// Scrolled moves the view by whole rows as the wheel turns: three a notch.
func (g *hexGrid) Scrolled(ev *fyne.ScrollEvent) {
	g.scroll -= ev.Scrolled.DY / wheelNotch * rowsPerNotch
	rows := int64(g.scroll)
	if rows == 0 {
		return
	}
	g.scroll -= float32(rows)
	top := int64(g.pane.top) + rows
	g.pane.scrollTo(uint64(max(top, 0)))
}

func (g *hexGrid) MinSize() fyne.Size {
	l := g.layout()
	return fyne.NewSize(l.width(), 4*l.lineH)
}

func (g *hexGrid) CreateRenderer() fyne.WidgetRenderer { return &gridRenderer{grid: g} }

type gridRenderer struct {
	grid    *hexGrid
	objects []fyne.CanvasObject
	buf     []byte
}

func (r *gridRenderer) Layout(fyne.Size)             { r.Refresh() }
func (r *gridRenderer) MinSize() fyne.Size           { return r.grid.MinSize() }
func (r *gridRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *gridRenderer) Destroy()                     {}

func (r *gridRenderer) Refresh() {
	g, p := r.grid, r.grid.pane
	l := g.layout()
	col := func(n fyne.ThemeColorName) color.Color { return theme.ColorForWidget(n, g) }
	r.objects = r.objects[:0]
	r.text(header(l), 0, 0, l, col(theme.ColorNamePlaceHolder))
	rows := g.rows()
	r.buf = r.buf[:cap(r.buf)]
	if len(r.buf) < rows*bytesPerRow {
		r.buf = make([]byte, rows*bytesPerRow)
	}
	first := p.top * bytesPerRow
	n := 0 // the bytes in view
	if p.model.Source != nil {
		n = int(min(uint64(rows*bytesPerRow), p.size()-min(first, p.size())))
	}
	r.highlights(l, first, uint64(n))
	for row := 0; row*bytesPerRow < n; row++ {
		y := float32(row+1) * l.lineH
		addr := first + uint64(row*bytesPerRow)
		r.text(formatAddress(addr, p.model.Addr64), 0, y, l, col(theme.ColorNamePlaceHolder))
		b := r.buf[row*bytesPerRow : min(n, (row+1)*bytesPerRow)]
		if got := p.model.Source.ReadAt(b, addr); got < len(b) {
			r.text(pendingRowText(l, got), l.x(l.hexCell(0)), y, l, col(theme.ColorNamePlaceHolder))
			if b = b[:got]; got == 0 {
				continue
			}
		}
		r.text(rowText(l, b), l.x(l.hexCell(0)), y, l, col(theme.ColorNameForeground))
	}
	canvas.Refresh(g)
}

// highlights marks written bytes and the cursor within the visible bytes
// [first, first+n), in both the hex and the ASCII column.
func (r *gridRenderer) highlights(l rowLayout, first, n uint64) {
	g, p := r.grid, r.grid.pane
	written := theme.ColorForWidget(theme.ColorNameWarning, g)
	mark := func(w Range, c color.Color) {
		r.bytes(l, max(w.Start, first), min(w.End, first+n), first, withAlpha(c, 0x70), nil)
	}
	for _, w := range p.model.Written {
		unattributed(w, p.model.WrittenBy, func(u Range) { mark(u, written) })
	}
	for _, w := range p.model.WrittenBy {
		mark(w.Range, threadHue(w.Thread, g))
	}
	if p.ranged {
		from, to := p.selection()
		r.bytes(l, max(from, first), min(to, first+n), first, withAlpha(theme.ColorForWidget(theme.ColorNamePrimary, g), 0x50), nil)
	}
	if p.hasCursor && p.cursor >= first && p.cursor < first+n {
		edge := theme.ColorForWidget(theme.ColorNamePrimary, g)
		r.bytes(l, p.cursor, p.cursor+1, first, theme.ColorForWidget(theme.ColorNameSelection, g), edge)
	}
}

// bytes draws a background behind [from, to), one rectangle per row part.
func (r *gridRenderer) bytes(l rowLayout, from, to, first uint64, fill, edge color.Color) {
	for from < to {
		row := (from - first) / bytesPerRow
		a := int(from % bytesPerRow)
		b := int(min(to-from+uint64(a), bytesPerRow)) // exclusive column
		y := float32(row+1) * l.lineH
		r.rect(l.x(l.hexCell(a))-l.cellW/2, y, l.x(l.hexCell(b-1)+2)-l.x(l.hexCell(a))+l.cellW, l.lineH, fill, edge)
		r.rect(l.x(l.asciiCell(a)), y, l.x(b-a), l.lineH, fill, edge)
		from += uint64(b - a)
	}
}

func (r *gridRenderer) rect(x, y, w, h float32, fill, edge color.Color) {
	o := canvas.NewRectangle(fill)
	if edge != nil {
		o.StrokeColor, o.StrokeWidth = edge, 1
	}
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
	r.objects = append(r.objects, o)
}

func (r *gridRenderer) text(s string, x, y float32, l rowLayout, c color.Color) {
	t := canvas.NewText(s, c)
	t.TextSize, t.TextStyle = l.size, mono
	t.Move(fyne.NewPos(x, y))
	t.Resize(fyne.NewSize(t.MinSize().Width, l.lineH))
	r.objects = append(r.objects, t)
}

// rowText renders up to 16 bytes as hex pairs and ASCII on the row's cells,
// starting at the first hex cell.
func rowText(l rowLayout, b []byte) string {
	base := l.hexCell(0)
	cells := []byte(fmt.Sprintf("%*s", l.asciiCell(bytesPerRow)-base, ""))
	for j, v := range b {
		copy(cells[l.hexCell(j)-base:], fmt.Sprintf("%02x", v))
		if v < 0x20 || v > 0x7e {
			v = '.'
		}
		cells[l.asciiCell(j)-base] = v
	}
	return string(cells)
}

// pendingRowText marks the cells from byte from on as not at hand yet:
// the window is copying them from the machine.
func pendingRowText(l rowLayout, from int) string {
	base := l.hexCell(0)
	cells := []rune(fmt.Sprintf("%*s", l.asciiCell(bytesPerRow)-base, ""))
	for j := from; j < bytesPerRow; j++ {
		cells[l.hexCell(j)-base], cells[l.hexCell(j)-base+1] = '·', '·'
	}
	return string(cells)
}

// header labels the byte columns.
func header(l rowLayout) string {
	cells := []byte(fmt.Sprintf("%*s", l.asciiCell(bytesPerRow), ""))
	for j := range bytesPerRow {
		copy(cells[l.hexCell(j):], fmt.Sprintf("%02x", j))
		cells[l.asciiCell(j)] = "0123456789abcdef"[j]
	}
	return string(cells)
}

func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
