package memory

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestTimelineMarksEachGrowWhereItHappened(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme())
	tl := newTimeline()
	tl.set([]GrowPoint{{0, 1}, {3, 2}, {12, 4}}, 24)
	tl.Resize(fyne.NewSize(202, 40))
	r := test.TempWidgetRenderer(t, tl).(*timelineRenderer)
	if got := r.text.Text; got != "1→4 pg, 2 grows" {
		t.Errorf("caption %q", got)
	}
	if len(r.marks) != 2 {
		t.Fatalf("%d grow marks, want 2", len(r.marks))
	}
	// x runs from 1 to 201 over instructions 0..24: grows at 3 and 12.
	for i, want := range []float32{1 + 200*3/24.0, 1 + 200*12/24.0} {
		if got := r.marks[i].(*canvas.Line).Position1.X; got < want-0.5 || got > want+0.5 {
			t.Errorf("mark %d at x=%v, want %v", i, got, want)
		}
	}
	// The line ends at the stop, at the largest size.
	end := r.line[len(r.line)-1].(*canvas.Line)
	if end.Position2.X < 200 || end.Position2.Y != end.Position1.Y {
		t.Errorf("last segment %v-%v does not run flat to the right end", end.Position1, end.Position2)
	}

	tl.set([]GrowPoint{{0, 1}}, 5)
	if r.text.Text != "1 pg, no grow" || len(r.marks) != 0 {
		t.Errorf("without grows: %q, %d marks", r.text.Text, len(r.marks))
	}
}

// A memory that never grew is a flat band above a baseline, clear of the
// caption: a plot, not an underline of the caption.
func TestTimelineDrawsAFlatSeriesAsABand(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme())
	tl := newTimeline()
	tl.set([]GrowPoint{{0, 1}}, 5)
	tl.Resize(fyne.NewSize(202, 40))
	r := test.TempWidgetRenderer(t, tl).(*timelineRenderer)
	captionBottom := r.text.Position().Y + r.text.MinSize().Height
	line := r.line[0].(*canvas.Line)
	if len(r.axes) != 2 || r.axes[0].(*canvas.Line).Position1.Y <= line.Position1.Y+2 {
		t.Fatalf("no baseline below the line at y=%v", line.Position1.Y)
	}
	if line.Position1.Y < captionBottom+3 {
		t.Errorf("the line at y=%v touches the caption ending at %v", line.Position1.Y, captionBottom)
	}
	if len(r.area) != 1 || r.area[0].Position().Y != line.Position1.Y || r.area[0].Size().Height != r.axes[0].(*canvas.Line).Position1.Y-line.Position1.Y {
		t.Errorf("the area under the line does not reach the baseline: %d rectangles", len(r.area))
	}
}

func TestTimelineSharesAColumnAmongManyGrows(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme())
	tl := newTimeline()
	pts := []GrowPoint{{0, 1}}
	for i := uint64(1); i <= 10000; i++ {
		pts = append(pts, GrowPoint{i, i + 1})
	}
	tl.set(pts, 10000)
	tl.Resize(fyne.NewSize(202, 40))
	r := test.TempWidgetRenderer(t, tl).(*timelineRenderer)
	if len(r.marks) > 201 || len(r.line) > 2*201+1 {
		t.Errorf("%d marks and %d segments for 200 columns", len(r.marks), len(r.line))
	}
}
