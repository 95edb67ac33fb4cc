package timeline

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"wasmstep/views/internal/viewtest"
)

func shown(t *testing.T, m Model) (*View, fyne.Window) {
	t.Helper()
	viewtest.Start(t)
	v := New()
	v.Update(m)
	win := viewtest.Show(t, v, 420, 60)
	return v, win
}

// A click travels to the count under it, or to a mark's own count when it
// lands near one; a drag travels along with the pointer.
func TestClickAndDragTravel(t *testing.T) {
	m := Model{Oldest: 0, Newest: 1000, Now: 500, Marks: []Mark{{Step: 250, Kind: Trap}}}
	v, _ := shown(t, m)
	var got []uint64
	v.OnTravel = func(step uint64) { got = append(got, step) }
	r := v.ruler()
	test.TapAt(v, fyne.NewPos(r.x(750), 5))
	test.TapAt(v, fyne.NewPos(r.x(250)+3, 5)) // near the trap: its own count
	test.TapAt(v, fyne.NewPos(0, 5))          // left of the track: the oldest count
	for _, x := range []float32{r.x(100), r.x(100) + 0.01, r.x(900)} {
		v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(x, 5)}})
	}
	if !v.dragging || v.shown() != 900 {
		t.Errorf("during a drag the marker is at %d (dragging %v), want 900", v.shown(), v.dragging)
	}
	v.DragEnd()
	want := []uint64{750, 250, 0, 100, 900} // the second drag move stays on count 100
	if len(got) != len(want) {
		t.Fatalf("travelled to %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("travelled to %v, want %v", got, want)
		}
	}
	if v.shown() != 900 {
		t.Errorf("after the drag the marker is at %d, want where it ended until the stop comes", v.shown())
	}
	m.Now = 900
	v.Update(m)
	m.Now = 10
	v.Update(m)
	if v.shown() != 10 {
		t.Errorf("after the stops the marker is at %d, want the last stop's 10", v.shown())
	}
}

// Each kind of mark draws its own shape in its own colour where its count
// sits; the marker sits at the current position.
func TestMarksDraw(t *testing.T) {
	m := Model{Oldest: 100, Newest: 1100, Now: 600, Marks: []Mark{
		{Step: 200, Kind: Breakpoint}, {Step: 400, Kind: Watchpoint}, {Step: 700, Kind: Trap}, {Step: 900, Kind: Grow, Label: "$heap"},
	}}
	v, win := shown(t, m)
	r := v.ruler()
	objs := test.WidgetRenderer(v).Objects()
	th := v.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	col := func(n fyne.ThemeColorName) color.Color { return th.Color(n, variant) }
	find := func(what string, x float32, c color.Color, circle bool) {
		t.Helper()
		for _, o := range objs {
			var fill color.Color
			switch s := o.(type) {
			case *canvas.Circle:
				if !circle {
					continue
				}
				fill = s.FillColor
			case *canvas.Rectangle:
				if circle {
					continue
				}
				fill = s.FillColor
			default:
				continue
			}
			centre := o.Position().X + o.Size().Width/2
			if fill == c && abs(centre-x) < 1 && o.Position().Y < trackHeight {
				return
			}
		}
		t.Errorf("no %s drawn at x=%v", what, x)
	}
	find("breakpoint dot", r.x(200), col(theme.ColorNameError), true)
	find("watchpoint square", r.x(400), col(theme.ColorNameWarning), false)
	find("trap bar", r.x(700), col(theme.ColorNameError), false)
	find("memory.grow bar", r.x(900), col(theme.ColorNameSuccess), false)
	find("marker", r.x(600), col(theme.ColorNamePrimary), false)
	lines := viewtest.Lines(win)
	if len(lines) != 1 || lines[0] != "100 | breakpoint | watchpoint | trap | memory.grow | 1100" {
		t.Errorf("captions %q, want the ends and the legend", lines)
	}
}

// The pointer over a mark names it in place of the legend.
func TestHoverNamesTheMark(t *testing.T) {
	v, win := shown(t, Model{Oldest: 0, Newest: 100, Now: 0, Marks: []Mark{{Step: 40, Kind: Grow, Label: "$heap"}}})
	at := v.Position() // the window pads its content
	test.MoveMouse(win.Canvas(), at.AddXY(v.ruler().x(40)+1, 5))
	if got := viewtest.Lines(win); len(got) != 1 || got[0] != "0 | memory.grow @ 40: $heap | 100" {
		t.Errorf("hovering the mark shows %q", got)
	}
	test.MoveMouse(win.Canvas(), at.AddXY(v.ruler().x(80), 5))
	if got := viewtest.Lines(win); len(got) != 1 || got[0] != "0 | instruction 80 | 100" {
		t.Errorf("hovering the track shows %q", got)
	}
}
