// Package grid is the table every wasmstep view is built from: virtualised
// rows of monospace cells with a header row, column widths in characters
// (so they scale with the theme's text size) and per-cell marks.
package grid

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Column describes one column.
type Column struct {
	Title   string
	Chars   int  // width in monospace characters
	Right   bool // right-align, for numbers
	Stretch bool // takes the width left over; without one, the last column does
}

// Grid shows rows() rows of the given columns; cell(row, col) is asked only
// for visible cells, so the rows may be many.
type Grid struct {
	widget.BaseWidget

	// OnSelected is called with the row the user tapped or moved to.
	OnSelected func(row int)
	// OnMenu is called with the row the user tapped with the secondary
	// button and where, on the canvas, to show a menu for it.
	OnMenu func(row int, at fyne.Position)

	cols   []Column
	rows   func() int
	cell   func(row, col int) Cell
	table  *keyTable
	widths []float32
}

// New returns a grid; the caller calls Refresh when the data changes.
func New(cols []Column, rows func() int, cell func(row, col int) Cell) *Grid {
	g := &Grid{cols: cols, rows: rows, cell: cell}
	g.table = newKeyTable(g.length, g.newCell, g.updateCell)
	g.table.ShowHeaderRow = true
	g.table.CreateHeader = g.newCell
	g.table.UpdateHeader = g.updateHeader
	g.table.OnSelected = g.selected
	// A table laid out before it has a size makes one divider per row.
	g.table.Resize(fyne.NewSize(1, 1))
	g.ExtendBaseWidget(g)
	return g
}

// CreateRenderer shows the table.
func (g *Grid) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(g.table)
}

// Resize stretches the last column to the new width.
func (g *Grid) Resize(s fyne.Size) {
	g.BaseWidget.Resize(s)
	g.fitColumns()
	g.resyncOffset()
}

// resyncOffset tells the table it is back at the top when everything fits.
// The table's scroller then resets its offset without reporting it, and the
// table keeps placing its rows at the old offset: the rows are drawn below
// blank ones (a view scrolled while hidden and small, then shown).
func (g *Grid) resyncOffset() {
	if g.contentWidth() <= g.Size().Width && float32(g.rows())*g.rowPitch() <= g.viewHeight() {
		g.table.ScrollToOffset(fyne.Position{})
	}
}

// contentWidth is the width of the columns with their separators.
func (g *Grid) contentWidth() float32 {
	sep := g.Theme().Size(theme.SizeNamePadding)
	total := float32(0)
	for _, w := range g.widths {
		total += w + sep
	}
	return total - sep
}

// Refresh redraws the visible rows and recomputes column widths, which
// depend on the theme's text size.
func (g *Grid) Refresh() {
	g.fitColumns()
	g.table.Refresh()
}

// ScrollTo brings row to the middle of the view.
func (g *Grid) ScrollTo(row int) {
	g.scrollToY(float32(row)*g.rowPitch() - (g.viewHeight()-g.rowPitch())/2)
}

// ScrollToBottom shows the last rows.
func (g *Grid) ScrollToBottom() {
	g.scrollToY(float32(g.rows())*g.rowPitch() - g.viewHeight())
}

// viewHeight is the height of the rows' viewport, below the header.
func (g *Grid) viewHeight() float32 {
	return g.table.Size().Height - g.rowPitch()
}

func (g *Grid) scrollToY(y float32) {
	pos := fyne.NewPos(0, max(y, 0))
	// The table's scroller clamps to the height its content had before the
	// row count changed, and lays the new height out only when it moves:
	// the first call may stop short, the second lands.
	g.table.ScrollToOffset(pos)
	g.table.ScrollToOffset(pos)
}

func (g *Grid) length() (int, int) {
	return g.rows(), len(g.cols)
}

func (g *Grid) newCell() fyne.CanvasObject {
	c := newCellView()
	c.onMenu = g.menu
	return c
}

func (g *Grid) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*cellView)
	c.row = id.Row
	c.set(g.cell(id.Row, id.Col), g.align(id.Col))
}

// menu reports a secondary tap on a row.
func (g *Grid) menu(row int, at fyne.Position) {
	if g.OnMenu != nil && row >= 0 && row < g.rows() {
		g.OnMenu(row, at)
	}
}

func (g *Grid) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	o.(*cellView).row = -1
	if id.Col < 0 || id.Col >= len(g.cols) {
		o.(*cellView).set(Cell{}, fyne.TextAlignLeading)
		return
	}
	o.(*cellView).set(Cell{Text: g.cols[id.Col].Title, Mark: Header}, g.align(id.Col))
}

func (g *Grid) align(col int) fyne.TextAlign {
	if g.cols[col].Right {
		return fyne.TextAlignTrailing
	}
	return fyne.TextAlignLeading
}

// selected reports the row and drops the table's own selection, which
// would tint one cell only; views mark whole rows themselves.
func (g *Grid) selected(id widget.TableCellID) {
	g.table.Unselect(id)
	if g.OnSelected != nil {
		g.OnSelected(id.Row)
	}
}

func (g *Grid) fitColumns() {
	widths := columnWidths(g.Theme(), g.cols, g.Size().Width)
	for i, w := range widths {
		if i >= len(g.widths) || g.widths[i] != w {
			g.table.SetColumnWidth(i, w)
		}
	}
	g.widths = widths
}

// rowPitch is the distance between the tops of two rows.
func (g *Grid) rowPitch() float32 {
	return newCellView().MinSize().Height + g.Theme().Size(theme.SizeNamePadding)
}
