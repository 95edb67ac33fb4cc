package cli

import (
	"fmt"
	"strings"
	"testing"
)

// TestThreadExamplesAlwaysAgree runs the wasi-threads examples many times
// under `run`, where every thread is a goroutine: however the threads
// interleave, the totals are exact (run with -race too).
func TestThreadExamplesAlwaysAgree(t *testing.T) {
	for _, tc := range []struct {
		file string
		args []string
		want string
	}{
		{"threads_counter.wat", []string{"run", "6", "3000"}, "i32:18000\n"},
		{"threads_mutex.wat", []string{"run", "4", "1000"}, "i32:4000\n"},
		{"threads_queue.wat", []string{"run", "3000"}, fmt.Sprintf("i32:%d\n", 3000*3001/2)},
	} {
		for i := range 25 {
			args := append([]string{"run", "../examples/" + tc.file, "--invoke"}, tc.args...)
			stdout, stderr, code := runCLI(t, args...)
			if stdout != tc.want || code != 0 {
				t.Fatalf("%s, run %d: got %q, exit %d, stderr %q; want %q", tc.file, i, stdout, code, stderr, tc.want)
			}
		}
	}
}

// TestThreadTrapNamesTheThread: a trap in a spawned thread ends the
// program, even while the main thread waits for ever, and says where.
func TestThreadTrapNamesTheThread(t *testing.T) {
	_, stderr, code := runCLI(t, "run", "testdata/threads/trap_in_thread.wat")
	want := "trap: integer divide by zero\n  at testdata/threads/trap_in_thread.wat:7:12 in func 1\n  in thread 1\n"
	if code != exitTrap || stderr != want {
		t.Errorf("exit %d, stderr:\n%s\nwant exit %d, stderr:\n%s", code, stderr, exitTrap, want)
	}
}

// TestProcExitFromAThread: proc_exit in any thread ends the whole program
// with its status, stopping the threads that still run.
func TestProcExitFromAThread(t *testing.T) {
	for range 5 {
		stdout, stderr, code := runCLI(t, "run", "testdata/threads/exit_in_thread.wat")
		if code != 7 || stdout != "" || strings.TrimSpace(stderr) != "" {
			t.Fatalf("exit %d, stdout %q, stderr %q; want exit 7 and no output", code, stdout, stderr)
		}
	}
}

// TestThreadExamplesScheduled runs the examples under two schedule seeds:
// the threads interleave on one goroutine in a seeded order, and the
// totals are the same as with real concurrency.
func TestThreadExamplesScheduled(t *testing.T) {
	for _, tc := range []struct {
		file string
		args []string
		want string
	}{
		{"threads_counter.wat", []string{"run", "3", "200"}, "i32:600\n"},
		{"threads_mutex.wat", []string{"run", "3", "200"}, "i32:600\n"},
		{"threads_queue.wat", []string{"run", "300"}, fmt.Sprintf("i32:%d\n", 300*301/2)},
	} {
		for _, seed := range []string{"1", "2"} {
			args := append([]string{"run", "../examples/" + tc.file, "--schedule-seed", seed, "--invoke"}, tc.args...)
			stdout, stderr, code := runCLI(t, args...)
			if stdout != tc.want || code != 0 {
				t.Errorf("%s, seed %s: got %q, exit %d, stderr %q; want %q", tc.file, seed, stdout, code, stderr, tc.want)
			}
		}
	}
}

// TestDebugRunsThreads: under the debugger a spawn starts a thread the
// session interleaves with the others, so the program's total is right.
func TestDebugRunsThreads(t *testing.T) {
	var stdout, stderr strings.Builder
	Main([]string{"debug", "../examples/threads_counter.wat", "--invoke", "run", "2", "10"},
		strings.NewReader("continue\nquit\n"), &stdout, &stderr)
	if !strings.Contains(stdout.String(), "finished: i32:20") {
		t.Errorf("output lacks the total:\n%s", stdout.String())
	}
}

// TestDeadlockIsReported: when every thread waits with no timeout, run
// ends with an error instead of hanging, on goroutines and scheduled.
func TestDeadlockIsReported(t *testing.T) {
	for _, extra := range [][]string{nil, {"--schedule-seed", "3"}} {
		args := append([]string{"run", "testdata/threads/deadlock.wat"}, extra...)
		_, stderr, code := runCLI(t, args...)
		if code != exitTrap || !strings.HasPrefix(stderr, "deadlock: every thread waits") {
			t.Errorf("%v: exit %d, stderr %q", extra, code, stderr)
		}
	}
}
