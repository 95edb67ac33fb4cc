package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"wasmstep/debugger"
)

func TestPickDataTabLeavesAnEmptyMemoryTab(t *testing.T) {
	for _, c := range []struct {
		name string
		snap *debugger.Snapshot
		want string
	}{
		{"memory stays", &debugger.Snapshot{Memories: make([]debugger.Memory, 1), Tables: make([]debugger.Table, 1)}, "Memory"},
		{"heap before tables", &debugger.Snapshot{Tables: make([]debugger.Table, 1), Heap: debugger.HeapSummary{Live: 2}}, "GC heap"},
		{"tables", &debugger.Snapshot{Tables: make([]debugger.Table, 1)}, "Tables"},
		{"nothing to show", &debugger.Snapshot{}, "Memory"},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := openFake(t, 1280, 800)
			w.pickDataTab(c.snap)
			if got := w.dataTabs.Selected().Text; got != c.want {
				t.Errorf("tab %q, want %q", got, c.want)
			}
		})
	}
}

func TestPickDataTabKeepsTheUsersChoice(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.dataTabs.SelectIndex(3) // console
	w.pickDataTab(&debugger.Snapshot{Heap: debugger.HeapSummary{Live: 1}})
	if got := w.dataTabs.Selected().Text; got != "Console" {
		t.Errorf("tab %q, want the console the user picked", got)
	}
}

func TestLogStopsWritesEveryStop(t *testing.T) {
	w := openFake(t, 1280, 800)
	var out strings.Builder
	w.LogStops(&out)
	w.Invoke("fib", []string{"10"}, true)
	w.Settle()
	press(w, fyne.KeyF11)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "stop: Stopped (entry) | 0 instructions | ") ||
		!strings.HasPrefix(lines[1], "stop: Stopped (step) | 1 instructions | ") {
		t.Errorf("logged %q, want the entry stop and one step", lines)
	}
}

func TestBandGetsRoomOnShortWindows(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		height, minBand float32
	}{
		{1000, bandShare * 1000},  // tall: the usual share
		{640, bandMin},            // short: enough for memory rows
		{400, maxBandShare * 400}, // tiny: capped
	} {
		l := &bandLayout{split: container.NewVSplit(canvas.NewRectangle(nil), canvas.NewRectangle(nil))}
		l.Layout(nil, fyne.NewSize(1000, c.height))
		band := float32(1-l.split.Offset) * c.height
		if band < c.minBand-1 || band > c.minBand+1 {
			t.Errorf("height %v: band %v, want %v", c.height, band, c.minBand)
		}
	}
}
