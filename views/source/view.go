package source

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// View shows one source file. Only the visible lines are drawn, so files of
// any length scroll at the same speed.
type View struct {
	widget.BaseWidget

	// OnToggleBreakpoint is called with the 1-based line whose gutter was
	// clicked; the owner decides and sends the new breakpoints via Update.
	OnToggleBreakpoint func(line int)

	model       Model
	doc         *document
	breakpoints map[int]bool
	errors      map[int][]Marker
	body        *textBody
	scroll      *container.Scroll
}

// NewView returns an empty source view.
func NewView() *View {
	v := &View{doc: newDocument("")}
	v.body = newTextBody(v)
	v.scroll = container.NewScroll(v.body)
	v.scroll.OnScrolled = func(fyne.Position) { v.body.Refresh() }
	v.ExtendBaseWidget(v)
	return v
}

// Update shows m. The text is re-lexed only when it changed, and the view
// scrolls to the next instruction when that moved.
func (v *View) Update(m Model) {
	switch {
	case m.Lines != nil && m.Lines != v.doc.src:
		v.doc = linesDocument(m.Lines)
	case m.Lines == nil && (m.Text != v.doc.text || v.doc.src != nil):
		v.doc = newDocument(m.Text)
	}
	moved := m.Next != nil && (v.model.Next == nil || *m.Next != *v.model.Next)
	v.model = m
	v.breakpoints = make(map[int]bool, len(m.Breakpoints))
	for _, l := range m.Breakpoints {
		v.breakpoints[l] = true
	}
	v.errors = make(map[int][]Marker, len(m.Errors))
	for _, e := range m.Errors {
		v.errors[e.Line] = append(v.errors[e.Line], e)
	}
	v.scroll.Refresh() // the body's size follows the text and the error messages
	v.body.Refresh()
	if moved {
		v.ScrollToLine(m.Next.From.Line)
	}
}

// revealNext scrolls the next instruction's line back into view after the
// view changed size: a shorter window must not hide the current line.
func (v *View) revealNext() {
	if v.model.Next != nil && v.scroll.Size().Height > 0 {
		v.ScrollToLine(v.model.Next.From.Line)
	}
}

// ScrollToLine brings a 1-based line into view, a third from the top, unless
// it is already visible.
func (v *View) ScrollToLine(line int) {
	m := measure(v.Theme(), v.doc.count())
	y := float32(line-1) * m.lineH
	top, height := v.scroll.Offset.Y, v.scroll.Size().Height
	if y >= top && y+m.lineH <= top+height {
		return
	}
	v.scroll.ScrollToOffset(fyne.NewPos(v.scroll.Offset.X, y-height/3))
	v.body.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (v *View) CreateRenderer() fyne.WidgetRenderer { return &viewRenderer{v} }

type viewRenderer struct{ v *View }

func (r *viewRenderer) Layout(size fyne.Size) {
	r.v.scroll.Resize(size)
	r.v.revealNext()
	r.v.body.Refresh() // a taller viewport shows more lines
}

func (r *viewRenderer) MinSize() fyne.Size           { return fyne.NewSize(100, 60) }
func (r *viewRenderer) Refresh()                     { r.v.body.Refresh() }
func (r *viewRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.v.scroll} }
func (r *viewRenderer) Destroy()                     {}

// VisibleLines is the range of 1-based lines the viewport shows whole.
func (v *View) VisibleLines() (first, last int) {
	m := measure(v.Theme(), len(v.doc.lines))
	top, height := v.scroll.Offset.Y, v.scroll.Size().Height
	first = int((top+m.lineH-1)/m.lineH) + 1
	last = min(len(v.doc.lines), int((top+height)/m.lineH))
	return first, last
}
