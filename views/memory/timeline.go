package memory

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// timelineSize is the plot's size: small enough for the go-to row.
var timelineSize = fyne.NewSize(200, 34)

// timeline plots a memory's pages over the call's instruction count as a
// step line over a shaded area down to a baseline, each memory.grow marked
// by a tick; a caption gives the sizes. The area and the baseline make a
// memory that never grew read as a plot (a flat band), not as a line under
// the caption.
type timeline struct {
	widget.BaseWidget
	points []GrowPoint
	now    uint64
}

func newTimeline() *timeline {
	t := &timeline{}
	t.ExtendBaseWidget(t)
	return t
}

func (t *timeline) set(points []GrowPoint, now uint64) {
	t.points, t.now = points, now
	t.Refresh()
}

// caption says where the memory started and how many grows followed.
func (t *timeline) caption() string {
	if len(t.points) == 0 {
		return ""
	}
	data := map[string]any{"First": t.points[0].Pages, "Last": t.points[len(t.points)-1].Pages, "Count": len(t.points) - 1}
	switch len(t.points) {
	case 1:
		return lang.L("{{.First}} pg, no grow", data)
	case 2:
		return lang.L("{{.First}}→{{.Last}} pg, 1 grow", data)
	default:
		return lang.L("{{.First}}→{{.Last}} pg, {{.Count}} grows", data)
	}
}

func (t *timeline) CreateRenderer() fyne.WidgetRenderer {
	r := &timelineRenderer{t: t, bg: canvas.NewRectangle(color.Transparent)}
	r.text = canvas.NewText("", theme.Color(theme.ColorNameForeground))
	r.text.TextSize = theme.CaptionTextSize()
	return r
}

type timelineRenderer struct {
	t     *timeline
	bg    *canvas.Rectangle
	text  *canvas.Text
	line  []fyne.CanvasObject // the step line's segments
	area  []fyne.CanvasObject // the area under it, one rectangle per step
	axes  []fyne.CanvasObject // the baseline (no pages) and the left axis
	marks []fyne.CanvasObject // one tick per grow
	size  fyne.Size
}

func (r *timelineRenderer) Layout(s fyne.Size) {
	r.size = s
	r.Refresh()
}

func (r *timelineRenderer) MinSize() fyne.Size { return timelineSize }

func (r *timelineRenderer) Refresh() {
	r.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.bg.Resize(r.size)
	r.text.Text = r.t.caption()
	r.text.Color = theme.Color(theme.ColorNameForeground)
	r.text.Move(fyne.NewPos(3, 1))
	r.line, r.area, r.axes, r.marks = r.plot(r.size)
	canvas.Refresh(r.t)
}

// headroom is the part of the plot's height above the largest size, so
// the line does not touch the caption.
const headroom = 0.25

// plot draws the points in s under the caption: x is the instruction count
// (0 to the stop), y the pages (0 at the baseline, the largest size a
// little below the top).
func (r *timelineRenderer) plot(s fyne.Size) (line, area, axes, marks []fyne.CanvasObject) {
	pts := r.t.points
	if len(pts) == 0 || s.Width < 4 || s.Height < 4 {
		return nil, nil, nil, nil
	}
	top := r.text.MinSize().Height
	h := max(s.Height-top-2, 2)
	base := top + h
	end := max(r.t.now, pts[len(pts)-1].Step, 1)
	var most uint64 = 1
	for _, p := range pts {
		most = max(most, p.Pages)
	}
	x := func(step uint64) float32 { return 1 + float32(float64(step)/float64(end)*float64(s.Width-2)) }
	y := func(pages uint64) float32 {
		return base - float32(float64(pages)/float64(most)*float64(h)*(1-headroom))
	}
	fg, mark := theme.Color(theme.ColorNamePrimary), theme.Color(theme.ColorNameError)
	fill := withAlpha(fg, 0x50)
	seg := func(x1, y1, x2, y2 float32, c color.Color) *canvas.Line {
		l := canvas.NewLine(c)
		l.StrokeWidth = 1.5
		l.Position1, l.Position2 = fyne.NewPos(x1, y1), fyne.NewPos(x2, y2)
		return l
	}
	under := func(x1, x2 float32, pages uint64) {
		a := canvas.NewRectangle(fill)
		a.Move(fyne.NewPos(x1, y(pages)))
		a.Resize(fyne.NewSize(x2-x1, base-y(pages)))
		area = append(area, a)
	}
	for _, a := range []*canvas.Line{seg(1, base, s.Width-1, base, nil), seg(1, top+2, 1, base, nil)} {
		a.StrokeColor, a.StrokeWidth = theme.Color(theme.ColorNamePlaceHolder), 1
		axes = append(axes, a)
	}
	pts = perColumn(pts, func(step uint64) int { return int(x(step)) })
	for i, p := range pts[1:] {
		prev := pts[i]
		px, py := x(p.Step), y(p.Pages)
		line = append(line, seg(x(prev.Step), y(prev.Pages), px, y(prev.Pages), fg), seg(px, y(prev.Pages), px, py, fg))
		under(x(prev.Step), px, prev.Pages)
		marks = append(marks, seg(px, top, px, base, mark))
	}
	last := pts[len(pts)-1]
	line = append(line, seg(x(last.Step), y(last.Pages), x(end), y(last.Pages), fg))
	under(x(last.Step), x(end), last.Pages)
	return line, area, axes, marks
}

// perColumn merges the grows that land on one pixel column into one (the
// column's last size), so a run of many grows costs a few objects per column.
func perColumn(pts []GrowPoint, column func(step uint64) int) []GrowPoint {
	out := []GrowPoint{pts[0]}
	for _, p := range pts[1:] {
		if n := len(out); n > 1 && column(out[n-1].Step) == column(p.Step) {
			out[n-1].Pages = p.Pages
			continue
		}
		out = append(out, p)
	}
	return out
}

func (r *timelineRenderer) Objects() []fyne.CanvasObject {
	out := append(append([]fyne.CanvasObject{r.bg}, r.area...), r.axes...)
	out = append(out, r.marks...)
	return append(append(out, r.line...), r.text)
}

func (r *timelineRenderer) Destroy() {}
