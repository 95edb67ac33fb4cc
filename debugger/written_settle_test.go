package debugger

import (
	"fmt"
	"testing"
)

// A program that fills a buffer, then writes words all over it and a run
// of bytes one by one: once the
// span's write set is full and the written ranges cover the buffer, the
// memory stops noting writes inside (HearNoMoreOf), and still every stop
// shows them written and origin finds each word's last writer, as the
// debug loop stepping one instruction at a time does.
func TestSettledWritesStayExact(t *testing.T) {
	const src = `(module (memory 1)
	  (func (export "main") (param $n i32) (local $i i32)
	    (memory.fill (i32.const 0) (i32.const 7) (i32.const 16384))
	    (loop $l
	      (i32.store (i32.mul (i32.rem_u (i32.mul (local.get $i) (i32.const 37)) (i32.const 4000)) (i32.const 4))
	                 (local.get $i))
	      (local.set $i (i32.add (local.get $i) (i32.const 1)))
	      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
	    (local.set $i (i32.const 0))
	    (loop $bytes ;; byte by byte, as the store lane takes them
	      (i32.store8 (i32.add (i32.const 9000) (local.get $i)) (local.get $i))
	      (local.set $i (i32.add (local.get $i) (i32.const 1)))
	      (br_if $bytes (i32.lt_u (local.get $i) (i32.const 100))))
	    (call $last))
	  (func $last (i32.store (i32.const 12000) (i32.const 5))))`
	const n = "3000"
	open := func(every uint64) *Session {
		s := NewSession(Options{checkpointEvery: every})
		t.Cleanup(func() { s.Close() })
		if err := s.LoadSource("settle.wat", []byte(src)); err != nil {
			t.Fatal(err)
		}
		return s
	}
	o := recordWrites(t, open(0), n)
	// A stop begins the written ranges anew: the one store after it shows
	// alone, not the region settled before it.
	s := open(0)
	if _, err := s.SetBreakpoint(BreakSpec{Kind: BreakFunc, Func: "$last"}); err != nil {
		t.Fatal(err)
	}
	must(t)(s.Invoke("main", []string{n}))
	must(t)(s.Continue())
	if w := must(t)(s.StepOut()).Memories[0].Written; len(w) != 1 || w[0] != (Range{12000, 12004}) {
		t.Fatalf("written by $last: %v, want [12000, 12004)", w)
	}
	for _, every := range []uint64{0, 5000} {
		s := open(every)
		must(t)(s.Invoke("main", []string{n}))
		end := must(t)(s.Continue())
		if w := end.Memories[0].Written; len(w) != 1 || w[0].Start != 0 || w[0].End != 16384 {
			t.Fatalf("written at the end: %v, want [0, 16384)", w)
		}
		for _, addr := range []uint64{0, 4 * 37, 4 * 1999, 4 * 3999, 8000, 9000, 9048, 9096, 15996} {
			at := end.Steps
			must(t)(s.Goto(at))
			q := OriginQuery{Kind: OriginMemory, Mem: 0, Addr: addr, Len: 4}
			for want, ok := lastBefore(o.mem[addr], at); ok; want, ok = lastBefore(o.mem[addr], want) {
				snap, err := s.Origin(q)
				if err != nil || snap.Steps != want {
					t.Fatalf("every %d: origin of %d: %v at %v, want %d", every, addr, err, stepsOf(snap), want)
				}
				if len(o.mem[addr]) > 3 && want < o.mem[addr][len(o.mem[addr])-3] {
					break // the last three writers are enough
				}
			}
		}
	}
}

func stepsOf(s *Snapshot) string {
	if s == nil {
		return "no stop"
	}
	return fmt.Sprint(s.Steps)
}
