package debugger

import (
	"testing"
)

// benchLoop is the iteration count of the benchmark program: about 15
// instructions each.
const benchLoop = "200000"

func benchRun(b *testing.B, opts Options, setup func(s *Session)) {
	s := newTestSession(&testing.T{}, opts, "bench.wat")
	if setup != nil {
		setup(s)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Invoke("sum", []string{benchLoop}); err != nil {
			b.Fatal(err)
		}
		snap, err := s.Continue()
		if err != nil || snap.State != StateFinished {
			b.Fatalf("%v %v", snap.State, err)
		}
	}
}

// BenchmarkPlainRun is a continue with history off: the fast loop.
func BenchmarkPlainRun(b *testing.B) { benchRun(b, Options{NoHistory: true}, nil) }

// BenchmarkBreakpointElsewhere adds a breakpoint in a function never
// called: it is planted in that function's code, so the run stays fast.
func BenchmarkBreakpointElsewhere(b *testing.B) {
	benchRun(b, Options{NoHistory: true}, func(s *Session) {
		if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakFunc, Func: "$never"}); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkSubscriber delivers a step event per instruction.
func BenchmarkSubscriber(b *testing.B) {
	benchRun(b, Options{NoHistory: true}, func(s *Session) {
		n := 0
		s.Subscribe(func(e Event) { n++ })
	})
}

// BenchmarkWindowRun does what the window does: a continue with history
// and the recent instructions kept, an output subscriber, and the trace
// pane's instructions read at the stop.
func BenchmarkWindowRun(b *testing.B) {
	benchRun(b, Options{Recent: benchRecent}, func(s *Session) {
		s.SubscribeOutput(func(Event) {})
		b.Cleanup(func() {
			if n := len(s.Recent(benchRecent)); n != benchRecent {
				b.Errorf("%d recent instructions, want %d", n, benchRecent)
			}
		})
	})
}

// benchRecent is as many recent instructions as the window's trace pane shows.
const benchRecent = 1000

// BenchmarkRecordedRun is a continue with reverse execution on (the
// default): the debug loop with the hook counting positions.
func BenchmarkRecordedRun(b *testing.B) { benchRun(b, Options{}, nil) }

// BenchmarkStepBack measures one step back after the whole call (about
// 3 million instructions): a replay from the nearest checkpoint. It
// reports the history's size and checkpoint count.
func BenchmarkStepBack(b *testing.B) {
	s := newTestSession(&testing.T{}, Options{}, "bench.wat")
	if _, err := s.Invoke("sum", []string{benchLoop}); err != nil {
		b.Fatal(err)
	}
	if _, err := s.Continue(); err != nil {
		b.Fatal(err)
	}
	h := s.call.hist
	size, cks := h.size(), len(h.cks)
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.StepBack(); err != nil {
			b.Fatal(err)
		}
		if _, err := s.StepInto(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(size), "history-B")
	b.ReportMetric(float64(cks), "checkpoints")
}

// BenchmarkStepInto measures one step and its snapshot in a program with
// one page of memory.
func BenchmarkStepInto(b *testing.B) {
	s := newTestSession(&testing.T{}, Options{}, "fact.wat")
	if _, err := s.Invoke("spin", nil); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.StepInto(); err != nil {
			b.Fatal(err)
		}
	}
}
