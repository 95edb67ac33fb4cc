package debugger

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"wasmstep/vm"
	"wasmstep/vm/host"
)

// threadOptions link WASI and wasi-threads (the debugger's spawn replaces
// the host's refusal), with schedule seed seed.
func threadOptions(seed uint64) Options {
	return Options{ScheduleSeed: seed, checkpointEvery: 50, Link: func(l *host.Linker, st *vm.Store, w io.Writer) (io.Closer, error) {
		return host.Install(l, st, host.ProgramConfig{Output: w, WASI: host.WASIConfig{Stdout: w, Stderr: w}})
	}}
}

// threadSession loads an example of examples/ into a session.
func threadSession(t *testing.T, seed uint64, example string) *Session {
	t.Helper()
	s := NewSession(threadOptions(seed))
	t.Cleanup(func() { s.Close() })
	path := filepath.Join("..", "examples", example)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LoadSource(path, data); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestThreadExamplesUnderTheDebugger: the wasi-threads examples spawn and
// finish under a session, with the right totals, for two seeds.
func TestThreadExamplesUnderTheDebugger(t *testing.T) {
	for _, tc := range []struct {
		file string
		args []string
		want uint64
	}{
		{"threads_counter.wat", []string{"3", "20"}, 60},
		{"threads_mutex.wat", []string{"3", "20"}, 60},
		{"threads_queue.wat", []string{"30"}, 30 * 31 / 2},
	} {
		for _, seed := range []uint64{1, 2} {
			s := threadSession(t, seed, tc.file)
			if _, err := s.Invoke("run", tc.args); err != nil {
				t.Fatal(err)
			}
			snap, err := s.Continue()
			if err != nil {
				t.Fatal(err)
			}
			if snap.State != StateFinished || len(snap.Results) != 1 || snap.Results[0].Lo != tc.want {
				t.Errorf("%s seed %d: %s %s %v, want %d", tc.file, seed, snap.State, snap.Message, snap.Results, tc.want)
			}
			if len(snap.Threads) < 2 {
				t.Errorf("%s seed %d: %d threads listed", tc.file, seed, len(snap.Threads))
			}
		}
	}
}

// TestBreakpointOfAThreadSwitchedIn: a breakpoint planted where another
// thread than the shown one stands stops that thread when a continue
// starts with its turn, as any new hit does.
func TestBreakpointOfAThreadSwitchedIn(t *testing.T) {
	s := threadSession(t, 1, "threads_counter.wat")
	if _, err := s.Invoke("run", []string{"2", "3"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakInstr, Func: "wasi_thread_start", Instr: 8}); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Continue()
	if err != nil || snap.Reason != StopBreakpoint {
		t.Fatalf("first stop: %v %+v", err, snap)
	}
	x := snap.Thread
	if snap, err = s.StepInto(); err != nil || snap.Thread != x {
		t.Fatalf("step: %v, thread %d", err, snap.Thread)
	}
	at := snap.Frames[0].Location.Instr
	if _, err := s.SelectThread(0); err != nil {
		t.Fatal(err)
	}
	b, err := s.SetBreakpoint(BreakSpec{Kind: BreakInstr, Func: "wasi_thread_start", Instr: at, ThreadOnly: true, Thread: x})
	if err != nil {
		t.Fatal(err)
	}
	snap, err = s.Continue()
	if err != nil || snap.Reason != StopBreakpoint || snap.Thread != x || snap.Frames[0].Location.Instr != at {
		t.Fatalf("continue: %v, %s in thread %d: %s", err, snap.Reason, snap.Thread, snap.Message)
	}
	if bs := s.Breakpoints(); bs[len(bs)-1].ID != b.ID || bs[len(bs)-1].Hits != 1 {
		t.Errorf("breakpoints: %+v", bs)
	}
	stoppedAt := snap.Steps
	if snap, err = s.Continue(); err != nil || snap.Steps <= stoppedAt {
		t.Fatalf("second continue: %v, stopped at step %d again", err, snap.Steps)
	}
}

// TestStepWithOthersRunning: with SetStepOthers, the other threads take
// their turns during a step, which still stops in the stepping thread.
func TestStepWithOthersRunning(t *testing.T) {
	s := threadSession(t, 2, "threads_counter.wat")
	if _, err := s.Invoke("run", []string{"2", "50"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakInstr, Func: "wasi_thread_start", Instr: 8}); err != nil {
		t.Fatal(err)
	}
	snap, err := s.Continue()
	if err != nil || snap.Reason != StopBreakpoint {
		t.Fatalf("first stop: %v %+v", err, snap)
	}
	s.bps.list[0].Enabled = false
	s.bps.replant(s)
	x := snap.Thread
	others := func() (n uint64) {
		for _, d := range s.threads.list {
			if d.id != x {
				n += d.t.Steps()
			}
		}
		return n
	}
	frozen := others()
	for range 20 {
		if snap, err = s.StepInto(); err != nil || snap.Thread != x {
			t.Fatalf("frozen step: %v, stopped in thread %d", err, snap.Thread)
		}
	}
	if others() != frozen {
		t.Errorf("the others ran %d instructions while frozen", others()-frozen)
	}
	s.SetStepOthers(true)
	for range 150 { // more than a turn's quantum
		if snap, err = s.StepInto(); err != nil || snap.Thread != x {
			t.Fatalf("step with the others running: %v, stopped in thread %d", err, snap.Thread)
		}
	}
	if others() == frozen {
		t.Error("the others did not run during steps with them running")
	}
}

// TestReverseStepOverStaysInItsThread: rnext goes back to the shown
// thread's previous instruction, over the other threads' turns between.
func TestReverseStepOverStaysInItsThread(t *testing.T) {
	s := threadSession(t, 1, "threads_counter.wat")
	if _, err := s.Invoke("run", []string{"2", "30"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakInstr, Func: "wasi_thread_start", Instr: 8}); err != nil {
		t.Fatal(err)
	}
	var stops []*Snapshot
	for range 6 {
		snap, err := s.Continue()
		if err != nil || snap.Reason != StopBreakpoint {
			t.Fatalf("continue: %v %+v", err, snap)
		}
		stops = append(stops, snap)
	}
	last := stops[len(stops)-1]
	for i := 0; i < 200; i++ { // more than a turn: it crosses the others'
		snap, err := s.ReverseStepOver()
		if err != nil {
			t.Fatal(err)
		}
		if snap.Reason == StopHistoryStart {
			break // before the thread's first instruction
		}
		if snap.Thread != last.Thread {
			t.Fatalf("rnext %d from thread %d stopped in thread %d", i, last.Thread, snap.Thread)
		}
	}
}
