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
// step line, each memory.grow marked by a tick; a caption gives the sizes.
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
	r.line, r.marks = r.plot(r.size)
	canvas.Refresh(r.t)
}

// plot draws the points in s under the caption: x is the instruction count
// (0 to the stop), y the pages (0 to the largest size).
func (r *timelineRenderer) plot(s fyne.Size) (line, marks []fyne.CanvasObject) {
	pts := r.t.points
	if len(pts) == 0 || s.Width < 4 || s.Height < 4 {
		return nil, nil
	}
	top := r.text.MinSize().Height
	h := max(s.Height-top-2, 2)
	end := max(r.t.now, pts[len(pts)-1].Step, 1)
	var most uint64 = 1
	for _, p := range pts {
		most = max(most, p.Pages)
	}
	x := func(step uint64) float32 { return 1 + float32(float64(step)/float64(end)*float64(s.Width-2)) }
	y := func(pages uint64) float32 { return top + h - float32(float64(pages)/float64(most)*float64(h)) }
	fg, mark := theme.Color(theme.ColorNamePrimary), theme.Color(theme.ColorNameError)
	seg := func(x1, y1, x2, y2 float32, c color.Color) *canvas.Line {
		l := canvas.NewLine(c)
		l.StrokeWidth = 1.5
		l.Position1, l.Position2 = fyne.NewPos(x1, y1), fyne.NewPos(x2, y2)
		return l
	}
	pts = perColumn(pts, func(step uint64) int { return int(x(step)) })
	for i, p := range pts[1:] {
		prev := pts[i]
		px, py := x(p.Step), y(p.Pages)
		line = append(line, seg(x(prev.Step), y(prev.Pages), px, y(prev.Pages), fg), seg(px, y(prev.Pages), px, py, fg))
		marks = append(marks, seg(px, top, px, top+h, mark))
	}
	last := pts[len(pts)-1]
	line = append(line, seg(x(last.Step), y(last.Pages), x(end), y(last.Pages), fg))
	return line, marks
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
	out := append([]fyne.CanvasObject{r.bg}, r.marks...)
	return append(append(out, r.line...), r.text)
}

func (r *timelineRenderer) Destroy() {}
