package debugger

import "testing"

// originCallsProgram has a long call between the writes the queries ask
// about, and table writes of every kind, one of which changes nothing.
const originCallsProgram = `(module (table $t 4 funcref) (elem declare func $g)
  (func $g (param $n i32) (result i32) (local $i i32)
    (loop $l
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n))))
    (table.fill $t (i32.const 0) (ref.func $g) (i32.const 2))
    (local.get $i))
  (func (export "main") (param $n i32) (result i32) (local $x i32)
    (table.set $t (i32.const 2) (ref.func $g))
    (local.set $x (i32.const 3))
    (call $g (local.get $n))
    (table.copy $t $t (i32.const 3) (i32.const 2) (i32.const 1))
    (table.fill $t (i32.const 0) (ref.func $g) (i32.const 2))
    (drop (table.grow $t (ref.func $g) (i32.const 1)))
    (local.get $x)
    (i32.add)))`

// TestOriginPassesOverCalls: origins found with the calls run at full
// speed (locals, stack values) and with the table telling of its writes
// match the positions of the writers, found by stepping.
func TestOriginPassesOverCalls(t *testing.T) {
	stepped := NewSession(Options{})
	if err := stepped.LoadSource("calls.wat", []byte(originCallsProgram)); err != nil {
		t.Fatal(err)
	}
	at := map[string][]uint64{} // instruction text -> positions before it
	snap := must(t)(stepped.Invoke("main", []string{"3000"}))
	for snap.State == StateStopped {
		at[snap.Next.Text] = append(at[snap.Next.Text], snap.Steps)
		snap = must(t)(stepped.StepInto())
	}
	first := func(text string) uint64 {
		t.Helper()
		ps := at[text]
		if len(ps) == 0 {
			t.Fatalf("the run has no %q", text)
		}
		return ps[0]
	}
	last := func(text string) uint64 { return at[text][len(at[text])-1] }
	end := at["i32.add"][len(at["i32.add"])-1] // main's last add: call result + x

	s := NewSession(Options{checkpointEvery: 700})
	if err := s.LoadSource("calls.wat", []byte(originCallsProgram)); err != nil {
		t.Fatal(err)
	}
	must(t)(s.Invoke("main", []string{"3000"}))
	must(t)(s.Continue())
	for _, c := range []struct {
		q    OriginQuery
		want uint64
	}{
		{OriginQuery{Kind: OriginLocal, Local: 1}, first("local.set $x")},
		{OriginQuery{Kind: OriginStack, Stack: 0}, last("local.get $x")},
		{OriginQuery{Kind: OriginStack, Stack: 1}, first("call $g")},
		{OriginQuery{Kind: OriginTable, Slot: 0}, first("table.fill")}, // main's fill changed nothing
		{OriginQuery{Kind: OriginTable, Slot: 2}, first("table.set")},
		{OriginQuery{Kind: OriginTable, Slot: 3}, first("table.copy")},
		{OriginQuery{Kind: OriginTable, Slot: 4}, first("table.grow")},
	} {
		before := must(t)(s.Goto(end))
		c.q.Frame = len(before.Frames) - 1
		got, err := s.Origin(c.q)
		if err != nil || got.Steps != c.want {
			t.Errorf("%+v: %v %v, want a stop at %d", c.q, got, err, c.want)
		}
	}
	if len(at["table.fill"]) != 2 {
		t.Fatalf("the program should fill twice: %v", at["table.fill"])
	}
}

// originHeapProgram writes GC fields around long calls; its second
// struct.set writes the value the field already holds.
const originHeapProgram = `(module
  (type $pt (struct (field $x (mut i32))))
  (type $arr (array (mut i64)))
  (global $keep (mut (ref null $pt)) (ref.null $pt))
  (global $keepArr (mut (ref null $arr)) (ref.null $arr))
  (func $spin (param $n i32) (local $i i32)
    (loop $l
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (local.get $n)))))
  (func (export "main") (param $n i32)
    (global.set $keep (struct.new $pt (i32.const 1)))
    (global.set $keepArr (array.new $arr (i64.const 7) (i32.const 4)))
    (call $spin (local.get $n))
    (struct.set $pt $x (ref.as_non_null (global.get $keep)) (i32.const 5))
    (call $spin (local.get $n))
    (array.fill $arr (ref.as_non_null (global.get $keepArr)) (i32.const 1) (i64.const 9) (i32.const 2))
    (call $spin (local.get $n))
    (struct.set $pt $x (ref.as_non_null (global.get $keep)) (i32.const 5))
    (call $spin (local.get $n))))`

// TestOriginOfHeapFields: a GC field's origin is the last write that
// changed it, or the allocation, across long calls and many checkpoints.
func TestOriginOfHeapFields(t *testing.T) {
	stepped := NewSession(Options{})
	if err := stepped.LoadSource("heap.wat", []byte(originHeapProgram)); err != nil {
		t.Fatal(err)
	}
	at := map[string][]uint64{}
	snap := must(t)(stepped.Invoke("main", []string{"2000"}))
	for snap.State == StateStopped {
		at[snap.Next.Text] = append(at[snap.Next.Text], snap.Steps)
		snap = must(t)(stepped.StepInto())
	}
	end := snap.Steps
	s := NewSession(Options{checkpointEvery: 900})
	if err := s.LoadSource("heap.wat", []byte(originHeapProgram)); err != nil {
		t.Fatal(err)
	}
	must(t)(s.Invoke("main", []string{"2000"}))
	fin := must(t)(s.Continue())
	ids := map[string]int{}
	for _, o := range s.Heap().Objects {
		ids[o.Kind] = o.ID
	}
	if fin.Steps != end || len(ids) < 2 {
		t.Fatalf("finished at %d with objects %v; stepping took %d", fin.Steps, ids, end)
	}
	pt, arr := ids["struct"], ids["array"]
	for _, c := range []struct {
		q    OriginQuery
		want uint64
	}{
		{OriginQuery{Kind: OriginHeap, Object: pt, Field: 0}, at["struct.set $pt $x"][0]}, // the second set changed nothing
		{OriginQuery{Kind: OriginHeap, Object: arr, Field: 2}, at["array.fill $arr"][0]},
		{OriginQuery{Kind: OriginHeap, Object: arr, Field: 3}, at["array.new $arr"][0]},
	} {
		must(t)(s.Goto(end))
		got, err := s.Origin(c.q)
		if err != nil || got.Steps != c.want {
			t.Errorf("%+v: %v %v, want a stop at %d", c.q, got, err, c.want)
		}
	}
}
