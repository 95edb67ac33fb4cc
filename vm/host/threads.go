package host

import (
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// WASIThreadsModule is the import module of wasi-threads' thread-spawn.
const WASIThreadsModule = "wasi"

// ThreadStartExport is the export a spawned thread runs.
const ThreadStartExport = "wasi_thread_start"

// stopGrace bounds how long the end of a program waits for its other
// threads to stop; one blocked in a host call cannot be interrupted.
const stopGrace = 2 * time.Second

// Threads runs wasi-threads with real concurrency: thread-spawn
// instantiates the calling module again (its imported shared memory is the
// same memory) and runs wasi_thread_start(tid, arg) on a goroutine of its
// own. The first thread to fail, or to call proc_exit, ends the program:
// every other thread is paused and the caller of Invoke gets its error.
type Threads struct {
	linker *Linker
	store  *vm.Store

	mu      sync.Mutex // guards what follows and serialises instantiation
	next    int32      // the last thread id given out
	running map[*vm.Thread]int32
	end     *ThreadError // how the program ended; nil while it runs
	done    sync.WaitGroup

	sched *vm.Scheduler // set by Deterministic: threads run interleaved on the caller's goroutine
	// refuse, when set, makes every spawn fail with a note written to it.
	refuse io.Writer
}

// ThreadError is the error that ended a program, with the thread that
// raised it (0: the thread of the call, the main one; -1: no thread, a
// deadlock). It unwraps to the error itself.
type ThreadError struct {
	TID     int32
	Err     error
	Spawned bool // the program spawned threads, so the thread is worth naming
}

func (e *ThreadError) Error() string {
	if e.TID < 0 {
		return e.Err.Error()
	}
	return fmt.Sprintf("thread %d: %v", e.TID, e.Err)
}
func (e *ThreadError) Unwrap() error { return e.Err }

func newThreads(l *Linker, s *vm.Store) *Threads {
	return &Threads{linker: l, store: s, running: map[*vm.Thread]int32{}}
}

// Exports returns thread-spawn, to be defined under WASIThreadsModule.
func (ts *Threads) Exports() map[string]vm.Extern {
	ft := wasm.FuncType{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}
	return map[string]vm.Extern{
		"thread-spawn": vm.NewHostFunc(ft, "thread-spawn", func(ctx *vm.CallContext, args []vm.Value) ([]vm.Value, error) {
			return []vm.Value{vm.I32(ts.spawn(ctx.Caller, int32(args[0].Bits)))}, nil
		}),
	}
}

// spawn starts a thread and returns its id, or -1 when it cannot (the
// program is ending, the module cannot be instantiated again or does not
// export wasi_thread_start).
func (ts *Threads) spawn(caller *vm.Instance, arg int32) int32 {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.refuse != nil {
		fmt.Fprintln(ts.refuse, "wasmstep: thread-spawn refused: this embedding runs one thread (use wasmstep run)")
		return -1
	}
	if caller == nil || ts.end != nil || ts.next == 1<<29-1 { // ids are positive and below 2^29
		return -1
	}
	inst, err := ts.linker.Instantiate(ts.store, caller.Info)
	if err != nil {
		return -1
	}
	f := inst.ExportedFunc(ThreadStartExport)
	if f == nil {
		return -1
	}
	ts.next++
	tid := ts.next
	t := ts.store.NewThread()
	if ts.sched != nil {
		ts.sched.Add(t)
		if t.Start(f, []vm.Value{vm.I32(tid), vm.I32(arg)}) != nil {
			return -1
		}
		return tid
	}
	ts.running[t] = tid
	ts.done.Add(1)
	go func() {
		defer ts.done.Done()
		_, err := t.Invoke(f, vm.I32(tid), vm.I32(arg))
		ts.finish(t, err)
	}()
	return tid
}

// Invoke calls f on a new thread of the program (the main thread) and
// waits for it. When another thread ends the program first, Invoke
// returns that thread's *ThreadError; an error of the call itself comes
// back as one too once the program has spawned threads.
func (ts *Threads) Invoke(f *vm.Function, args ...vm.Value) ([]vm.Value, error) {
	return ts.InvokeOn(ts.store.NewThread(), f, args...)
}

// InvokeOn is Invoke on a thread the caller made, so that it can pause it
// (a timeout, Ctrl-C) and say where it stopped.
func (ts *Threads) InvokeOn(t *vm.Thread, f *vm.Function, args ...vm.Value) ([]vm.Value, error) {
	if ts.sched != nil {
		return ts.invokeScheduled(t, f, args)
	}
	ts.mu.Lock()
	if ts.end != nil {
		ts.mu.Unlock()
		return nil, ts.end
	}
	ts.running[t] = 0
	ts.mu.Unlock()
	stopWatch := ts.watchDeadlock()
	res, err := t.Invoke(f, args...)
	stopWatch()
	ts.finish(t, err)
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if ts.end != nil {
		return nil, ts.end
	}
	return res, nil
}

// finish records that t returned with err; the first error ends the
// program and pauses every other thread.
func (ts *Threads) finish(t *vm.Thread, err error) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	tid := ts.running[t]
	delete(ts.running, t)
	if err == nil || ts.end != nil {
		return
	}
	ts.end = &ThreadError{TID: tid, Err: err, Spawned: ts.next > 0}
	for other := range ts.running {
		other.Pause()
	}
}

