package memory

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// addrScrollbar maps its track to the whole address space in float64, so it
// spans a billion rows where a scroll container's float32 pixels cannot.
type addrScrollbar struct {
	widget.BaseWidget
	pane     *pane
	dragging bool
	dragY    float32 // thumb top while dragging, unrounded
}

func newAddrScrollbar(p *pane) *addrScrollbar {
	s := &addrScrollbar{pane: p}
	s.ExtendBaseWidget(s)
	return s
}

// thumb returns the thumb's top and height.
func (s *addrScrollbar) thumb() (y, h float32) {
	track := s.Size().Height
	total := float64(max(s.pane.totalRows(), 1))
	h = min(track, max(track*float32(float64(s.pane.grid.rows())/total), 24))
	if maxTop := s.pane.maxTop(); maxTop > 0 {
		y = (track - h) * float32(float64(s.pane.top)/float64(maxTop))
	}
	return y, h
}

// moveThumb scrolls so that the thumb's top is at y.
func (s *addrScrollbar) moveThumb(y float32) {
	_, h := s.thumb()
	free := s.Size().Height - h
	if free <= 0 {
		return
	}
	f := min(max(float64(y/free), 0), 1)
	s.pane.scrollTo(uint64(f * float64(s.pane.maxTop())))
}

// Tapped centres the thumb on the pointer.
func (s *addrScrollbar) Tapped(ev *fyne.PointEvent) {
	_, h := s.thumb()
	s.moveThumb(ev.Position.Y - h/2)
}

func (s *addrScrollbar) Dragged(ev *fyne.DragEvent) {
	if !s.dragging {
		s.dragging = true
		s.dragY, _ = s.thumb()
	}
	s.dragY += ev.Dragged.DY
	s.moveThumb(s.dragY)
}

func (s *addrScrollbar) DragEnd() { s.dragging = false }

func (s *addrScrollbar) MinSize() fyne.Size {
	return fyne.NewSize(s.Theme().Size(theme.SizeNameScrollBar), 40)
}

func (s *addrScrollbar) CreateRenderer() fyne.WidgetRenderer {
	r := &scrollbarRenderer{bar: s, track: canvas.NewRectangle(nil), thumb: canvas.NewRectangle(nil)}
	r.Refresh()
	return r
}

type scrollbarRenderer struct {
	bar          *addrScrollbar
	track, thumb *canvas.Rectangle
}

func (r *scrollbarRenderer) Layout(fyne.Size) { r.Refresh() }
func (r *scrollbarRenderer) MinSize() fyne.Size {
	return r.bar.MinSize()
}
func (r *scrollbarRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.track, r.thumb}
}
func (r *scrollbarRenderer) Destroy() {}

func (r *scrollbarRenderer) Refresh() {
	size := r.bar.Size()
	r.track.FillColor = theme.ColorForWidget(theme.ColorNameScrollBarBackground, r.bar)
	r.track.Resize(size)
	r.thumb.FillColor = theme.ColorForWidget(theme.ColorNameScrollBar, r.bar)
	r.thumb.CornerRadius = size.Width / 4
	y, h := r.bar.thumb()
	r.thumb.Move(fyne.NewPos(size.Width/4, y))
	r.thumb.Resize(fyne.NewSize(size.Width/2, h))
	r.track.Refresh()
	r.thumb.Refresh()
}
