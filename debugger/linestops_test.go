package debugger

import "testing"

// A line breakpoint stops once per visit of its line: a folded expression
// in a loop stops once per iteration, and a branch back to the line's
// first instruction is a new visit.
func TestLineBreakpointStopsOncePerVisit(t *testing.T) {
	tests := []struct {
		line      int
		call      string
		arg       string
		want      int // stops before the call finishes
		locations int // instructions the breakpoint is planted at
	}{
		{8, "sum", "4", 4, 1}, // (local.set $acc (i32.add ...)) in the loop
		{7, "sum", "4", 5, 1}, // the loop's test: 4 iterations and the exit
		// A one-line loop of 3 iterations: the call stops at entry on the
		// first, then each back edge lands on the line's start.
		{13, "countdown", "3", 2, 1},
	}
	for _, tt := range tests {
		s := newTestSession(t, Options{}, "line_visits.wat")
		bp, err := s.SetBreakpoint(BreakSpec{Kind: BreakLine, File: s.Files()[0], Line: tt.line})
		if err != nil {
			t.Fatal(err)
		}
		if len(bp.Locations) != tt.locations {
			t.Errorf("line %d: planted at %d instructions, want %d", tt.line, len(bp.Locations), tt.locations)
		}
		if _, err := s.Invoke(tt.call, []string{tt.arg}); err != nil {
			t.Fatal(err)
		}
		if stops := countStops(t, s, tt.line); stops != tt.want {
			t.Errorf("line %d of %s(%s): %d stops, want %d", tt.line, tt.call, tt.arg, stops, tt.want)
		}
	}
	// An instruction breakpoint inside the folded line still stops at its
	// one instruction, once per iteration.
	s := newTestSession(t, Options{}, "line_visits.wat")
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakInstr, Func: "sum", Instr: 8}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Invoke("sum", []string{"4"}); err != nil {
		t.Fatal(err)
	}
	if stops := countStops(t, s, 8); stops != 4 {
		t.Errorf("instruction breakpoint on i32.add: %d stops, want 4", stops)
	}
}

// countStops continues to the end of the call, checking that every stop is
// a breakpoint on line, and counts them.
func countStops(t *testing.T, s *Session, line int) int {
	t.Helper()
	stops := 0
	for {
		snap, err := s.Continue()
		if err != nil {
			t.Fatal(err)
		}
		if snap.State != StateStopped {
			return stops
		}
		if at := snap.Current().Location.Start.Line; snap.Reason != StopBreakpoint || at != line {
			t.Fatalf("stopped by %s at line %d, want a breakpoint on line %d", snap.Reason, at, line)
		}
		stops++
	}
}
