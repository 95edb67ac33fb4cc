package debugger

import "testing"

// The timeline spans the recorded run and marks its breakpoint stops and
// memory.grow events at their positions; travelling back keeps the
// furthest position reached.
func TestTimelineMarksTheRun(t *testing.T) {
	s := NewSession(Options{})
	if err := s.LoadSource("grow.wat", []byte(growTwice)); err != nil {
		t.Fatal(err)
	}
	snap := must(t)(s.Invoke("main", nil))
	if snap.Timeline == nil || snap.Timeline.Newest != 0 {
		t.Fatalf("timeline at entry: %+v", snap.Timeline)
	}
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakInstr, Func: "main", Instr: 3}); err != nil {
		t.Fatal(err)
	}
	var hits []uint64
	for snap.State == StateStopped {
		snap = must(t)(s.Continue())
		if snap.Reason == StopBreakpoint {
			hits = append(hits, snap.Steps)
		}
	}
	end := snap.Steps
	must(t)(s.Goto(1))
	tl := s.Snapshot().Timeline
	if tl.Oldest != 0 || tl.Newest != end {
		t.Fatalf("timeline spans [%d, %d], want [0, %d]", tl.Oldest, tl.Newest, end)
	}
	var gotHits, grows []uint64
	for _, m := range tl.Marks {
		switch m.Kind {
		case MarkBreakpoint:
			gotHits = append(gotHits, m.Step)
		case MarkGrow:
			grows = append(grows, m.Step)
		}
	}
	if len(hits) != 1 || len(gotHits) != 1 || gotHits[0] != hits[0] || len(grows) != 2 || grows[0] != 2 || grows[1] != 5 {
		t.Fatalf("marks %+v; want the breakpoint hit at %v and grows at 2 and 5", tl.Marks, hits)
	}
}
