package ui

import (
	"wasmstep/debugger"
	"wasmstep/views/timeline"
)

// traveller sends the timeline's requests to the engine one at a time: a
// drag asks for a new position at every pixel, far faster than replays
// answer, so while one Goto runs only the latest request waits, and the
// ones it replaced are dropped.
type traveller struct {
	busy   bool   // a Goto is in flight
	queued bool   // next waits for it
	next   uint64 // the latest position asked for meanwhile
}

// Goto travels to instruction count n of the call, or, while a travel
// runs, makes n the one to go to when it ends.
func (w *Window) Goto(n uint64) {
	t := &w.travel
	if t.busy {
		t.next, t.queued = n, true
		return
	}
	t.busy = true
	forward := w.snap != nil && n > w.snap.Steps // runs, maybe long
	w.runThen("goto", false, forward, func(e Engine) (*debugger.Snapshot, error) { return e.Goto(n) }, func() {
		t.busy = false
		if t.queued {
			t.queued = false
			w.Goto(t.next)
			return
		}
		w.showTimeline(w.snap) // after an error too: the ruler leaves the drag's position
	})
}

// showTimeline shows the recorded run of s on the ruler, or hides the
// ruler when s has no history.
func (w *Window) showTimeline(s *debugger.Snapshot) {
	m, ok := timelineModel(s)
	if !ok {
		w.ruler.Hide()
		return
	}
	w.ruler.Update(m)
	w.ruler.Show()
}

// timelineModel is the ruler's view of s's recorded run.
func timelineModel(s *debugger.Snapshot) (timeline.Model, bool) {
	if s == nil || s.Timeline == nil {
		return timeline.Model{}, false
	}
	tl := s.Timeline
	m := timeline.Model{Oldest: tl.Oldest, Newest: max(tl.Newest, tl.Oldest), Now: s.Steps}
	m.Marks = make([]timeline.Mark, len(tl.Marks))
	for i, mk := range tl.Marks {
		m.Marks[i] = timeline.Mark{Step: mk.Step, Kind: markKinds[mk.Kind], Label: mk.Label}
	}
	return m, true
}

// markKinds are the debugger's mark kinds as the ruler draws them.
var markKinds = map[debugger.MarkKind]timeline.Kind{
	debugger.MarkBreakpoint: timeline.Breakpoint,
	debugger.MarkWatchpoint: timeline.Watchpoint,
	debugger.MarkTrap:       timeline.Trap,
	debugger.MarkGrow:       timeline.Grow,
}
