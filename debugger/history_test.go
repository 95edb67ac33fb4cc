package debugger

import (
	"math/rand"
	"testing"
	"time"
)

// By default the whole call stays reachable backwards: here about 1.05
// million instructions.
func TestHistoryReachesAMillionInstructions(t *testing.T) {
	ok := must(t)
	s := newTestSession(t, Options{}, "bench.wat")
	ok(s.Invoke("sum", []string{"70000"}))
	end := ok(s.Continue())
	if end.Steps < 1_000_000 {
		t.Fatalf("only %d instructions", end.Steps)
	}
	start := time.Now()
	back := ok(s.StepBack())
	if back.Steps != end.Steps-1 || at(back) != "\"sum\"+22" {
		t.Fatalf("step back from %d: at %s, %d", end.Steps, at(back), back.Steps)
	}
	t.Logf("one step back over %d instructions took %v", end.Steps, time.Since(start))
	if snap := ok(s.ReverseContinue()); snap.Reason != StopHistoryStart || snap.Steps != 0 {
		t.Fatalf("reverse continue: %s at %d", snap.Reason, snap.Steps)
	}
	if snap := ok(s.Continue()); snap.Results[0].String() != end.Results[0].String() {
		t.Fatalf("replayed result %v, want %v", snap.Results, end.Results)
	}
}

// A history whose latest checkpoint alone outgrows the budget turns
// reverse execution off for the call instead of growing.
func TestHistoryBudget(t *testing.T) {
	ok := must(t)
	s := newTestSession(t, Options{HistoryBytes: 1000}, "fact.wat")
	ok(s.Invoke("store", []string{"3"})) // its store logs a 64 KiB chunk
	ok(s.Continue())
	if _, err := s.StepBack(); err == nil {
		t.Fatal("stepped back over a history beyond its budget")
	}
	s = newTestSession(t, Options{NoHistory: true}, "fact.wat")
	ok(s.Invoke("fact", []string{"3"}))
	ok(s.Continue())
	if _, err := s.StepBack(); err == nil {
		t.Fatal("stepped back with history off")
	}
}

// storeLoop writes a 64 KiB chunk of memory (a different one each
// iteration, round robin over four) every iteration.
const storeLoop = `(module (memory 4) (global $g (mut i32) (i32.const 0))
  (func (export "main") (param $n i32) (result i32) (local $i i32)
    (loop $l
      (memory.fill (i32.mul (i32.rem_u (local.get $i) (i32.const 4)) (i32.const 65536))
        (local.get $i) (i32.const 65536))
      (global.set $g (i32.add (global.get $g) (local.get $i)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (global.get $g)))`

// Over its budget the history thins its checkpoints, so the start of the
// call stays reachable; only when its first and latest checkpoints alone
// are over does the start go.
func TestHistoryThinsOverBudget(t *testing.T) {
	ok := must(t)
	for _, c := range []struct {
		budget    int64
		fromStart bool
	}{{600 << 10, true}, {200 << 10, false}} {
		s := NewSession(Options{HistoryBytes: c.budget, checkpointEvery: 50})
		if err := s.LoadSource("store.wat", []byte(storeLoop)); err != nil {
			t.Fatal(err)
		}
		ok(s.Invoke("main", []string{"200"}))
		end := ok(s.Continue())
		if h := s.call.hist; h.size() > c.budget || len(h.cks) == 0 {
			t.Fatalf("budget %d: history of %d bytes in %d checkpoints", c.budget, h.size(), len(h.cks))
		}
		if back := ok(s.StepBack()); back.Steps != end.Steps-1 {
			t.Fatalf("step back to %d, want %d", back.Steps, end.Steps-1)
		}
		first := ok(s.ReverseContinue())
		if first.Reason != StopHistoryStart || (first.Steps == 0) != c.fromStart {
			t.Fatalf("budget %d: reverse continue: %s at %d of %d", c.budget, first.Reason, first.Steps, end.Steps)
		}
		if snap := ok(s.Continue()); snap.Results[0].String() != end.Results[0].String() {
			t.Fatalf("replayed result %v, want %v", snap.Results, end.Results)
		}
	}
}

// A memory64 far larger than anything the history could copy keeps
// history: checkpoints log only the chunks written.
func TestHistoryWithHugeMemory(t *testing.T) {
	ok := must(t)
	s := NewSession(Options{})
	src := `(module (memory i64 20000)
  (func (export "main") (result i64)
    (i64.store (i64.const 0x40000000) (i64.const 42))
    (i64.load (i64.const 0x40000000))))`
	if err := s.LoadSource("big.wat", []byte(src)); err != nil {
		t.Fatal(err)
	}
	ok(s.Invoke("main", nil))
	if end := ok(s.Continue()); end.Results[0].String() != "i64:42" {
		t.Fatalf("result %v", end.Results)
	}
	word := func() byte {
		b := make([]byte, 1)
		s.ReadMemory(0, 0, 0x40000000, b)
		return b[0]
	}
	b := ok(s.StepBack())
	for b.Steps > 2 { // two constants, then the store
		b = ok(s.StepBack())
	}
	if word() != 0 {
		t.Fatalf("before the store: byte %d", word())
	}
}

// A long call, stepped back across many checkpoints (thinned as they
// accumulate), reaches exactly the state a fresh run reaches going
// forward only.
func TestReverseAcrossCheckpoints(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	src := genProgram(rng)
	const n = 200_000
	open := func() *Session {
		s := NewSession(Options{checkpointEvery: 100})
		if err := s.LoadSource("long.wat", []byte(src)); err != nil {
			t.Fatalf("%v\n%s", err, src)
		}
		if _, err := s.Invoke("main", []string{"100000"}); err != nil {
			t.Fatal(err)
		}
		return s
	}
	forward := func(pos uint64) string {
		s := open()
		if snap, err := s.resume(seekTarget(pos)); err != nil || snap.Steps != pos {
			t.Fatalf("forward to %d: %v", pos, err)
		}
		return stateDump(s)
	}
	s := open()
	if _, err := s.resume(seekTarget(n)); err != nil {
		t.Fatal(err)
	}
	if h := s.call.hist; len(h.cks) < 8 || h.every == 100 {
		t.Fatalf("%d checkpoints, every %d: not thinned", len(h.cks), h.every)
	}
	atN := stateDump(s)
	for i := range 6 {
		k := uint64(1 + rng.Intn(n))
		if i == 0 {
			k = 1
			must(t)(s.StepBack())
		} else if err := s.seek(n - k); err != nil {
			t.Fatal(err)
		} else {
			s.stopBack(StopStep, "")
		}
		if got, want := stateDump(s), forward(n-k); got != want {
			t.Fatalf("%d forward then %d back:\n%s\nwant\n%s", n, k, got, want)
		}
		if _, err := s.resume(seekTarget(n)); err != nil {
			t.Fatal(err)
		}
		if got := stateDump(s); got != atN {
			t.Fatalf("back %d and forward again differs:\n%s\nwant\n%s", k, got, atN)
		}
		t.Logf("back %d: %d checkpoints", k, len(s.call.hist.cks))
	}
}
