package debugger

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

// TestRecent checks, at every stop of a session mixing steps, calls,
// breakpoint hits, steps back, the end of a call and a trap, that Recent gives
// the instructions the step events reported last, with the stop's stack
// on the newest.
func TestRecent(t *testing.T) {
	const keep = 8
	for _, noHistory := range []bool{false, true} {
		t.Run(fmt.Sprintf("noHistory=%v", noHistory), func(t *testing.T) {
			s := newTestSession(t, Options{NoHistory: noHistory, Recent: keep}, "fact.wat")
			ran := map[uint64]string{} // position -> func+index
			s.Subscribe(func(e Event) {
				if e.Kind == EventStep {
					ran[e.Step] = e.Location.FuncName + "+" + itoa(e.Location.Instr)
				}
			})
			if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakFunc, Func: "$fact"}); err != nil {
				t.Fatal(err)
			}
			check := func(name string, snap *Snapshot, err error) {
				t.Helper()
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if snap.Current() != nil {
					ran[snap.Steps] = at(snap) // runs next, with no step event
				}
				var want []string
				for p := snap.Steps - min(snap.Steps, keep); p < snap.Steps; p++ {
					want = append(want, fmt.Sprintf("%d %s", p, ran[p]))
				}
				got := s.Recent(keep)
				var gotText []string
				for _, e := range got {
					gotText = append(gotText, fmt.Sprintf("%d %s+%d", e.Step, e.Location.FuncName, e.Location.Instr))
				}
				if !reflect.DeepEqual(gotText, want) {
					t.Fatalf("%s (at %d): Recent = %v, want %v", name, snap.Steps, gotText, want)
				}
				if len(got) == 0 {
					return
				}
				wantStack := snap.Results
				if cur := snap.Current(); cur != nil {
					wantStack = cur.Stack
				}
				if newest := got[len(got)-1]; !reflect.DeepEqual(newest.Stack, wantStack) {
					t.Errorf("%s: newest stack %v, want %v", name, newest.Stack, wantStack)
				}
				if last2 := s.Recent(2); len(got) >= 2 && !reflect.DeepEqual(last2, got[len(got)-2:]) {
					t.Errorf("%s: Recent(2) = %v, want the newest two of %v", name, last2, got)
				}
			}
			snap, err := s.Invoke("store", []string{"4"})
			check("invoke", snap, err)
			steps := []struct {
				name    string
				reverse bool
				do      func() (*Snapshot, error)
			}{
				{"step into", false, s.StepInto},
				{"continue to $fact", false, s.Continue},
				{"continue to $fact again", false, s.Continue},
				{"step over", false, s.StepOver},
				{"step back", true, s.StepBack},
				{"reverse continue", true, s.ReverseContinue},
				{"step out", false, s.StepOut},
				{"step into", false, s.StepInto},
			}
			for _, st := range steps {
				if !st.reverse || !noHistory {
					snap, err := st.do()
					check(st.name, snap, err)
				}
			}
			for s.Snapshot().State != StateFinished {
				snap, err := s.Continue()
				check("continue", snap, err)
			}
			snap, err = s.Invoke("div", []string{"1", "0"})
			check("invoke a trap", snap, err)
			if snap, err = s.Continue(); snap == nil || snap.State != StateTrapped {
				t.Fatalf("div by 0: %v %v", snap, err)
			}
			check("trap", snap, err)
		})
	}
}

func TestRecentOff(t *testing.T) {
	ok := must(t)
	s := newTestSession(t, Options{}, "fact.wat")
	ok(s.Invoke("fact", []string{"3"}))
	ok(s.StepInto())
	if got := s.Recent(10); got != nil {
		t.Fatalf("Recent without Options.Recent = %v, want nil", got)
	}
}

// TestProgress reads Progress from another goroutine while a long loop
// runs (run it with -race), pauses the loop once it has moved, and checks
// that at the stop Progress says what the snapshot says.
func TestProgress(t *testing.T) {
	for _, opts := range []Options{{}, {NoHistory: true, Recent: 16}} {
		ok := must(t)
		s := newTestSession(t, opts, "bench.wat")
		ok(s.Invoke("sum", []string{"2000000000"}))
		if steps, loc := s.Progress(); steps != 0 || loc.FuncName != `"sum"` || loc.Instr != 0 {
			t.Fatalf("at the entry: Progress = %d %+v", steps, loc)
		}
		moved := make(chan uint64)
		go func() {
			deadline := time.Now().Add(10 * time.Second)
			var last uint64
			for time.Now().Before(deadline) {
				steps, loc := s.Progress()
				if steps < last {
					t.Errorf("progress went back from %d to %d", last, steps)
				}
				last = steps
				if steps >= 2*progressInterval && loc.FuncName == `"sum"` {
					break
				}
				time.Sleep(time.Millisecond)
			}
			s.Pause()
			moved <- last
		}()
		snap := ok(s.Continue())
		seen := <-moved
		if snap.Reason != StopPause || seen == 0 {
			t.Fatalf("%+v: stopped by %s after progress %d; want a pause after some progress", opts, snap.Reason, seen)
		}
		steps, loc := s.Progress()
		if steps != snap.Steps || !reflect.DeepEqual(loc, snap.Current().Location) {
			t.Fatalf("at the pause: Progress = %d %+v, snapshot %d %+v", steps, loc, snap.Steps, snap.Current().Location)
		}
	}
}
