package ui

import (
	"fmt"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// rulerX is where instruction count step sits on the window's ruler of
// the run 0..newest.
func rulerX(w *Window, step, newest uint64) float32 {
	pad := w.ruler.Theme().Size(theme.SizeNameInnerPadding)
	return pad + (w.ruler.Size().Width-2*pad)*float32(step)/float32(newest)
}

// The ruler shows once a call has history; a click on it travels with
// Goto, and the stop it makes is shown.
func TestTimelineClickTravels(t *testing.T) {
	w := openFake(t, 1024, 640)
	if w.ruler.Visible() {
		t.Error("the ruler shows before any call")
	}
	w.Invoke("fib", []string{"10"}, false) // runs to the last instruction
	w.Settle()
	if !w.ruler.Visible() || w.ruler.Size().Width < 300 {
		t.Fatalf("after a run the ruler is visible=%v, %v wide", w.ruler.Visible(), w.ruler.Size().Width)
	}
	newest := w.snap.Timeline.Newest
	test.TapAt(w.ruler, fyne.NewPos(rulerX(w, 3, newest)+2, 5)) // near the breakpoint mark at 3
	w.Settle()
	test.TapAt(w.ruler, fyne.NewPos(rulerX(w, newest/2, newest), 5))
	w.Settle()
	cmds := fake(w).commands()
	if got, want := cmds[len(cmds)-2:], []string{"goto 3", fmt.Sprint("goto ", newest/2)}; !slices.Equal(got, want) {
		t.Fatalf("commands end %v, want %v", got, want)
	}
	if w.snap.Steps != newest/2 {
		t.Errorf("the window shows instruction %d, want %d", w.snap.Steps, newest/2)
	}
}

// While a Goto runs, the requests of a drag wait as one: the latest.
func TestTimelineDragCoalesces(t *testing.T) {
	w := openFake(t, 1024, 640)
	w.Invoke("fib", []string{"10"}, false)
	w.Settle()
	gate := make(chan struct{})
	fake(w).gotoGate = gate
	for _, n := range []uint64{5, 4, 3, 2} {
		w.Goto(n)
	}
	close(gate) // goto 5 ends, then goto 2 runs
	w.Settle()
	var gotos []string
	for _, c := range fake(w).commands() {
		if len(c) > 5 && c[:5] == "goto " {
			gotos = append(gotos, c)
		}
	}
	if want := []string{"goto 5", "goto 2"}; !slices.Equal(gotos, want) {
		t.Fatalf("ran %v, want %v", gotos, want)
	}
	if w.snap.Steps != 2 {
		t.Errorf("the window shows instruction %d, want the latest asked, 2", w.snap.Steps)
	}
}

// A drag's marker stays where it ended until the stop comes; when the
// travel fails instead, it goes back to the stop shown.
func TestTimelineFailedTravelRestoresTheMarker(t *testing.T) {
	w := openFake(t, 1024, 640)
	w.Invoke("fib", []string{"10"}, false)
	w.Settle()
	now := w.snap.Steps
	fake(w).failGoto = true
	w.ruler.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(rulerX(w, 2, now), 5)}})
	w.ruler.DragEnd()
	w.Settle()
	if w.snap.Steps != now || w.status.trap.Text == "" {
		t.Fatalf("the failed travel moved the window to %d (status %q)", w.snap.Steps, w.status.trap.Text)
	}
	if got := rulerMarkerX(t, w); got != rulerX(w, now, now) {
		t.Errorf("the marker is at x=%v, want the stop's %v", got, rulerX(w, now, now))
	}
}

// rulerMarkerX is the middle of the ruler's marker, the bar in the
// primary colour as tall as the track.
func rulerMarkerX(t *testing.T, w *Window) float32 {
	t.Helper()
	primary := w.ruler.Theme().Color(theme.ColorNamePrimary, fyne.CurrentApp().Settings().ThemeVariant())
	for _, o := range test.WidgetRenderer(w.ruler).Objects() {
		if r, ok := o.(*canvas.Rectangle); ok && r.FillColor == primary && r.Size().Height > 10 {
			return r.Position().X + r.Size().Width/2
		}
	}
	t.Fatal("no marker drawn")
	return 0
}
