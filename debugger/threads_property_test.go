package debugger

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// threadsDump is stateDump plus every thread: its status, where it is and
// its frames' locals and operand stacks.
func threadsDump(s *Session) string {
	var b strings.Builder
	b.WriteString(stateDump(s))
	g := s.threads
	fmt.Fprintf(&b, "on %d\n", g.on)
	for _, d := range g.list {
		st, addr := g.sched.Status(d.id)
		fmt.Fprintf(&b, "thread %d status %d wait %x steps %d:", d.id, st, addr, d.t.Steps())
		for i := range d.t.Depth() {
			fv := d.t.Frame(i)
			fmt.Fprintf(&b, " [%s+%d locals %v stack %v]", s.funcName(fv.Func), fv.PC, fv.Locals, fv.Stack)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// forward runs the call n positions on, every thread taking its turns.
func forward(s *Session, n uint64) (*Snapshot, error) {
	return s.resume(target{reason: StopStep, atSet: true, at: s.call.pos + n})
}

// checkThreadsReverse runs a threaded call forward one position at a time
// recording every state, then goes back k and forward again at random:
// N forward then k back must equal N-k forward, for all threads' stacks
// and the shared memory, and going forward again must replay the same
// interleaving.
func checkThreadsReverse(t *testing.T, s *Session, args []string, maxSteps uint64, rng *rand.Rand) {
	t.Helper()
	snap, err := s.Invoke("run", args)
	if err != nil {
		t.Fatal(err)
	}
	states := map[uint64]string{0: threadsDump(s)}
	for snap.State == StateStopped && snap.Steps < maxSteps {
		if snap, err = forward(s, 1); err != nil {
			t.Fatal(err)
		}
		states[snap.Steps] = threadsDump(s)
	}
	if len(s.threads.list) < 2 {
		t.Fatalf("no thread spawned in %d steps", snap.Steps)
	}
	n := snap.Steps
	for i := 0; i < 6 && n > 0; i++ {
		k := 1 + uint64(rng.Int63n(int64(n)))
		for range k {
			if _, err := s.StepBack(); err != nil {
				t.Fatalf("step back: %v", err)
			}
		}
		if got := threadsDump(s); got != states[n-k] {
			t.Fatalf("%d forward then %d back:\n%s\nwant the state after %d forward:\n%s", n, k, got, n-k, states[n-k])
		}
		if _, err := forward(s, k); err != nil {
			t.Fatal(err)
		}
		if got := threadsDump(s); got != states[n] {
			t.Fatalf("back %d and forward again differs:\n%s\nwant\n%s", k, got, states[n])
		}
	}
}

func TestThreadsReverseMatchesForward(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, tc := range []struct {
		file string
		args []string
	}{
		{"threads_counter.wat", []string{"2", "5"}},
		{"threads_mutex.wat", []string{"2", "4"}},
		{"threads_queue.wat", []string{"6"}},
	} {
		for _, seed := range []uint64{1, 2} {
			t.Run(fmt.Sprintf("%s/seed%d", tc.file, seed), func(t *testing.T) {
				checkThreadsReverse(t, threadSession(t, seed, tc.file), tc.args, 600, rng)
			})
		}
	}
}

// machineDump is the program's state apart from which thread the session
// shows: the memories and every thread.
func machineDump(s *Session) string {
	dump := threadsDump(s)
	var keep []string
	for _, line := range strings.Split(dump, "\n") {
		if strings.HasPrefix(line, "memory ") || strings.HasPrefix(line, "thread ") {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}

// TestThreadsReverseAfterMixedCommands mixes scheduled runs, steps of a
// selected thread with the others frozen or running, thread selections
// and steps back: whatever the mix, k back lands on the state last seen k positions
// earlier, and the same number forward comes back to where it was.
func TestThreadsReverseAfterMixedCommands(t *testing.T) {
	for _, seed := range []uint64{1, 2} {
		rng := rand.New(rand.NewSource(int64(seed)))
		s := threadSession(t, seed, "threads_mutex.wat")
		snap, err := s.Invoke("run", []string{"2", "3"})
		if err != nil {
			t.Fatal(err)
		}
		states := map[uint64]string{0: machineDump(s)}
		for i := 0; i < 400 && snap.State == StateStopped; i++ {
			from := snap.Steps
			switch r := rng.Intn(11); {
			case r < 5:
				snap, err = forward(s, 1)
			case r < 7:
				snap, err = s.StepInto()
			case r < 8:
				snap, err = s.SelectThread(rng.Intn(len(s.threads.list)))
			case r < 9:
				s.SetStepOthers(!s.stepOthers)
			case snap.Steps > 0:
				k := min(1+uint64(rng.Int63n(12)), snap.Steps)
				here := snap.Steps
				for range k {
					if snap, err = s.StepBack(); err != nil {
						t.Fatal(err)
					}
				}
				if want, seen := states[here-k]; seen && machineDump(s) != want {
					got := machineDump(s)
					t.Fatalf("seed %d, command %d: %d back from %d:\n%s\nwant\n%s", seed, i, k, here, got, states[here-k])
				}
				if snap, err = forward(s, k); err != nil {
					t.Fatal(err)
				}
				if got := machineDump(s); got != states[here] {
					t.Fatalf("seed %d, command %d: %d back and forward again:\n%s\nwant\n%s", seed, i, k, got, states[here])
				}
			}
			if err != nil {
				t.Fatal(err)
			}
			for q := from + 1; q < snap.Steps; q++ {
				delete(states, q) // passed over (a step with the others running): not seen on this timeline
			}
			states[snap.Steps] = machineDump(s)
		}
	}
}
