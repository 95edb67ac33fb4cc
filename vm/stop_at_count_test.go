package vm

import "testing"

// stopAtCountWat loops and recurses: long runs between the counts a test
// asks for, which the fast loop crosses with a poll budget (runFast), and
// short bodies, so the budget is large.
const stopAtCountWat = `(module
  (func $fib (param i32) (result i32)
    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
      (then (local.get 0))
      (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                     (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
  (func (export "run") (param $n i32) (result i32)
    (local $i i32) (local $acc i32)
    (loop $l
      (local.set $acc (i32.add (local.get $acc) (call $fib (i32.and (local.get $i) (i32.const 7)))))
      (block $skip
        (br_if $skip (i32.and (local.get $i) (i32.const 1)))
        (local.set $acc (i32.xor (local.get $acc) (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $acc)))`

// TestStopAtCount stops the fast loop at counts near and far from where
// it starts, one at a time from the start and in a walk from stop to stop
// as the debugger's recording does, and checks each stop is at or past the
// count (not far: the last ops before it are counted, each covering one
// or a few instructions), where the debug form is after that many
// instructions.
func TestStopAtCount(t *testing.T) {
	inst, err := NewStore().Instantiate(validateWat(t, stopAtCountWat), nil)
	if err != nil {
		t.Fatal(err)
	}
	f := inst.ExportedFunc("run")
	args := []Value{I32(300)}
	points, want, ok := debugCounts(t, inst.Store.NewThread(), f, args)
	if !ok {
		t.Fatal("debug trace too long")
	}
	total := uint64(len(points))
	check := func(th *Thread, n uint64) {
		t.Helper()
		r := th.Run()
		c := th.Steps()
		switch {
		case r == StopDone && c == want.end && n+64 >= c: // the call ended first
		case r != StopCount:
			t.Fatalf("StopAtCount(%d): %s after %d instructions", n, r, c)
		case c < n || c-n > 3*n+64: // close past: one op per instruction left covers a few

			t.Fatalf("StopAtCount(%d) stopped after %d instructions", n, c)
		case pointOf(th) != points[c]:
			t.Fatalf("StopAtCount(%d) stopped after %d at %+v; the debug form was at %+v", n, c, pointOf(th), points[c])
		}
	}
	for _, n := range []uint64{1, 2, 3, 7, 100, 1000, total / 3, total / 2, total - 2, total - 1, total + 5} {
		th := inst.Store.NewThread()
		if err := th.Start(f, args); err != nil {
			t.Fatal(err)
		}
		th.StopAtCount(n)
		check(th, n)
	}
	th := inst.Store.NewThread()
	if err := th.Start(f, args); err != nil {
		t.Fatal(err)
	}
	stops := 0
	for n := uint64(1); th.Running(); n += 1 + n/3 {
		th.StopAtCount(n)
		check(th, n)
		stops++
	}
	if got := th.Results(); len(got) != 1 || th.Steps() != want.end {
		t.Fatalf("after %d stops: results %v after %d instructions, want %d", stops, got, th.Steps(), want.end)
	}
}
