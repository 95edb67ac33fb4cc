package gcheap

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// View shows the heap graph, zoomable and scrollable, beside the fields of
// the selected object.
type View struct {
	widget.BaseWidget

	// OnSelect is called with the ID of the object the user selected.
	OnSelect func(id int)
	// OnPickField is called with the object's ID and the index of the field
	// the user tapped in the field list; OnFieldMenu with the field tapped
	// with the secondary button and where on the canvas to show its menu.
	OnPickField func(id, field int)
	OnFieldMenu func(id, field int, at fyne.Position)

	model    Model
	drawing  drawing
	metrics  metrics
	zoom     float32
	selected int     // object index, or -1
	deadX    float32 // where the unreachable objects' area starts, or -1

	graph   *graphCanvas
	scroll  *container.Scroll
	summary *widget.Label
	fields  *fieldPanel
}

// Zoom limits and step; fitting a big heap may zoom out further, to show
// its shape.
const (
	minZoom, maxZoom, zoomStep = 0.25, 3, 1.25
	minFitZoom                 = 0.1
)

// NewView returns an empty heap view.
func NewView() *View {
	v := &View{zoom: 1, selected: -1, deadX: -1}
	v.graph = newGraphCanvas(v)
	v.scroll = container.NewScroll(v.graph)
	v.summary = widget.NewLabel("")
	v.summary.Truncation = fyne.TextTruncateEllipsis // a long summary must not widen the window
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
	roots, fresh, garbage := 0, 0, 0
	for _, r := range reachable(m.Objects) {
		if !r {
			garbage++
		}
	}
	for _, o := range m.Objects {
		if len(o.Roots) > 0 {
			roots++
		}
		if o.New {
			fresh++
		}
	}
	v.summary.SetText(lang.L("{{.Objects}} objects · {{.Rooted}} rooted · {{.Unreachable}} unreachable · {{.New}} new since the last stop",
		map[string]any{"Objects": len(m.Objects), "Rooted": roots, "Unreachable": garbage, "New": fresh}))
	v.fields.show()
}

func (v *View) relayout() {
	v.metrics = newMetrics(v.Theme())
	sizes := make([]fyne.Size, len(v.model.Objects))
	for i, o := range v.model.Objects {
		sizes[i] = v.metrics.nodeSize(o)
	}
	v.drawing, v.deadX = layoutGroups(v.model.Objects, sizes, v.metrics)
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

// Fit zooms so the whole graph fits the visible area, within the limits.
func (v *View) Fit() {
	vp, total := v.scroll.Size(), v.drawing.total
	if total.Width <= 0 || total.Height <= 0 || vp.Width <= 0 || vp.Height <= 0 {
		return
	}
	v.zoom = min(max(min(vp.Width/total.Width, vp.Height/total.Height), minFitZoom), maxZoom)
	v.redraw()
	v.scroll.ScrollToOffset(fyne.Position{})
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
	reset := widget.NewButtonWithIcon("1:1", nil, func() { v.SetZoom(1) })
	fit := widget.NewButtonWithIcon(lang.L("fit"), theme.ZoomFitIcon(), v.Fit)
	bar := container.NewBorder(nil, nil, container.NewHBox(zoomOut, reset, zoomIn, fit), nil, v.summary)
	split := container.NewHSplit(v.scroll, v.fields.content)
	split.Offset = 0.72
	return widget.NewSimpleRenderer(container.NewBorder(bar, nil, nil, nil, split))
}
