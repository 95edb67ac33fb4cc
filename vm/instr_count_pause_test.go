package vm

import (
	"testing"
	"time"
)

// spinLoops are spin loops a pause must stop at once, with the debug
// form's count, among them one-op loops whose loop follows instructions
// that emit nothing. period is how many instructions one turn runs.
var spinLoops = []struct {
	name, fn string
	period   int
}{
	{"loop br", `(func (export "f") (loop $l (br $l)))`, 2},
	{"nop loop br", `(func (export "f") nop (loop $l (br $l)))`, 2},
	{"if end loop br", `(func (export "f") (if (i32.const 1) (then nop)) (loop $l (br $l)))`, 2},
	{"block loop br", `(func (export "f") (block (loop $l (br $l))))`, 2},
	{"nop nop loop nop br", `(func (export "f") nop nop (loop $l nop (br $l)))`, 3},
	{"block end loop br_if", `(func (export "f") (block nop) (loop $l (br_if $l (i32.const 1))))`, 3},
	{"loop in a loop", `(func (export "f") (loop $o nop (loop $l (br $l))))`, 2},
	{"dead else spin", `(func (export "f") (if (i32.const 0) (then (unreachable)) (else)) (loop $l (br $l)))`, 2},
}

// spinPoints is the debug form's trace of f's first n instructions.
func spinPoints(t *testing.T, inst *Instance, f *Function, n int) []countPoint {
	th := inst.Store.NewThread()
	th.UseDebugForm(true)
	if err := th.Start(f, nil); err != nil {
		t.Fatal(err)
	}
	var points []countPoint
	th.RunDebug(func(th *Thread) bool {
		points = append(points, pointOf(th))
		return len(points) >= n
	})
	return points
}

// spinPoint is where the debug form is after c instructions: past the
// trace, the loop repeats every period instructions.
func spinPoint(points []countPoint, c uint64, period int) countPoint {
	n := uint64(len(points))
	if c < n {
		return points[c]
	}
	first := n - 2*uint64(period)
	return points[first+(c-first)%uint64(period)]
}

func TestPauseSpinLoops(t *testing.T) {
	for _, sl := range spinLoops {
		t.Run(sl.name, func(t *testing.T) {
			inst := instantiateWat(t, "spin.wat", []byte("(module "+sl.fn+")"))
			f := inst.ExportedFunc("f")
			points := spinPoints(t, inst, f, 64)
			period := sl.period
			check := func(th *Thread, reason StopReason) {
				t.Helper()
				if reason != StopPaused {
					t.Fatalf("fast form stopped: %s, want paused", reason)
				}
				c := th.Steps()
				if p, want := pointOf(th), spinPoint(points, c, period); p != want {
					t.Fatalf("fast form paused after %d instructions at instruction %d; the debug form was at %d", c, p.pc, want.pc)
				}
			}

			// A pause every 1 to 3 ops stops each time, where the debug form is.
			defer func(n int) { pollInterval = n }(pollInterval)
			th := inst.Store.NewThread()
			th.UseDebugForm(false)
			if err := th.Start(f, nil); err != nil {
				t.Fatal(err)
			}
			for k := range 60 {
				pollInterval = 1 + k%3
				th.Pause()
				check(th, runBounded(t, th, 0))
			}
			pollInterval = 1 << 10

			// A pause from another goroutine (Ctrl-C, a timeout, a thread
			// ending the program) stops the running loop promptly.
			check(th, runBounded(t, th, 5*time.Millisecond))
		})
	}
}

// runBounded runs th, pausing it after wait, and fails if it does not stop
// within seconds (a pause that never stops would hang the test instead).
func runBounded(t *testing.T, th *Thread, wait time.Duration) StopReason {
	t.Helper()
	done := make(chan StopReason, 1)
	go func() { done <- th.Run() }()
	if wait > 0 {
		time.Sleep(wait)
		th.Pause()
	}
	select {
	case r := <-done:
		return r
	case <-time.After(20 * time.Second):
		t.Fatal("Pause did not stop the spin loop")
		return StopNone
	}
}
