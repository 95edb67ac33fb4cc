package cli

import (
	"io"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

const runaway = `(module
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 200) "ready\n")
  (func $spin (export "spin") (loop $l (br $l)))
  (func (export "announce_then_spin")
    (i32.store (i32.const 300) (i32.const 200))
    (i32.store (i32.const 304) (i32.const 6))
    (drop (call $write (i32.const 1) (i32.const 300) (i32.const 1) (i32.const 400)))
    (call $spin))
  (func (export "sleep_for_centuries") (result i32)
    (i64.store (i32.const 24) (i64.const 0x7FFFFFFFFFFFFFFF))
    (call $poll (i32.const 0) (i32.const 64) (i32.const 1) (i32.const 128))))`

// A program that never ends is stopped by --max-steps or --timeout (before
// or after the files) with a message naming where it was, exit 1; a sleep
// of centuries in poll_oneoff is bounded by the timeout too.
func TestRunStepAndTimeLimits(t *testing.T) {
	wat := writeFile(t, "runaway.wat", runaway)
	for _, tc := range []struct {
		args   []string
		status int
		stderr []string
	}{
		{[]string{wat, "--invoke", "spin", "--max-steps", "100000"}, exitTrap, []string{"trap: step limit exceeded", "in $spin"}},
		{[]string{"--max-steps", "100000", wat, "--invoke", "spin"}, exitTrap, []string{"trap: step limit exceeded"}},
		{[]string{"--timeout", "200ms", wat, "--invoke", "spin"}, exitTrap,
			[]string{"wasmstep run: timed out after 200ms (--timeout)", "runaway.wat:6:", "in $spin, instruction"}},
		{[]string{wat, "--invoke", "sleep_for_centuries", "--timeout", "100ms"}, exitTrap, []string{"timed out after 100ms"}},
		{[]string{wat, "--timeout", "soon"}, exitError, []string{"--timeout soon: want a positive duration"}},
		{[]string{wat, "--max-steps", "-1"}, exitError, []string{"--max-steps -1: want a positive number"}},
	} {
		_, stderr, status := runCLI(t, append([]string{"run"}, tc.args...)...)
		if status != tc.status {
			t.Errorf("%v: exit %d, want %d (stderr %q)", tc.args, status, tc.status, stderr)
		}
		for _, want := range tc.stderr {
			if !strings.Contains(stderr, want) {
				t.Errorf("%v: stderr %q lacks %q", tc.args, stderr, want)
			}
		}
	}
}

func TestTestStepAndTimeLimits(t *testing.T) {
	wast := writeFile(t, "spin.wast", "(module (func (export \"spin\") (loop $l (br $l))))\n(assert_return (invoke \"spin\"))\n")
	for _, tc := range []struct {
		flags []string
		want  string
	}{
		{[]string{"--timeout", "100ms"}, "timed out after 100ms (--timeout)"},
		{[]string{"--max-steps", "1000"}, "step limit exceeded"},
	} {
		stdout, _, code := runCLI(t, append([]string{"test", wast}, tc.flags...)...)
		if code != exitTrap || !strings.Contains(stdout, tc.want) || !strings.HasSuffix(stdout, "0 passed, 1 failed\n") {
			t.Errorf("%v: exit %d, stdout %q", tc.flags, code, stdout)
		}
	}
}

// signalWriter collects output and reports when it first contains a text.
type signalWriter struct {
	mu   sync.Mutex
	b    strings.Builder
	want string
	seen chan struct{}
}

func newSignalWriter(want string) *signalWriter {
	return &signalWriter{want: want, seen: make(chan struct{})}
}

func (w *signalWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	had := strings.Contains(w.b.String(), w.want)
	w.b.Write(p)
	if !had && strings.Contains(w.b.String(), w.want) {
		close(w.seen)
	}
	return len(p), nil
}

func (w *signalWriter) String() string { w.mu.Lock(); defer w.mu.Unlock(); return w.b.String() }

// interruptWhen sends this process SIGINT (Ctrl-C) once w has seen its
// text, which the command prints only after it handles the signal.
func interruptWhen(t *testing.T, w *signalWriter) {
	go func() {
		select {
		case <-w.seen:
			time.Sleep(50 * time.Millisecond)
			if err := syscall.Kill(syscall.Getpid(), syscall.SIGINT); err != nil {
				t.Error(err)
			}
		case <-time.After(30 * time.Second):
			t.Error("the command never printed " + w.want)
		}
	}()
}

// Ctrl-C once ended run silently; it now says where the program was.
func TestRunCtrlCSaysWhere(t *testing.T) {
	wat := writeFile(t, "runaway.wat", runaway)
	out := newSignalWriter("ready")
	var stderr strings.Builder
	interruptWhen(t, out)
	code := Main([]string{"run", wat, "--invoke", "announce_then_spin"}, strings.NewReader(""), out, &stderr)
	if code != exitTrap || !strings.Contains(stderr.String(), "wasmstep run: interrupted\n  at ") ||
		!strings.Contains(stderr.String(), "in $spin, instruction") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}

// Ctrl-C during continue once killed the debugger and its history; it now
// pauses and the script goes on at the prompt.
func TestDebugCtrlCPausesContinue(t *testing.T) {
	wat := writeFile(t, "runaway.wat", runaway)
	in, feed := io.Pipe()
	out := newSignalWriter("(wasmstep) continue")
	var stderr strings.Builder
	interruptWhen(t, out)
	go func() {
		io.WriteString(feed, "invoke spin\ncontinue\n")
		<-out.seen
		for !strings.Contains(out.String(), "stopped (pause)") {
			time.Sleep(10 * time.Millisecond)
		}
		io.WriteString(feed, "frames\nquit\n")
		feed.Close()
	}()
	code := Main([]string{"debug", wat}, in, out, &stderr)
	got := out.String()
	if code != exitOK || !strings.Contains(got, "(wasmstep) continue\nstopped (pause)") || !strings.Contains(got, "(wasmstep) frames\n  #0 ") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, got, stderr.String())
	}
}
