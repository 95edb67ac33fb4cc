package source

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// textBody is the scrolled content: as tall as the whole file, but it draws
// only the lines inside the scroll's viewport, with the gutter pinned left.
// Lines are canvas.Text pieces placed on a cell grid rather than a TextGrid:
// a TextGrid gives every rune one cell, so CJK glyphs overlapped their
// neighbours; here a wide rune is its own piece and owns two cells, and a
// span, an underline or a tap maps to cells by the same function (cellOf).
type textBody struct {
	widget.BaseWidget
	view *View
}

func newTextBody(v *View) *textBody {
	b := &textBody{view: v}
	b.ExtendBaseWidget(b)
	return b
}

// Tapped toggles a breakpoint when the gutter is clicked.
func (b *textBody) Tapped(ev *fyne.PointEvent) {
	v := b.view
	m := measure(b.Theme(), v.doc.count())
	if ev.Position.X-v.scroll.Offset.X >= m.gutter() || v.OnToggleBreakpoint == nil {
		return
	}
	if line := int(ev.Position.Y/m.lineH) + 1; line <= v.doc.count() {
		v.OnToggleBreakpoint(line)
	}
}

func (b *textBody) MinSize() fyne.Size {
	v := b.view
	m := measure(b.Theme(), v.doc.count())
	w := m.cellX(v.doc.maxCells + 2)
	for _, errs := range v.errors {
		line := v.doc.line(min(errs[0].Line, v.doc.count()) - 1)
		msg := fyne.MeasureText(errorText(errs), m.size, fyne.TextStyle{Italic: true})
		w = max(w, m.cellX(lineCells(line)+2)+msg.Width)
	}
	return fyne.NewSize(w, float32(v.doc.count())*m.lineH)
}

func errorText(errs []Marker) string {
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Msg
	}
	return strings.Join(msgs, "; ")
}

func (b *textBody) CreateRenderer() fyne.WidgetRenderer { return &bodyRenderer{body: b} }

type bodyRenderer struct {
	body    *textBody
	objects []fyne.CanvasObject
	texts   pool[canvas.Text]
	rects   pool[canvas.Rectangle]
	circles pool[canvas.Circle]
	spans   []span
	segs    []segment

	m          metrics
	p          palette
	first, end int // visible lines [first, end), 0-based
}

func (r *bodyRenderer) Layout(fyne.Size)             { r.Refresh() }
func (r *bodyRenderer) MinSize() fyne.Size           { return r.body.MinSize() }
func (r *bodyRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *bodyRenderer) Destroy()                     {}

// Refresh rebuilds the visible lines, back to front: line backgrounds, text,
// error messages, then the gutter over everything scrolled beneath it.
func (r *bodyRenderer) Refresh() {
	v := r.body.view
	r.m, r.p = measure(r.body.Theme(), v.doc.count()), newPalette(r.body)
	r.objects, r.texts.used, r.rects.used, r.circles.used = r.objects[:0], 0, 0, 0
	top, height := v.scroll.Offset.Y, v.scroll.Size().Height
	r.first = max(0, int(top/r.m.lineH))
	r.end = min(v.doc.count(), int((top+height)/r.m.lineH)+1)
	for i := r.first; i < r.end; i++ {
		r.lineBackground(i)
	}
	for i := r.first; i < r.end; i++ {
		r.lineText(i)
	}
	for i := r.first; i < r.end; i++ {
		if errs := v.errors[i+1]; errs != nil {
			r.errorMarks(i, errs)
		}
	}
	r.gutter()
	canvas.Refresh(r.body)
}

// rect and text reuse pooled objects and set their fields in place:
// Move and Resize ask the canvas for a refresh of the object when its place
// changes (and only then), and the body's one refresh at the end of Refresh
// repaints them all.
func (r *bodyRenderer) rect(x, y, w, h float32, fill color.Color) *canvas.Rectangle {
	o := r.rects.next()
	o.FillColor, o.StrokeColor, o.StrokeWidth = fill, nil, 0
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
	r.objects = append(r.objects, o)
	return o
}

func (r *bodyRenderer) text(s string, x, y float32, c color.Color, style fyne.TextStyle) *canvas.Text {
	return r.textIn(s, x, y, fyne.MeasureText(s, r.m.size, style).Width, fyne.TextAlignLeading, c, style)
}

