package grid

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"wasmstep/internal/middle"
)

// Cell is what one grid position shows.
type Cell struct {
	Text string
	Mark Mark
	// Middle cuts a too long text in its middle (paths, qualified names),
	// not at its end.
	Middle bool
}

// cellView draws a Cell in monospace at the theme's text size, cut with an
// ellipsis when the column is too narrow (table cells do not clip).
type cellView struct {
	widget.BaseWidget
	cell  Cell
	align fyne.TextAlign
	row   int // the row shown; -1 in the header
	// onMenu hears secondary taps, with the row and where on the canvas.
	onMenu func(row int, at fyne.Position)
}

func newCellView() *cellView {
	c := &cellView{row: -1}
	c.ExtendBaseWidget(c)
	return c
}

// TappedSecondary asks the grid for the row's menu.
func (c *cellView) TappedSecondary(ev *fyne.PointEvent) {
	if c.onMenu != nil {
		c.onMenu(c.row, ev.AbsolutePosition)
	}
}

func (c *cellView) set(cell Cell, align fyne.TextAlign) {
	if c.cell == cell && c.align == align {
		return
	}
	c.cell, c.align = cell, align
	c.Refresh()
}

func (c *cellView) CreateRenderer() fyne.WidgetRenderer {
	r := &cellRenderer{
		c:      c,
		bg:     canvas.NewRectangle(color.Transparent),
		text:   canvas.NewText("", color.Black),
		strike: canvas.NewLine(color.Black),
	}
	r.applyStyle()
	return r
}

type cellRenderer struct {
	c      *cellView
	bg     *canvas.Rectangle
	text   *canvas.Text
	strike *canvas.Line
}

func (r *cellRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.text, r.strike}
}

func (r *cellRenderer) Destroy() {}

func (r *cellRenderer) MinSize() fyne.Size {
	th := r.c.Theme()
	h := fyne.MeasureText("M", th.Size(theme.SizeNameText), r.text.TextStyle).Height
	pad := th.Size(theme.SizeNameInnerPadding)
	return fyne.NewSize(charWidth(th)+pad, h+pad/2)
}

func (r *cellRenderer) Layout(size fyne.Size) {
	th := r.c.Theme()
	pad := th.Size(theme.SizeNameInnerPadding) / 2
	r.bg.Resize(size)
	avail := size.Width - 2*pad
	shown := fit(r.c.cell.Text, avail, r.text.TextSize, r.text.TextStyle)
	if r.c.cell.Middle {
		shown = middle.Fit(r.c.cell.Text, avail, r.text.TextSize, r.text.TextStyle)
	}
	if shown != r.text.Text {
		r.text.Text = shown
		r.text.Refresh() // a narrower column changes the text, not only its place
	}
	r.text.Alignment = r.c.align
	textH := fyne.MeasureText("M", r.text.TextSize, r.text.TextStyle).Height
	r.text.Move(fyne.NewPos(pad, (size.Height-textH)/2))
	r.text.Resize(fyne.NewSize(avail, textH))

	w := fyne.MeasureText(shown, r.text.TextSize, r.text.TextStyle).Width
	x := pad
	if r.c.align == fyne.TextAlignTrailing {
		x = pad + avail - w
	}
	mid := size.Height / 2
	r.strike.Position1 = fyne.NewPos(x, mid)
	r.strike.Position2 = fyne.NewPos(x+w, mid)
}

func (r *cellRenderer) Refresh() {
	r.applyStyle()
	r.Layout(r.c.Size())
	for _, o := range r.Objects() {
		o.Refresh()
	}
}

func (r *cellRenderer) applyStyle() {
	th := r.c.Theme()
	s := r.c.cell.Mark.style(th, fyne.CurrentApp().Settings().ThemeVariant())
	r.text.TextStyle = fyne.TextStyle{Monospace: true, Bold: s.bold}
	r.text.TextSize = th.Size(theme.SizeNameText)
	r.text.Color = s.fg
	r.bg.FillColor = color.Transparent
	if s.bg != nil {
		r.bg.FillColor = s.bg
	}
	r.strike.StrokeColor = s.fg
	r.strike.StrokeWidth = th.Size(theme.SizeNameSeparatorThickness) * 1.5
	r.strike.Hidden = !s.strike
}
