package gcheap

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// View shows the heap graph, zoomable and scrollable, beside the fields of
// the selected object.
type View struct {
	widget.BaseWidget

	// OnSelect is called with the ID of the object the user selected.
	OnSelect func(id int)

	model    Model
	drawing  drawing
	metrics  metrics
	zoom     float32
	selected int // object index, or -1

	graph   *graphCanvas
	scroll  *container.Scroll
	summary *widget.Label
	fields  *fieldPanel
}

// Zoom limits and step.
const (
	minZoom, maxZoom, zoomStep = 0.25, 3, 1.25
)

// NewView returns an empty heap view.
func NewView() *View {
	v := &View{zoom: 1, selected: -1}
	v.graph = newGraphCanvas(v)
	v.scroll = container.NewScroll(v.graph)
	v.summary = widget.NewLabel("")
	v.fields = newFieldPanel(v)
	v.ExtendBaseWidget(v)
	return v
}

// Update shows m and lays it out again; the selection follows its object ID.
func (v *View) Update(m Model) {
	selectedID := -1
	if v.selected >= 0 {
		selectedID = v.model.Objects[v.selected].ID
	}
	v.model, v.selected = m, -1
	for i, o := range m.Objects {
		if o.ID == selectedID {
			v.selected = i
		}
	}
	v.relayout()
	roots, fresh := 0, 0
	for _, o := range m.Objects {
		if len(o.Roots) > 0 {
			roots++
		}
		if o.New {
			fresh++
		}
	}
	v.summary.SetText(fmt.Sprintf("%d objects · %d rooted · %d new since the last stop", len(m.Objects), roots, fresh))
	v.fields.show()
}

func (v *View) relayout() {
	v.metrics = newMetrics(v.Theme())
	sizes := make([]fyne.Size, len(v.model.Objects))
	for i, o := range v.model.Objects {
		sizes[i] = v.metrics.nodeSize(o)
	}
	g := newLayered(v.model.Objects)
	v.drawing = g.place(g.order(), sizes, v.metrics.gapX, v.metrics.gapY)
	v.redraw()
}

func (v *View) redraw() {
	v.graph.Refresh()
	v.scroll.Refresh()
}

// SetZoom scales the drawing, within limits.
func (v *View) SetZoom(z float32) {
	v.zoom = min(max(z, minZoom), maxZoom)
	v.redraw()
}

// selectObject selects an object by index and shows its fields.
func (v *View) selectObject(i int) {
	v.selected = i
	v.fields.show()
	v.graph.Refresh()
	if v.OnSelect != nil {
		v.OnSelect(v.model.Objects[i].ID)
	}
}

// reveal selects an object and scrolls it to the middle of the view.
func (v *View) reveal(i int) {
	v.selectObject(i)
	p, vp := scalePos(v.drawing.pos[i], v.zoom), v.scroll.Size()
	v.scroll.ScrollToOffset(fyne.NewPos(p.X-vp.Width/3, p.Y-vp.Height/2))
}

// CreateRenderer is part of fyne.Widget.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	zoomOut := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), func() { v.SetZoom(v.zoom / zoomStep) })
	zoomIn := widget.NewButtonWithIcon("", theme.ZoomInIcon(), func() { v.SetZoom(v.zoom * zoomStep) })
	reset := widget.NewButtonWithIcon("", theme.ZoomFitIcon(), func() { v.SetZoom(1) })
	bar := container.NewBorder(nil, nil, container.NewHBox(zoomOut, reset, zoomIn), nil, v.summary)
	split := container.NewHSplit(v.scroll, v.fields.content)
	split.Offset = 0.72
	return widget.NewSimpleRenderer(container.NewBorder(bar, nil, nil, nil, split))
}