// textIn is a text aligned in a box of the given width.
func (r *bodyRenderer) textIn(s string, x, y, width float32, align fyne.TextAlign, c color.Color, style fyne.TextStyle) *canvas.Text {
	o := r.texts.next()
	o.Text, o.Color, o.TextSize, o.TextStyle, o.Alignment = s, c, r.m.size, style, align
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(width, r.m.lineH))
	r.objects = append(r.objects, o)
	return o
}

func (r *bodyRenderer) lineBackground(i int) {
	v, y := r.body.view, float32(i)*r.m.lineH
	width := max(r.body.Size().Width, v.scroll.Size().Width)
	if v.errors[i+1] != nil {
		r.rect(0, y, width, r.m.lineH, r.p.errorBg)
	}
	if v.model.Target == i+1 {
		t := r.rect(0, y, width, r.m.lineH, color.Transparent)
		t.StrokeColor, t.StrokeWidth = r.p.spanEdge, 1
	}
	next := v.model.Next
	if next == nil || !next.covers(i+1) {
		return
	}
	r.rect(0, y, width, r.m.lineH, r.p.current)
	from, to := spanCells(v.doc.line(i), i+1, *next)
	hl := r.rect(r.m.cellX(from), y, float32(to-from)*r.m.cellW, r.m.lineH, r.p.span)
	hl.StrokeColor, hl.StrokeWidth = r.p.spanEdge, 1
}

// spanCells is the part of a line covered by a span, in cells: a span's
// inner lines are covered from their first non-blank character.
func spanCells(line string, n int, s Span) (from, to int) {
	from = cellOf(line, len(line)-len(strings.TrimLeft(line, " \t"))+1)
	if n == s.From.Line {
		from = cellOf(line, s.From.Col)
	}
	to = lineCells(line)
	if n == s.To.Line {
		to = cellOf(line, s.To.Col)
	}
	return from, max(to, from+1)
}

func (r *bodyRenderer) lineText(i int) {
	v, y := r.body.view, float32(i)*r.m.lineH
	line := v.doc.line(i)
	r.spans, _ = lexLine(line, v.doc.depthAt(i), r.spans[:0])
	r.segs = segments(line, r.spans, r.segs[:0])
	for _, s := range r.segs {
		style := mono
		style.Italic = s.class == classComment
		style.Bold = s.class == classKeyword
		r.text(line[s.from:s.to], r.m.cellX(s.cell), y, r.p.of(s.class), style)
	}
}

// errorMarks underlines the token at each error and writes the messages
// after the end of the line.
func (r *bodyRenderer) errorMarks(i int, errs []Marker) {
	line, y := r.body.view.doc.line(i), float32(i)*r.m.lineH
	for _, e := range errs {
		from := cellOf(line, e.Col)
		to := max(cellOf(line, e.Col+len(tokenAt(line, e.Col-1))), from+1)
		r.rect(r.m.cellX(from), y+r.m.lineH-2, float32(to-from)*r.m.cellW, 2, r.p.errorFg)
	}
	r.text(errorText(errs), r.m.cellX(lineCells(line)+2), y, r.p.errorFg, fyne.TextStyle{Italic: true})
}

// tokenAt returns the text from offset up to the next blank or parenthesis.
func tokenAt(line string, offset int) string {
	if offset < 0 || offset >= len(line) {
		return ""
	}
	rest := line[offset:]
	if end := strings.IndexAny(rest, " \t()"); end > 0 {
		return rest[:end]
	}
	return rest
}

// gutter draws breakpoints and line numbers at the viewport's left edge.
func (r *bodyRenderer) gutter() {
	v := r.body.view
	x := v.scroll.Offset.X
	r.rect(x, v.scroll.Offset.Y, r.m.gutter()-r.m.cellW, v.scroll.Size().Height, r.p.gutter)
	d := r.m.lineH * 0.6
	for i := r.first; i < r.end; i++ {
		y := float32(i) * r.m.lineH
		if v.breakpoints[i+1] {
			c := r.circles.next()
			c.FillColor = r.p.breakpoint
			c.Move(fyne.NewPos(x+(r.m.marker-d)/2, y+(r.m.lineH-d)/2))
			c.Resize(fyne.NewSize(d, d))
			r.objects = append(r.objects, c)
		}
		fg, style := r.p.comment, mono
		if v.errors[i+1] != nil {
			fg, style.Bold = r.p.errorFg, true
		}
		r.textIn(strconv.Itoa(i+1), x+r.m.marker, y, float32(r.m.digits)*r.m.cellW, fyne.TextAlignTrailing, fg, style)
	}
}
