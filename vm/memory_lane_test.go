package vm

import (
	"bytes"
	"testing"
)

// TestLaneKeepsWritesExact: the stores of a tracked, observed memory (runs
// at three places in turn, strides far apart, a fill the lane takes) are
// all heard of, within writeGap; each watched byte hears of its one write
// (one inside the fill); a restore puts every byte back.
func TestLaneKeepsWritesExact(t *testing.T) {
	inst, err := NewStore().Instantiate(validateWat(t, `(module (memory 4)
  (func (export "run") (result i32) (local $i i32)
    (loop $l
      (i32.store (i32.add (i32.const 1000) (i32.shl (local.get $i) (i32.const 2))) (local.get $i))
      (i32.store8 (i32.add (i32.const 100000) (i32.mul (local.get $i) (i32.const 37))) (i32.const 7))
      (i32.store16 (i32.sub (i32.const 200000) (i32.shl (local.get $i) (i32.const 1))) (i32.const -1))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 3000))))
    (local.set $i (i32.const 0))
    (loop $fill
      (i32.store8 (i32.add (i32.const 150000) (local.get $i)) (i32.const 9))
      (br_if $fill (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 8000))))
    (i32.const 0)))`), nil)
	if err != nil {
		t.Fatal(err)
	}
	m := inst.Mems[0]
	want := map[uint64]bool{}
	for i := uint64(0); i < 3000; i++ {
		for k := range uint64(4) {
			want[1000+4*i+k] = true
		}
		want[100000+37*i] = true
		want[200000-2*i], want[200000-2*i+1] = true, true
	}
	for i := uint64(0); i < 8000; i++ {
		want[150000+i] = true
	}
	before := append([]byte(nil), m.Bytes()...)
	heard := map[uint64]bool{}
	m.ObserveWrites(func(ranges [][2]uint64) {
		for _, r := range ranges {
			for a := r[0]; a < r[1]; a++ {
				heard[a] = true
			}
		}
	})
	hits := 0
	m.WatchWrites([][2]uint64{{100000 + 37*100, 100000 + 37*100 + 1}, {155000, 155001}}, func() { hits++ })
	st := inst.Store.Checkpoint(inst)
	if _, err := inst.Store.Invoke(inst.ExportedFunc("run")); err != nil {
		t.Fatal(err)
	}
	m.FlushWrites()
	for a := range want {
		if !heard[a] {
			t.Fatalf("the write at %d was not heard of", a)
		}
	}
	for a := range heard {
		near := false
		for d := uint64(0); d <= writeGap && !near; d++ {
			near = want[a+d] || (a >= d && want[a-d])
		}
		if !near {
			t.Fatalf("byte %d heard of as written, farther than writeGap from any write", a)
		}
	}
	if hits != 2 {
		t.Fatalf("the watched bytes heard of %d writes, want 2", hits)
	}
	if err := inst.Store.Restore(st); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m.Bytes(), before) {
		t.Fatal("the restore left written bytes")
	}
}
