package debugger

import (
	"strconv"
	"testing"
	"time"
)

// at returns "func+N" of a snapshot's current instruction.
func at(snap *Snapshot) string {
	if cur := snap.Current(); cur != nil {
		return cur.Location.FuncName + "+" + itoa(cur.Location.Instr)
	}
	return snap.State.String()
}

func itoa(n int) string { return strconv.Itoa(n) }

func must(t *testing.T) func(*Snapshot, error) *Snapshot {
	return func(snap *Snapshot, err error) *Snapshot {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return snap
	}
}

func TestSteppingCommands(t *testing.T) {
	ok := must(t)
	s := newTestSession(t, Options{}, "fact.wat")
	ok(s.Invoke("store", []string{"3"}))
	ok(s.StepInto()) // local.get $n
	if got := at(ok(s.StepOver())); got != "$store+2" {
		t.Fatalf("step over the call: at %s, want $store+2", got)
	}
	if got := at(ok(s.StepBack())); got != "$fact+17" {
		t.Fatalf("step back after stepping over a call: at %s, want the callee's last instruction", got)
	}
	ok(s.StepInto())
	if got := at(ok(s.ReverseStepOver())); got != "$store+1" {
		t.Fatalf("reverse step over the call: at %s, want the call", got)
	}
	if got := at(ok(s.StepInto())); got != "$fact+0" {
		t.Fatalf("step into the call: at %s", got)
	}
	if got := at(ok(s.StepOut())); got != "$store+2" {
		t.Fatalf("step out: at %s", got)
	}
	if got := at(ok(s.ReverseStepOver())); got != "$store+1" {
		t.Fatalf("reverse step over the call: at %s, want $store+1", got)
	}
	file := s.Files()[0]
	if got := at(ok(s.RunTo(file, 16))); got != "$store+3" {
		t.Fatalf("run to line 16: at %s, want the first instruction reached on it, $store+3", got)
	}
	snap := ok(s.Continue())
	if snap.State != StateFinished || snap.Results[0].String() != "i32:6" {
		t.Fatalf("continue: %s %v", snap.State, snap.Results)
	}
	if _, err := s.Continue(); err == nil {
		t.Fatal("continue after the end should fail")
	}
	if got := at(ok(s.StepBack())); got != "$store+9" {
		t.Fatalf("back from the end: at %s", got)
	}
}

func TestBreakpoints(t *testing.T) {
	ok := must(t)
	s := newTestSession(t, Options{}, "fact.wat")
	b, err := s.SetBreakpoint(BreakSpec{Kind: BreakFunc, Func: "$fact", HitCount: 3})
	if err != nil {
		t.Fatal(err)
	}
	line, err := s.SetBreakpoint(BreakSpec{Kind: BreakLine, File: s.Files()[0], Line: 9})
	if err != nil || len(line.Locations) != 1 {
		t.Fatalf("line 9: %v %v", line, err)
	}
	s.EnableBreakpoint(line.ID, false)
	ok(s.Invoke("fact", []string{"5"}))
	snap := ok(s.Continue())
	// The entry stop is not a hit: the hits are the calls at depths 2, 3, 4.
	if snap.Reason != StopBreakpoint || at(snap) != "$fact+0" || len(snap.Frames) != 4 {
		t.Fatalf("hit count 3: %s at %s with %d frames", snap.Reason, at(snap), len(snap.Frames))
	}
	s.EnableBreakpoint(line.ID, true)
	snap = ok(s.Continue())
	if snap.Reason != StopBreakpoint || at(snap) != "$fact+0" || len(snap.Frames) != 5 {
		t.Fatalf("fourth hit: %s at %s", snap.Reason, at(snap))
	}
	if err := s.DeleteBreakpoint(b.ID); err != nil {
		t.Fatal(err)
	}
	snap = ok(s.Continue())
	if at(snap) != "$fact+8" || snap.Reason != StopBreakpoint {
		t.Fatalf("line breakpoint: %s at %s", snap.Reason, at(snap))
	}
	snap = ok(s.ReverseContinue())
	if snap.Reason != StopHistoryStart || snap.Steps != 0 {
		t.Fatalf("reverse continue with only a later breakpoint: %s at %d: %s", snap.Reason, snap.Steps, snap.Message)
	}
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakInstr, Func: "fact", Instr: 4}); err != nil {
		t.Fatal(err)
	}
	snap = ok(s.Continue())
	if at(snap) != "$fact+4" {
		t.Fatalf("instruction breakpoint: at %s", at(snap))
	}
	ok(s.Continue())
	ok(s.Continue())
	snap = ok(s.ReverseContinue())
	if at(snap) != "$fact+4" || len(snap.Frames) != 2 {
		t.Fatalf("reverse continue: at %s depth %d", at(snap), len(snap.Frames))
	}
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakFunc, Func: "nope"}); err == nil {
		t.Fatal("a breakpoint on a missing function should fail")
	}
	if set, err := s.ToggleLineBreakpoint(s.Files()[0], 9); set || err != nil || len(s.Breakpoints()) != 1 {
		t.Fatalf("toggle off: %v %v %d", set, err, len(s.Breakpoints()))
	}
}

