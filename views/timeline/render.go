package timeline

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// trackHeight is the height of the band the marks sit on, at the usual text
// size; the captions' line goes below it. The band and the marks grow with
// the text (presentation mode).
const (
	trackHeight = 16
	usualText   = 14
)

// scale is the text size over the usual one.
func (r *renderer) scale() float32 { return r.v.Theme().Size(theme.SizeNameText) / usualText }

// renderer rebuilds its objects at each refresh: a few per pixel column at
// most, as marks on one column and of one kind are drawn once.
type renderer struct {
	v       *View
	objects []fyne.CanvasObject
}

func newRenderer(v *View) *renderer { return &renderer{v: v} }

func (r *renderer) Destroy()                     {}
func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *renderer) Layout(fyne.Size)             { r.Refresh() }

func (r *renderer) MinSize() fyne.Size {
	th := r.v.Theme()
	text := fyne.MeasureText("0", th.Size(theme.SizeNameCaptionText), fyne.TextStyle{})
	return fyne.NewSize(8*text.Width, trackHeight*r.scale()+text.Height+th.Size(theme.SizeNameInnerPadding)/2)
}

func (r *renderer) color(n fyne.ThemeColorName) color.Color {
	return theme.ColorForWidget(n, r.v)
}

func (r *renderer) Refresh() {
	v := r.v
	rl := v.ruler()
	k := r.scale()
	track := trackHeight * k
	mid := track / 2
	r.objects = r.objects[:0]
	r.rect(0, 0, v.Size().Width, track, r.color(theme.ColorNameInputBackground))
	r.rect(rl.x0, mid-1.5*k, rl.w, 3*k, r.color(theme.ColorNamePlaceHolder))
	// The run up to the position shown is filled, as on a player's scrubber:
	// the marker alone is easy to lose among the marks.
	r.rect(rl.x0, mid-2*k, rl.x(v.shown())-rl.x0, 4*k, withAlpha(r.color(theme.ColorNamePrimary), 0xa0))
	type column struct {
		x    int
		kind Kind
	}
	drawn := map[column]bool{}
	for _, m := range v.model.Marks {
		x := rl.x(m.Step)
		if c := (column{int(x), m.Kind}); !drawn[c] {
			drawn[c] = true
			r.mark(m.Kind, x, 0, track)
		}
	}
	r.marker(rl.x(v.shown()), track, v.dragging)
	r.captions(rl)
	canvas.Refresh(v)
}

// mark draws a mark of kind k at x on a band from top, h high:
// breakpoints as dots, watchpoints as squares, traps as bars across the
// band, grows as short bars under its middle, each in its own colour.
func (r *renderer) mark(k Kind, x, top, h float32) {
	y, s := top+h/2, r.scale()
	switch k {
	case Breakpoint:
		c := canvas.NewCircle(r.color(theme.ColorNameError))
		c.Move(fyne.NewPos(x-4*s, y-4*s))
		c.Resize(fyne.NewSize(8*s, 8*s))
		r.objects = append(r.objects, c)
	case Watchpoint:
		r.rect(x-3.5*s, y-3.5*s, 7*s, 7*s, r.color(theme.ColorNameWarning))
	case Trap:
		r.rect(x-1.5*s, top, 3*s, h, r.color(theme.ColorNameError))
	case Grow:
		r.rect(x-s, y+1.5*s, 2*s, h/2-1.5*s, r.color(theme.ColorNameSuccess))
	}
}

// marker draws the current position, or a drag's, as a thick bar.
func (r *renderer) marker(x, h float32, dragging bool) {
	c := r.color(theme.ColorNamePrimary)
	if dragging {
		c = r.color(theme.ColorNameForeground)
	}
	w := 4 * r.scale()
	r.rect(x-w/2, 0, w, h, c)
}

// captions writes the run's ends under the track and, between them, what
// the pointer is over, or else the legend of the kinds of marks shown.
func (r *renderer) captions(rl ruler) {
	v := r.v
	size := v.Theme().Size(theme.SizeNameCaptionText)
	y := trackHeight * r.scale()
	dim := r.color(theme.ColorNamePlaceHolder)
	left := r.text(strconv.FormatUint(v.model.Oldest, 10), rl.x0, y, size, dim)
	right := fyne.MeasureText(strconv.FormatUint(v.model.Newest, 10), size, fyne.TextStyle{}).Width
	rightX := rl.x0 + rl.w - right
	r.text(strconv.FormatUint(v.model.Newest, 10), rightX, y, size, dim)
	from, to := left+size, rightX-size // the room between the ends
	if v.hover != "" {
		r.fitted(v.hover, from, to, y, size)
		return
	}
	r.legend(from, to, y, size)
}

// legend names each kind of mark the run has, after its shape, centred
// between from and to; it is left out when it does not fit.
func (r *renderer) legend(from, to, y, size float32) {
	var present [kinds]bool
	for _, m := range r.v.model.Marks {
		present[m.Kind] = true
	}
	var items []Kind
	width := float32(0)
	gap := size
	for k := range kinds {
		if present[k] {
			items = append(items, k)
			width += 10*r.scale() + fyne.MeasureText(kindName(k), size, fyne.TextStyle{}).Width + gap
		}
	}
	if len(items) == 0 {
		r.fitted(lang.L("click or drag to travel"), from, to, y, size)
		return
	}
	width -= gap
	if width > to-from {
		return
	}
	x := from + (to-from-width)/2
	h := fyne.MeasureText("M", size, fyne.TextStyle{}).Height
	glyph := 10 * r.scale()
	for _, k := range items {
		r.mark(k, x+glyph/2-1, y, h)
		x = r.text(kindName(k), x+glyph, y, size, r.color(theme.ColorNameForeground)) + gap
	}
}

// fitted writes s centred between from and to if it fits there.
func (r *renderer) fitted(s string, from, to, y, size float32) {
	w := fyne.MeasureText(s, size, fyne.TextStyle{}).Width
	if w > to-from {
		return
	}
	r.text(s, from+(to-from-w)/2, y, size, r.color(theme.ColorNameForeground))
}

// text writes s at (x, y) and returns where it ends.
func (r *renderer) text(s string, x, y, size float32, c color.Color) float32 {
	t := canvas.NewText(s, c)
	t.TextSize = size
	t.Move(fyne.NewPos(x, y))
	r.objects = append(r.objects, t)
	return x + t.MinSize().Width
}

func (r *renderer) rect(x, y, w, h float32, c color.Color) {
	o := canvas.NewRectangle(c)
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
	r.objects = append(r.objects, o)
}

func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
