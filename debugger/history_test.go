package debugger

import (
	"testing"
	"time"
)

// By default the whole call stays reachable backwards: here about 1.05
// million instructions.
func TestHistoryReachesAMillionInstructions(t *testing.T) {
	ok := must(t)
	s := newTestSession(t, Options{}, "bench.wat")
	ok(s.Invoke("sum", []string{"70000"}))
	end := ok(s.Continue())
	if end.Steps < 1_000_000 {
		t.Fatalf("only %d instructions", end.Steps)
	}
	start := time.Now()
	back := ok(s.StepBack())
	if back.Steps != end.Steps-1 || at(back) != "\"sum\"+22" {
		t.Fatalf("step back from %d: at %s, %d", end.Steps, at(back), back.Steps)
	}
	t.Logf("one step back over %d instructions took %v", end.Steps, time.Since(start))
	if snap := ok(s.ReverseContinue()); snap.Reason != StopHistoryStart || snap.Steps != 0 {
		t.Fatalf("reverse continue: %s at %d", snap.Reason, snap.Steps)
	}
	if snap := ok(s.Continue()); snap.Results[0].String() != end.Results[0].String() {
		t.Fatalf("replayed result %v, want %v", snap.Results, end.Results)
	}
}

// A history that outgrows its budget turns reverse execution off for the
// call instead of growing.
func TestHistoryBudget(t *testing.T) {
	ok := must(t)
	s := newTestSession(t, Options{HistoryBytes: 1000}, "fact.wat") // its memory alone is 64 KiB
	ok(s.Invoke("fact", []string{"3"}))
	ok(s.StepInto())
	if _, err := s.StepBack(); err == nil {
		t.Fatal("stepped back without history")
	}
	s = newTestSession(t, Options{NoHistory: true}, "fact.wat")
	ok(s.Invoke("fact", []string{"3"}))
	ok(s.Continue())
	if _, err := s.StepBack(); err == nil {
		t.Fatal("stepped back with history off")
	}
}