func TestBreakOnTrap(t *testing.T) {
	ok := must(t)
	s := newTestSession(t, Options{}, "fact.wat")
	ok(s.Invoke("div", []string{"7", "0"}))
	snap := ok(s.Continue())
	if snap.State != StateTrapped || snap.Message != "integer divide by zero" || at(snap) != "$div+2" {
		t.Fatalf("trap: %s %q at %s", snap.State, snap.Message, at(snap))
	}
	if len(snap.Current().Stack) != 2 || snap.Current().Stack[1].String() != "i32:0" {
		t.Fatalf("trap stack: %v", snap.Current().Stack)
	}
}

func TestWatchpoints(t *testing.T) {
	ok := must(t)
	s := newTestSession(t, Options{}, "fact.wat")
	ok(s.Invoke("store", []string{"3"}))
	if _, err := s.WatchMemory(0, 12, 4); err != nil {
		t.Fatal(err)
	}
	snap := ok(s.Continue())
	if snap.Reason != StopWatchpoint || at(snap) != "$store+8" {
		t.Fatalf("memory watch: %s at %s: %s", snap.Reason, at(snap), snap.Message)
	}
	if w := snap.Memories[0].Written; len(w) != 1 || w[0] != (Range{12, 16}) {
		t.Fatalf("written ranges: %v", w)
	}
	ok(s.Invoke("fact", []string{"2"}))
	if _, err := s.WatchGlobal("$calls"); err != nil {
		t.Fatal(err)
	}
	snap = ok(s.Continue())
	if snap.Reason != StopWatchpoint || !snap.Globals[0].Changed || snap.Globals[0].Value.String() != "i32:4" {
		t.Fatalf("global watch: %s %+v", snap.Reason, snap.Globals)
	}
}

func TestPauseStopsATightLoop(t *testing.T) {
	for _, noHistory := range []bool{false, true} {
		s := newTestSession(t, Options{NoHistory: noHistory}, "fact.wat")
		must(t)(s.Invoke("spin", nil))
		done := make(chan *Snapshot)
		go func() {
			snap, _ := s.Continue()
			done <- snap
		}()
		time.Sleep(50 * time.Millisecond)
		start := time.Now()
		s.Pause()
		select {
		case snap := <-done:
			if snap.Reason != StopPause {
				t.Fatalf("no history %v: stopped for %s", noHistory, snap.Reason)
			}
			if d := time.Since(start); d > 100*time.Millisecond {
				t.Fatalf("no history %v: pause took %v", noHistory, d)
			}
		case <-time.After(2 * time.Second):
			t.Fatalf("no history %v: pause did not stop the loop", noHistory)
		}
	}
}

func TestEvents(t *testing.T) {
	ok := must(t)
	s := newTestSession(t, Options{}, "fact.wat")
	var steps, stops int
	cancel := s.Subscribe(func(e Event) {
		switch e.Kind {
		case EventStep:
			steps++
		case EventStop:
			stops++
		}
	})
	ok(s.Invoke("fact", []string{"1"}))
	ok(s.Continue())
	cancel()
	ok(s.Invoke("fact", []string{"1"}))
	ok(s.Continue())
	if steps != 12 || stops != 2 {
		t.Fatalf("got %d step and %d stop events, want 12 and 2", steps, stops)
	}
}

// Without history, continue runs the fast loop with planted breakpoints;
// the one at the entry is not hit again by the first continue.
func TestBreakpointsInTheFastLoop(t *testing.T) {
	ok := must(t)
	s := newTestSession(t, Options{NoHistory: true}, "fact.wat")
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakFunc, Func: "fact"}); err != nil {
		t.Fatal(err)
	}
	ok(s.Invoke("fact", []string{"3"}))
	for depth := 2; depth <= 3; depth++ {
		snap := ok(s.Continue())
		if snap.Reason != StopBreakpoint || len(snap.Frames) != depth {
			t.Fatalf("hit at depth %d: %s with %d frames", depth, snap.Reason, len(snap.Frames))
		}
	}
	if snap := ok(s.Continue()); snap.State != StateFinished || snap.Results[0].String() != "i32:6" {
		t.Fatalf("end: %s %v", snap.State, snap.Results)
	}
}
