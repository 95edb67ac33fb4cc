package gcheap

import (
	"image/color"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// graphCanvas draws the laid-out heap at the view's zoom and selects the
// object under a tap.
type graphCanvas struct {
	widget.BaseWidget
	view *View
}

func newGraphCanvas(v *View) *graphCanvas {
	g := &graphCanvas{view: v}
	g.ExtendBaseWidget(g)
	return g
}

// objectAt returns the index of the object drawn at p, or -1.
func (g *graphCanvas) objectAt(p fyne.Position) int {
	d, z := g.view.drawing, g.view.zoom
	for i, at := range d.pos {
		s := d.size[i]
		if p.X >= at.X*z && p.X < (at.X+s.Width)*z && p.Y >= at.Y*z && p.Y < (at.Y+s.Height)*z {
			return i
		}
	}
	return -1
}

func (g *graphCanvas) Tapped(ev *fyne.PointEvent) {
	if i := g.objectAt(ev.Position); i >= 0 {
		g.view.selectObject(i)
	}
}

func (g *graphCanvas) MinSize() fyne.Size {
	return scaleSize(g.view.drawing.total, g.view.zoom)
}

func (g *graphCanvas) CreateRenderer() fyne.WidgetRenderer { return &graphRenderer{graph: g} }

type graphRenderer struct {
	graph   *graphCanvas
	objects []fyne.CanvasObject
	z       float32
	m       metrics
}

func (r *graphRenderer) Layout(fyne.Size)             {}
func (r *graphRenderer) MinSize() fyne.Size           { return r.graph.MinSize() }
func (r *graphRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *graphRenderer) Destroy()                     {}

func (r *graphRenderer) color(n fyne.ThemeColorName) color.Color {
	return theme.ColorForWidget(n, r.graph)
}

// Refresh draws edges under nodes; the selected object's references are
// drawn last and in the primary colour.
func (r *graphRenderer) Refresh() {
	v := r.graph.view
	r.objects, r.z, r.m = r.objects[:0], v.zoom, v.metrics
	faint := withAlpha(r.color(theme.ColorNameForeground), 0x80)
	var chosen []int
	for i, rf := range v.drawing.refs {
		if rf.from == v.selected || rf.to == v.selected {
			chosen = append(chosen, i)
			continue
		}
		r.edge(i, faint)
	}
	for _, i := range chosen {
		r.edge(i, r.color(theme.ColorNamePrimary))
	}
	r.deadArea()
	for i := range v.model.Objects {
		r.node(i)
	}
	canvas.Refresh(r.graph)
}

func (r *graphRenderer) at(p fyne.Position) fyne.Position { return scalePos(p, r.z) }

func (r *graphRenderer) line(a, b fyne.Position, c color.Color, width float32) {
	l := canvas.NewLine(c)
	l.StrokeWidth = width
	l.Position1, l.Position2 = r.at(a), r.at(b)
	r.objects = append(r.objects, l)
}

func (r *graphRenderer) text(s string, p fyne.Position, c color.Color, size float32, bold bool) {
	t := canvas.NewText(s, c)
	t.TextSize, t.TextStyle = size*r.z, fyne.TextStyle{Bold: bold}
	t.Move(r.at(p))
	t.Resize(t.MinSize())
	r.objects = append(r.objects, t)
}

// edge draws a reference's path, its arrowhead at the referenced object and
// its field name beside the referring one.
func (r *graphRenderer) edge(i int, c color.Color) {
	v := r.graph.view
	pts, rf := v.drawing.paths[i], v.drawing.refs[i]
	for k := 1; k < len(pts); k++ {
		r.line(pts[k-1], pts[k], c, 1.2)
	}
	head, from := pts[len(pts)-1], pts[len(pts)-2]
	out, next := pts[0], pts[1]      // the path leaves the referring object here
	if rf.back && rf.from != rf.to { // drawn right to left: the target is the left end
		head, from = pts[0], pts[1]
		out, next = pts[len(pts)-1], pts[len(pts)-2]
	}
	r.arrowhead(from, head, c)
	// The name sits a third of the way along the first stretch, where the
	// references leaving one object have already fanned out.
	name := v.model.Objects[rf.from].Fields[rf.field].Name
	w := fyne.MeasureText(name, r.m.small, fyne.TextStyle{}).Width
	p := fyne.NewPos(out.X+(next.X-out.X)/3-w/2, out.Y+(next.Y-out.Y)/3-r.m.smallLine)
	r.text(name, p, c, r.m.small, false)
}

// deadArea separates the unreachable objects by a line and a heading.
func (r *graphRenderer) deadArea() {
	v := r.graph.view
	if v.deadX < 0 {
		return
	}
	c := r.color(theme.ColorNameError)
	r.line(fyne.NewPos(v.deadX, 0), fyne.NewPos(v.deadX, v.drawing.total.Height), withAlpha(c, 0x90), 1)
	r.text(lang.L("unreachable"), fyne.NewPos(v.deadX+r.m.pad, 0), c, r.m.small, true)
}

func (r *graphRenderer) arrowhead(from, to fyne.Position, c color.Color) {
	angle := math.Atan2(float64(to.Y-from.Y), float64(to.X-from.X))
	length := float64(r.m.pad)
	for _, side := range []float64{-0.45, 0.45} {
		a := angle + math.Pi + side
		r.line(to, fyne.NewPos(to.X+float32(length*math.Cos(a)), to.Y+float32(length*math.Sin(a))), c, 1.5)
	}
}

func (r *graphRenderer) node(i int) {
	v := r.graph.view
	o, p, s := v.model.Objects[i], v.drawing.pos[i], v.drawing.size[i]
	box := canvas.NewRectangle(r.color(theme.ColorNameInputBackground))
	box.StrokeColor, box.StrokeWidth = withAlpha(r.color(theme.ColorNameForeground), 0x70), 1
	box.CornerRadius = r.m.pad / 2 * r.z
	if o.New {
		box.FillColor = withAlpha(r.color(theme.ColorNameSuccess), 0x60)
	}
	if len(o.Roots) > 0 {
		box.StrokeColor, box.StrokeWidth = r.color(theme.ColorNamePrimary), 3
		tag := truncate(lang.L("root: {{.Roots}}", map[string]any{"Roots": strings.Join(o.Roots, ", ")}), maxLabel+6)
		r.text(tag, fyne.NewPos(p.X, p.Y-r.m.smallLine-2), r.color(theme.ColorNamePrimary), r.m.small, true)
	}
	if i == v.selected {
		box.FillColor = r.color(theme.ColorNameSelection)
		box.StrokeColor, box.StrokeWidth = r.color(theme.ColorNameForeground), 3
	}
	box.Move(r.at(p))
	box.Resize(scaleSize(s, r.z))
	r.objects = append(r.objects, box)
	fg := r.color(theme.ColorNameForeground)
	r.text(o.Caption(), fyne.NewPos(p.X+r.m.pad, p.Y+r.m.pad/2), fg, r.m.size, true)
	if sum := o.summary(); sum != "" {
		r.text(sum, fyne.NewPos(p.X+r.m.pad, p.Y+r.m.pad/2+r.m.line), fg, r.m.small, false)
	}
}

func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
