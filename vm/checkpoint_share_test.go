package vm

import "testing"

// shareProgram changes its table and drops its segment only when asked, so
// checkpoints between the changes can share their copies.
const shareProgram = `(module
  (table $t 64 funcref)
  (memory 4)
  (func $f)
  (elem $e func $f)
  (data $d "seg")
  (func (export "change")
    (table.set $t (i32.const 3) (ref.func $f))
    (data.drop $d))
  (func (export "write") (param $at i32)
    (i32.store (local.get $at) (i32.const 7))))`

// TestUnchangedTablesShareACopy: checkpoints of unchanged tables and
// segments share one copy, a change makes a fresh one, and restoring
// through shared copies puts everything back.
func TestUnchangedTablesShareACopy(t *testing.T) {
	inst, err := NewStore().Instantiate(validateWat(t, shareProgram), nil)
	if err != nil {
		t.Fatal(err)
	}
	s := inst.Store
	a := s.Checkpoint(inst)
	b := s.Checkpoint(inst)
	if b.Bytes() >= a.Bytes() || &b.tables[0].elems[0] != &a.tables[0].elems[0] || &b.segs[0].datas[0] != &a.segs[0].datas[0] {
		t.Fatalf("an unchanged table was copied again: %d bytes after %d", b.Bytes(), a.Bytes())
	}
	if _, err := call(t, inst, false, "change"); err != nil {
		t.Fatal(err)
	}
	c := s.Checkpoint(inst)
	if &c.tables[0].elems[0] == &b.tables[0].elems[0] || &c.segs[0].datas[0] == &b.segs[0].datas[0] {
		t.Fatal("a changed table or segment list shares the older copy")
	}
	if err := s.Restore(b); err != nil {
		t.Fatal(err)
	}
	if r, _ := inst.Tables[0].Get(3); r != nil || inst.datas[0] == nil {
		t.Fatalf("restore left entry 3 = %v, data segment %q", r, inst.datas[0])
	}
	if err := s.Restore(a); err != nil {
		t.Fatal(err)
	}
	if r, _ := inst.Tables[0].Get(3); r != nil || inst.datas[0] == nil {
		t.Fatal("restoring the oldest checkpoint lost its table or segment")
	}
}
