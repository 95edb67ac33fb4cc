package ui

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"wasmstep/vm/wasm"
)

// TestTraceFilledAtStop checks that each stop fills the trace pane from
// the engine's recent instructions, also after a step back.
func TestTraceFilledAtStop(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.Invoke("fib", []string{"3"}, true)
	w.Settle()
	w.dataTabs.SelectIndex(len(w.dataTabs.Items) - 1) // the trace
	for _, move := range []struct {
		name string
		do   func()
	}{{"continue", w.Continue}, {"step back", w.StepBack}} {
		move.do()
		w.Settle()
		pc := fake(w).pc
		recent := fake(w).Recent(2)
		// step, location, instruction, stack effect, stack after: only the
		// newest has one, the older say it is not known
		want := []string{
			strconv.FormatUint(recent[0].Step, 10), traceLocation(recent[0].Location), recent[0].Location.Text, wasm.Ops[recent[0].Location.Op].Sig, "…",
			strconv.FormatUint(recent[1].Step, 10), traceLocation(recent[1].Location), recent[1].Location.Text, wasm.Ops[recent[1].Location.Op].Sig, "i32:" + strconv.Itoa(pc),
		}
		if !strings.HasPrefix(locationText(recent[1].Location), "testdata/") || strings.Contains(traceLocation(recent[1].Location), "/") {
			t.Fatalf("trace location %q of %q keeps its directory", traceLocation(recent[1].Location), locationText(recent[1].Location))
		}
		got := rendered(w.panes.trace)
		if len(got) < len(want) || !slices.EqualFunc(got[len(got)-len(want):], want, cellShows) {
			t.Fatalf("%s: trace ends %q, want %q", move.name, got[max(0, len(got)-len(want)):], want)
		}
	}
}

// TestStatusFollowsProgress checks that while a run goes on, the status bar
// shows the engine's progress, polled once a frame.
func TestStatusFollowsProgress(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.Invoke("fib", []string{"3"}, true)
	w.Settle()
	fake(w).blockRun = true
	w.Continue()
	defer w.Settle()
	defer w.Pause()
	want := strconv.Itoa(fakeProgress) + " instructions"
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		w.drain() // the frames the pump sent
		if strings.Contains(w.status.text(), want) {
			return
		}
	}
	t.Fatalf("status %q while running, want %q", w.status.text(), want)
}

// cellShows reports whether a cell showing got shows want, perhaps cut
// with an ellipsis.
func cellShows(got, want string) bool {
	cut, ok := strings.CutSuffix(got, "…")
	return got == want || ok && strings.HasPrefix(want, cut)
}

// rendered is the text of every canvas text under o, in order, asking each
// widget's renderer (a table's cells are not among its laid out objects).
func rendered(o fyne.CanvasObject) []string {
	var out []string
	switch v := o.(type) {
	case *canvas.Text:
		out = append(out, v.Text)
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			out = append(out, rendered(c)...)
		}
	case *fyne.Container:
		for _, c := range v.Objects {
			out = append(out, rendered(c)...)
		}
	}
	return out
}
