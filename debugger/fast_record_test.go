package debugger

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"
)

// forwardStates steps a call to its end (or maxSteps) in the debug loop
// and returns the state after each number of instructions, and the last.
func forwardStates(t *testing.T, s *Session, export string, args []string, maxSteps int) (map[uint64]string, uint64) {
	t.Helper()
	snap, err := s.Invoke(export, args)
	if err != nil {
		t.Fatalf("invoke %s: %v", export, err)
	}
	states := map[uint64]string{0: stateDump(s)}
	for snap.State == StateStopped && snap.Steps < uint64(maxSteps) {
		if snap, err = s.StepInto(); err != nil {
			t.Fatal(err)
		}
		if _, ok := states[snap.Steps]; !ok {
			states[snap.Steps] = stateDump(s)
		}
	}
	return states, snap.Steps
}

// checkFastHistory records a call in the fast loop (Continue, with
// breakpoints planted at random instructions of its entry function), then
// travels to random positions of it, back and forth, and checks every stop
// against the state the debug loop reached there one step at a time.
func checkFastHistory(t *testing.T, stepping, s *Session, export string, args []string, rng *rand.Rand) {
	t.Helper()
	states, end := forwardStates(t, stepping, export, args, 1<<30)
	snap, err := s.Invoke(export, args)
	if err != nil {
		t.Fatal(err)
	}
	body := s.curFunc().Def.BodyLen()
	for range 2 {
		if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakInstr, Func: export, Instr: rng.Intn(body)}); err != nil {
			t.Fatal(err)
		}
	}
	var hits []uint64
	for snap.State == StateStopped {
		if snap, err = s.Continue(); err != nil {
			t.Fatal(err)
		}
		if snap.Reason == StopBreakpoint {
			hits = append(hits, snap.Steps)
		}
		if want, ok := states[snap.Steps]; snap.State == StateStopped && (!ok || stateDump(s) != want) {
			t.Fatalf("%s: breakpoint stop after %d instructions:\n%s\nwant\n%s", export, snap.Steps, stateDump(s), want)
		}
	}
	if snap.Steps != end {
		t.Fatalf("%s: the fast loop ended after %d instructions, the debug loop after %d", export, snap.Steps, end)
	}
	// Reverse continue finds the same hits backwards, then the start.
	for k := len(hits) - 1; k >= -1; k-- {
		back := must(t)(s.ReverseContinue())
		if k < 0 {
			// The start itself, or a breakpoint on the call's first instruction.
			if back.Steps != 0 || (back.Reason != StopHistoryStart && back.Reason != StopBreakpoint) {
				t.Fatalf("%s: reverse continue past the first hit: %s at %d", export, back.Reason, back.Steps)
			}
			break
		}
		if back.Reason != StopBreakpoint || back.Steps != hits[k] || stateDump(s) != states[hits[k]] {
			t.Fatalf("%s: reverse continue: %s at %d, want the hit at %d (hits %v, end %d)\n%+v", export, back.Reason, back.Steps, hits[k], hits, end, s.Breakpoints())
		}
	}
	for i := 0; i < 10 && end > 0; i++ {
		k := uint64(rng.Int63n(int64(end)))
		g, err := s.Goto(k)
		if err != nil {
			t.Fatalf("%s: goto %d: %v", export, k, err)
		}
		if g.Steps != k && g.Reason != StopBreakpoint { // going forward, a breakpoint comes first
			t.Fatalf("%s: goto %d stopped after %d instructions (%s)", export, k, g.Steps, g.Reason)
		}
		k = g.Steps
		if got := stateDump(s); got != states[k] {
			t.Fatalf("%s: goto %d of %d:\n%s\nwant\n%s", export, k, end, got, states[k])
		}
		if k > 0 {
			back := must(t)(s.StepBack())
			if got := stateDump(s); back.Steps != k-1 || got != states[k-1] {
				t.Fatalf("%s: goto %d then back:\n%s\nwant\n%s", export, k, got, states[k-1])
			}
		}
	}
}

