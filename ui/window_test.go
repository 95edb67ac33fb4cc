package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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
		{"nothing to show", &debugger.Snapshot{}, "Console"},
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

// A tab picked for the program follows it: the console at the start of a
// GC program, the heap once objects live.
func TestPickedTabFollowsTheProgram(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.pickDataTab(&debugger.Snapshot{})
	w.pickDataTab(&debugger.Snapshot{Heap: debugger.HeapSummary{Live: 1}})
	if got := w.dataTabs.Selected().Text; got != "GC heap" {
		t.Errorf("tab %q, want the heap once objects live", got)
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
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if strings.HasPrefix(l, "stop:") {
			lines = append(lines, l)
		} else if !strings.HasPrefix(l, "view: next line 11, lines 1-") {
			t.Errorf("logged %q, want the source lines in view", l)
		}
	}
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "stop: Stopped (entry) | 0 instructions | ") ||
		!strings.HasPrefix(lines[1], "stop: Stopped (step) | 1 instruction | ") {
		t.Errorf("logged %q, want the entry stop and one step", lines)
	}
}

func TestBandGetsRoomOnShortWindows(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		need, height, band float32
	}{
		{bandForMemory, 1000, bandShare * 1000},  // tall: the usual share
		{bandForMemory, 700, bandForMemory},      // short: enough for memory rows
		{bandForMemory, 400, maxNeedShare * 400}, // tiny: capped
		{bandForLogs, 1000, logsShare * 1000},    // logs only: less
		{bandForLogs, 640, bandForLogs},
	} {
		l := newBand(canvas.NewRectangle(nil), canvas.NewRectangle(nil))
		l.fit(c.need)
		l.Layout(nil, fyne.NewSize(1000, c.height))
		band := float32(1-l.split.Offset) * c.height
		if band < c.band-1 || band > c.band+1 {
			t.Errorf("need %v, height %v: band %v, want %v", c.need, c.height, band, c.band)
		}
	}
	// A drag sets the share from then on, whatever the height.
	l := newBand(canvas.NewRectangle(nil), canvas.NewRectangle(nil))
	l.Layout(nil, fyne.NewSize(1000, 800))
	l.split.SetOffset(0.5)
	l.Layout(nil, fyne.NewSize(1000, 700))
	if l.split.Offset != 0.5 || l.user != 0.5 {
		t.Errorf("after a drag to 0.5 and a resize: offset %v, user share %v", l.split.Offset, l.user)
	}
}
