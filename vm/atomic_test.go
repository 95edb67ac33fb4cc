package vm

import (
	"sync"
	"testing"
	"time"

	"wasmstep/vm/wasm"
)

// atomicsWat is one shared memory and a function per kind of access the
// tests run from several goroutines.
const atomicsWat = `(module
  (memory (export "mem") (import "env" "mem") 1 1 shared)
  ;; add 1 to byte $i (0..3) of the word at 0, n times
  (func (export "bytes") (param $i i32) (param $n i32)
    (loop $l
      (drop (i32.atomic.rmw8.add_u (local.get $i) (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  ;; add 1 to the i32 at 8 and the i64 at 16, n times
  (func (export "words") (param $n i32)
    (loop $l
      (drop (i32.atomic.rmw.add (i32.const 8) (i32.const 1)))
      (drop (i64.atomic.rmw.sub (i32.const 16) (i64.const -1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  ;; a cmpxchg loop adding 1 to the i16 at 24, n times
  (func (export "cas16") (param $n i32) (local $old i32)
    (loop $l
      (loop $retry
        (local.set $old (i32.atomic.load16_u (i32.const 24)))
        (br_if $retry (i32.ne (local.get $old)
          (i32.atomic.rmw16.cmpxchg_u (i32.const 24) (local.get $old) (i32.add (local.get $old) (i32.const 1))))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "wait") (param $timeout i64) (result i32)
    (memory.atomic.wait32 (i32.const 32) (i32.const 0) (local.get $timeout)))
  (func (export "notify") (param $n i32) (result i32)
    (memory.atomic.notify (i32.const 32) (local.get $n))))`

// atomicsInstance instantiates atomicsWat over mem, or over a new shared
// memory when mem is nil. Each goroutine of a test runs its own instance
// of the shared memory, as each WebAssembly thread does.
func atomicsInstance(t testing.TB, s *Store, mem *Memory) *Instance {
	t.Helper()
	if mem == nil {
		mem, _ = NewMemory(wasm.MemType{Limits: wasm.Limits{Min: 1, Max: 1, HasMax: true}, Shared: true}, 0)
	}
	inst, err := s.Instantiate(validateWat(t, atomicsWat), []Extern{mem})
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// TestAtomicsFromManyGoroutines runs the same accesses on goroutines at
// once, in both forms: no update may be lost, and sub-word updates may not
// disturb their neighbours in the word (run with -race too).
func TestAtomicsFromManyGoroutines(t *testing.T) {
	for _, debug := range []bool{false, true} {
		s := NewStore()
		first := atomicsInstance(t, s, nil)
		mem := first.ExportedMemory("mem")
		const n = 2000
		var wg sync.WaitGroup
		for g := range 8 {
			inst := atomicsInstance(t, s, mem)
			wg.Go(func() {
				for _, c := range []struct {
					name string
					args []Value
				}{{"bytes", []Value{I32(int32(g % 4)), I32(n)}}, {"words", []Value{I32(n)}}, {"cas16", []Value{I32(n)}}} {
					if _, err := call(t, inst, debug, c.name, c.args...); err != nil {
						t.Error(err)
					}
				}
			})
		}
		wg.Wait()
		read := func(off, size uint64) uint64 { return mem.atomicLoad(off, size) }
		for i := range uint64(4) {
			if got := read(i, 1); got != 2*n%256 {
				t.Errorf("debug=%v: byte %d = %d, want %d", debug, i, got, 2*n%256)
			}
		}
		if got := read(8, 4); got != 8*n {
			t.Errorf("debug=%v: i32 = %d, want %d", debug, got, 8*n)
		}
		if got := read(16, 8); got != 8*n {
			t.Errorf("debug=%v: i64 = %d, want %d", debug, got, 8*n)
		}
		if got := read(24, 2); got != 8*n {
			t.Errorf("debug=%v: i16 = %d, want %d", debug, got, 8*n)
		}
	}
}

// TestWaitNotify checks the three results of a wait and that notify wakes
// exactly as many waiters as it says.
func TestWaitNotify(t *testing.T) {
	s := NewStore()
	inst := atomicsInstance(t, s, nil)
	mem := inst.ExportedMemory("mem")
	start := time.Now()
	if r, err := call(t, inst, false, "wait", I64(int64(20*time.Millisecond))); err != nil || r[0].Bits != waitTimedOut {
		t.Fatalf("wait with a timeout = %v, %v; want timed out", r, err)
	}
	if time.Since(start) < 20*time.Millisecond {
		t.Error("the wait returned before its timeout")
	}
	results := make(chan uint64, 3)
	for range 3 {
		waiter := atomicsInstance(t, s, mem)
		go func() {
			r, err := call(t, waiter, false, "wait", I64(-1))
			if err != nil {
				t.Error(err)
			}
			results <- r[0].Bits
		}()
	}
	for total := 0; total < 3; {
		time.Sleep(time.Millisecond)
		if mem.waits.count(32) == 3 || total > 0 {
			r, err := call(t, inst, false, "notify", I32(2))
			if err != nil {
				t.Fatal(err)
			}
			total += int(r[0].Bits)
		}
	}
	for range 3 {
		if r := <-results; r != waitOK {
			t.Errorf("woken wait returned %d, want 0", r)
		}
	}
	mem.atomicStore(32, 4, 1)
	if r, _ := call(t, inst, false, "wait", I64(-1)); r[0].Bits != waitNotEqual {
		t.Errorf("wait on a different value returned %d, want 1", r[0].Bits)
	}
}

// TestPauseInterruptsWait stops a thread blocked in a wait without a
// timeout; it resumes waiting when run again.
func TestPauseInterruptsWait(t *testing.T) {
	s := NewStore()
	inst := atomicsInstance(t, s, nil)
	th := s.NewThread()
	if err := th.Start(inst.ExportedFunc("wait"), []Value{I64(-1)}); err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(20 * time.Millisecond)
		th.Pause()
	}()
	if r := th.Run(); r != StopPaused {
		t.Fatalf("Run = %s, want paused", r)
	}
	mem := inst.ExportedMemory("mem")
	if n := mem.waits.count(32); n != 0 {
		t.Fatalf("%d waiters left after the pause", n)
	}
	go func() {
		for mem.waits.count(32) == 0 {
			time.Sleep(time.Millisecond)
		}
		mem.waits.notify(32, 1)
	}()
	if r := th.Run(); r != StopDone || th.Results()[0].Bits != waitOK {
		t.Fatalf("resumed wait: %s %v", r, th.Results())
	}
}

// count returns how many threads wait at ea.
func (q *waitQueue) count(ea uint64) int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.waiters[ea])
}
