package debugger

import (
	"slices"
	"testing"
)

// Atomic stores, read-modify-writes and cmpxchg report the bytes they
// write; atomic loads, waits and notifies write nothing.
func TestWrittenRangesOfAtomics(t *testing.T) {
	const src = `(module
  (memory 1 1 shared)
  (func (export "f")
    (i32.atomic.store16 (i32.const 100) (i32.const 1))
    (drop (i64.atomic.rmw32.add_u (i32.const 200) (i64.const 1)))
    (drop (i32.atomic.rmw8.cmpxchg_u offset=3 (i32.const 300) (i32.const 0) (i32.const 9)))
    (drop (i64.atomic.load (i32.const 400)))
    (drop (memory.atomic.notify (i32.const 500) (i32.const 1)))
    (drop (memory.atomic.wait32 (i32.const 600) (i32.const 1) (i64.const 0)))))`
	s := NewSession(Options{})
	if err := s.LoadSource("atomics.wat", []byte(src)); err != nil {
		t.Fatal(err)
	}
	must(t)(s.Invoke("f", nil))
	snap := must(t)(s.Continue())
	want := []Range{{100, 102}, {200, 204}, {303, 304}}
	if got := snap.Memories[0].Written; !slices.Equal(got, want) {
		t.Errorf("written %v, want %v", got, want)
	}
}