// Stop ends the program's spawned threads (when its last call returns):
// it pauses them and waits, up to a grace period, for them to stop.
func (ts *Threads) Stop() {
	ts.mu.Lock()
	if ts.end == nil {
		ts.end = &ThreadError{Err: errProgramEnded}
	}
	for t := range ts.running {
		t.Pause()
	}
	ts.mu.Unlock()
	stopped := make(chan struct{})
	go func() {
		ts.done.Wait()
		close(stopped)
	}()
	select {
	case <-stopped:
	case <-time.After(stopGrace):
	}
}

var errProgramEnded = errors.New("the program ended")

// Deterministic makes the program's threads run interleaved on the
// caller's goroutine by a scheduler drawing from seed (see vm.Scheduler),
// so a run can be repeated exactly. Call it before the first Invoke.
func (ts *Threads) Deterministic(seed uint64) { ts.sched = vm.NewScheduler(seed) }

// Schedule returns the turns a deterministic run took (nil otherwise).
func (ts *Threads) Schedule() []vm.Turn {
	if ts.sched == nil {
		return nil
	}
	return ts.sched.Turns
}

// invokeScheduled is Invoke under the scheduler: the call is thread 0 the
// first time, and the program ends when it returns.
func (ts *Threads) invokeScheduled(t *vm.Thread, f *vm.Function, args []vm.Value) ([]vm.Value, error) {
	if ts.end != nil {
		return nil, ts.end
	}
	id := ts.sched.Add(t)
	if err := t.Start(f, args); err != nil {
		return nil, err
	}
	err := ts.sched.RunUntil(id)
	if err == nil {
		return t.Results(), nil
	}
	var tf *vm.ThreadFailure
	if !errors.As(err, &tf) {
		return nil, err // a deadlock: no thread to blame
	}
	ts.end = &ThreadError{TID: int32(tf.Thread), Err: tf.Err, Spawned: ts.next > 0}
	return nil, ts.end
}

// deadlockPoll is how often a running program is checked for a deadlock.
const deadlockPoll = 50 * time.Millisecond

// watchDeadlock ends the program with vm.ErrDeadlock when every one of its
// threads waits with no timeout on two looks in a row (a woken thread may
// still be counted on one). It returns the function that stops watching.
func (ts *Threads) watchDeadlock() (stop func()) {
	quit := make(chan struct{})
	go func() {
		tick := time.NewTicker(deadlockPoll)
		defer tick.Stop()
		strikes := 0
		for {
			select {
			case <-quit:
				return
			case <-tick.C:
			}
			ts.mu.Lock()
			if n := int64(len(ts.running)); n > 0 && ts.store.Blocked() >= n && ts.end == nil {
				strikes++
			} else {
				strikes = 0
			}
			if strikes == 2 {
				ts.end = &ThreadError{TID: -1, Err: vm.ErrDeadlock, Spawned: ts.next > 0}
				for t := range ts.running {
					t.Pause()
				}
			}
			ts.mu.Unlock()
		}
	}()
	return func() { close(quit) }
}
