package vm

import (
	"errors"
	"slices"
	"testing"

	"wasmstep/vm/wasm"
)

// racyWat: each thread adds 1 to a plain counter n times with a load and a
// store, which interleavings can break; bump is the same with an atomic.
const racyWat = `(module
  (memory (export "mem") (import "env" "mem") 1 1 shared)
  (func (export "plain") (param $n i32)
    (loop $l
      (i32.store (i32.const 0) (i32.add (i32.load (i32.const 0)) (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "atomic") (param $n i32)
    (loop $l
      (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "wait") (result i32)
    (memory.atomic.wait32 (i32.const 8) (i32.const 0) (i64.const -1)))
  (func (export "wait_briefly") (result i32)
    (memory.atomic.wait32 (i32.const 8) (i32.const 0) (i64.const 1000)))
  (func (export "wake") (result i32)
    (memory.atomic.notify (i32.const 8) (i32.const 1))))`

// runScheduled runs export name with args on n threads (each its own
// instance of racyWat over one shared memory) under sched, until all end;
// it returns the counter.
func runScheduled(t *testing.T, sched *Scheduler, n int, name string, args ...Value) (uint64, error) {
	t.Helper()
	s := NewStore()
	mem, _ := NewMemory(wasm.MemType{Limits: wasm.Limits{Min: 1, Max: 1, HasMax: true}, Shared: true}, 0)
	var ids []int
	for range n {
		inst, err := s.Instantiate(validateWat(t, racyWat), []Extern{mem})
		if err != nil {
			t.Fatal(err)
		}
		th := s.NewThread()
		ids = append(ids, sched.Add(th))
		if err := th.Start(inst.ExportedFunc(name), args); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range ids {
		if err := sched.RunUntil(id); err != nil {
			return 0, err
		}
	}
	return mem.atomicLoad(0, 4), nil
}

// TestScheduleIsDeterministic: a seed fixes the interleaving, so even a
// racy program gives the same result and the same turns every time; other
// seeds interleave differently; a recorded schedule replays exactly.
func TestScheduleIsDeterministic(t *testing.T) {
	first := NewScheduler(7)
	want, err := runScheduled(t, first, 3, "plain", I32(300))
	if err != nil {
		t.Fatal(err)
	}
	again := NewScheduler(7)
	if got, _ := runScheduled(t, again, 3, "plain", I32(300)); got != want || !slices.Equal(again.Turns, first.Turns) {
		t.Fatalf("seed 7 twice: %d then %d, turns equal: %v", want, got, slices.Equal(again.Turns, first.Turns))
	}
	other := NewScheduler(8)
	runScheduled(t, other, 3, "plain", I32(300))
	if slices.Equal(other.Turns, first.Turns) {
		t.Error("seeds 7 and 8 gave the same interleaving")
	}
	replay := NewReplayScheduler(first.Turns, 99)
	if got, _ := runScheduled(t, replay, 3, "plain", I32(300)); got != want || !slices.Equal(replay.Turns, first.Turns) {
		t.Errorf("replay gave %d (want %d), turns equal: %v", got, want, slices.Equal(replay.Turns, first.Turns))
	}
	if want == 900 {
		t.Log("seed 7 happened to lose no update")
	}
	for _, seed := range []uint64{1, 2, 3} {
		if got, err := runScheduled(t, NewScheduler(seed), 3, "atomic", I32(300)); err != nil || got != 900 {
			t.Errorf("atomic adds, seed %d: %d, %v; want 900", seed, got, err)
		}
	}
}

// TestScheduledWaits: a waiting thread yields its turns until notified; a
// wait with a timeout times out when nothing else can run; one without
// deadlocks.
func TestScheduledWaits(t *testing.T) {
	s := NewStore()
	mem, _ := NewMemory(wasm.MemType{Limits: wasm.Limits{Min: 1, Max: 1, HasMax: true}, Shared: true}, 0)
	start := func(sched *Scheduler, name string) *Thread {
		inst, err := s.Instantiate(validateWat(t, racyWat), []Extern{mem})
		if err != nil {
			t.Fatal(err)
		}
		th := s.NewThread()
		sched.Add(th)
		if err := th.Start(inst.ExportedFunc(name), nil); err != nil {
			t.Fatal(err)
		}
		return th
	}
	sched := NewScheduler(1)
	waiter := start(sched, "wait")
	var woke uint64
	for woke == 0 { // notify until the waiter has queued and been woken
		waker := start(sched, "wake")
		if err := sched.RunUntil(len(sched.threads) - 1); err != nil {
			t.Fatal(err)
		}
		woke = waker.Results()[0].Bits
	}
	if err := sched.RunUntil(0); err != nil || waiter.Results()[0].Bits != waitOK {
		t.Fatalf("waiter: %v %v", err, waiter.Results())
	}

	sched = NewScheduler(1)
	brief := start(sched, "wait_briefly")
	if err := sched.RunUntil(0); err != nil || brief.Results()[0].Bits != waitTimedOut {
		t.Fatalf("wait with a timeout: %v %v", err, brief.Results())
	}
	sched = NewScheduler(1)
	start(sched, "wait")
	if err := sched.RunUntil(0); !errors.Is(err, ErrDeadlock) {
		t.Fatalf("lone wait: %v, want a deadlock", err)
	}
}
