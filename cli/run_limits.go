package cli

import (
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"sync"
	"time"

	"wasmstep/vm"
	"wasmstep/vm/host"
	"wasmstep/vm/wasm"
)

// runLimits bound a run: --max-steps (instructions per call), --timeout
// (wall-clock time per call) and --max-memory (memory_limit.go). They go
// anywhere on the command line.
type runLimits struct {
	maxSteps  uint64
	timeout   time.Duration
	maxMemory uint64 // 0 until given: memory() supplies the default
}

// memory is the --max-memory limit or the default.
func (l runLimits) memory() uint64 {
	if l.maxMemory == 0 {
		return host.DefaultMaxMemory()
	}
	return l.maxMemory
}

// parseFlag consumes a limit flag; ok is false when a is not one.
func (l *runLimits) parseFlag(a string, value func() (string, error)) (ok bool, err error) {
	switch a {
	case "--max-steps":
		v, err := value()
		if err != nil {
			return true, err
		}
		if l.maxSteps, err = strconv.ParseUint(v, 10, 64); err != nil || l.maxSteps == 0 {
			return true, fmt.Errorf("--max-steps %s: want a positive number of instructions", v)
		}
	case "--timeout":
		v, err := value()
		if err != nil {
			return true, err
		}
		if l.timeout, err = time.ParseDuration(v); err != nil || l.timeout <= 0 {
			return true, fmt.Errorf("--timeout %s: want a positive duration such as 10s or 1m30s", v)
		}
	case "--max-memory":
		v, err := value()
		if err != nil {
			return true, err
		}
		if l.maxMemory, err = parseSize(v); err != nil {
			return true, err
		}
	default:
		return false, nil
	}
	return true, nil
}

// interrupter stops a running call from outside its goroutine: the
// timeout's timer or Ctrl-C pauses the thread at its next instruction
// boundary and wakes a sleeping poll_oneoff through the WASI interrupt.
type interrupter struct {
	wake chan struct{} // the WASI configuration's Interrupt

	mu     sync.Mutex
	th     *vm.Thread
	reason string
}

// fire records why the call is stopped and stops it.
func (in *interrupter) fire(reason string) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.th == nil || in.reason != "" {
		return
	}
	in.reason = reason
	in.th.Pause()
	select {
	case in.wake <- struct{}{}:
	default:
	}
}

// run makes a call on th under the limits (invoke runs it); reason is why
// an interruption stopped it ("" if none did).
func (in *interrupter) run(th *vm.Thread, l runLimits, invoke func() ([]vm.Value, error)) (results []vm.Value, reason string, err error) {
	in.mu.Lock()
	in.th, in.reason = th, ""
	in.mu.Unlock()
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	done := make(chan struct{})
	var timeout <-chan time.Time
	if l.timeout > 0 {
		t := time.NewTimer(l.timeout)
		defer t.Stop()
		timeout = t.C
	}
	go func() {
		select {
		case <-timeout:
			in.fire(fmt.Sprintf("timed out after %s (--timeout)", l.timeout))
		case <-sig:
			in.fire("interrupted")
		case <-done:
		}
	}()
	results, err = invoke()
	close(done)
	signal.Stop(sig)
	in.mu.Lock()
	defer in.mu.Unlock()
	in.th, reason = nil, in.reason
	return results, reason, err
}

// whereStopped renders where a paused thread is: file:line:col, function
// and instruction.
func whereStopped(th *vm.Thread) string {
	f, pc := th.At()
	if f == nil || f.Def == nil || pc < 0 || pc >= f.Def.BodyLen() {
		return "the end of the call" // it returned before the pause took effect
	}
	in := f.Def.Body()[pc]
	at := ""
	if file := f.Inst.Module.File; file != nil {
		at = file.Position(in.Pos).String() + " "
	}
	return fmt.Sprintf("%sin %s, instruction %d (%s)", at, f, pc, wasm.Ops[in.Op].Name)
}