func TestFastHistoryMatchesStepping(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	for _, tc := range []struct {
		file, export string
		args         []string
	}{
		{"fact.wat", "store", []string{"6"}},
		{"fact.wat", "div", []string{"7", "0"}},
		{"gc.wat", "build", []string{"5"}},
	} {
		stepping := newTestSession(t, Options{}, tc.file)
		s := newTestSession(t, Options{checkpointEvery: 7}, tc.file)
		checkFastHistory(t, stepping, s, tc.export, tc.args, rng)
	}
	for i := range 12 {
		src := genProgram(rng)
		n := fmt.Sprint(1 + rng.Intn(40))
		var sessions [2]*Session
		for j := range sessions {
			sessions[j] = NewSession(Options{checkpointEvery: uint64(1 + j*6)})
			if err := sessions[j].LoadSource(fmt.Sprintf("gen%d.wat", i), []byte(src)); err != nil {
				t.Fatalf("%v\n%s", err, src)
			}
		}
		checkFastHistory(t, sessions[0], sessions[1], "main", []string{n}, rng)
	}
}

// A run long enough that replays go most of the way in the fast loop
// (fastForward) and forward travel runs it too.
func TestFastHistoryLongRun(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	src := genProgram(rng)
	var sessions [2]*Session
	for j := range sessions {
		// Checkpoints far apart: replays go most of the way in the fast loop.
		sessions[j] = NewSession(Options{checkpointEvery: 1 << 18})
		if err := sessions[j].LoadSource("long.wat", []byte(src)); err != nil {
			t.Fatalf("%v\n%s", err, src)
		}
		must(t)(sessions[j].Invoke("main", []string{"14000"}))
	}
	stepping, s := sessions[0], sessions[1]
	end := must(t)(s.Continue()).Steps
	if end < 6*replayMargin {
		t.Fatalf("the run is %d instructions, too short to test", end)
	}
	var at []uint64
	for range 4 {
		at = append(at, 2*replayMargin+uint64(rng.Int63n(int64(end/2-2*replayMargin))))
	}
	slices.Sort(at)
	// A watchpoint on bytes the program never writes keeps the reference
	// session in the debug loop.
	if _, err := stepping.WatchMemory(0, 65000, 4); err != nil {
		t.Fatal(err)
	}
	for _, k := range at {
		if snap := must(t)(stepping.Goto(k)); snap.Steps != k || snap.DebugLoop == "" {
			t.Fatalf("reference goto %d stopped after %d (debug loop %q)", k, snap.Steps, snap.DebugLoop)
		}
		for _, to := range []uint64{k, end - 1, k} { // back, forward, back again
			if snap := must(t)(s.Goto(to)); snap.Steps != to {
				t.Fatalf("goto %d stopped after %d", to, snap.Steps)
			}
		}
		if got, want := stateDump(s), stateDump(stepping); got != want {
			t.Fatalf("goto %d of %d:\n%s\nwant\n%s", k, end, got, want)
		}
	}
}

// Step over a call and step out run the fast loop (stopping where the
// frame count drops) and reach the same states as the debug loop's hook.
func TestFastStepsMatchTheHook(t *testing.T) {
	rng := rand.New(rand.NewSource(6))
	fast := 0
	for i := range 30 {
		src, export, args := genProgram(rng), "main", []string{fmt.Sprint(3 + rng.Intn(10))}
		var ss [2]*Session
		for j := range ss {
			ss[j] = NewSession(Options{NoHistory: j == 0})
			if err := ss[j].LoadSource(fmt.Sprintf("gen%d.wat", i), []byte(src)); err != nil {
				t.Fatal(err)
			}
			must(t)(ss[j].Invoke(export, args))
		}
		// A watchpoint on bytes never written keeps the first session,
		// without history, in the hook.
		if _, err := ss[0].WatchMemory(0, 65000, 4); err != nil {
			t.Fatal(err)
		}
		for k := 0; k < 200 && ss[1].Snapshot().State == StateStopped; k++ {
			var snaps [2]*Snapshot
			cmd := rng.Intn(3)
			for j, s := range ss {
				switch cmd {
				case 0:
					snaps[j] = must(t)(s.StepOver())
				case 1:
					snaps[j] = must(t)(s.StepInto())
				default:
					snaps[j] = must(t)(s.StepOut())
				}
			}
			if snaps[0].DebugLoop == "" {
				t.Fatal("the reference session ran the fast loop")
			}
			if snaps[1].DebugLoop == "" {
				fast++
			}
			if a, b := stateDump(ss[0]), stateDump(ss[1]); a != b {
				t.Fatalf("command %d (%d):\nhook:\n%s\nfast:\n%s\n%s", k, cmd, a, b, src)
			}
		}
	}
	if fast < 20 {
		t.Errorf("only %d steps ran the fast loop", fast)
	}
}
