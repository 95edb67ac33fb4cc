package vm

import (
	"testing"
	"unsafe"
)

// pickModule's "pick" branches through a table of three targets, and
// "never" is never called.
const pickModule = `(module
  (func (export "pick") (param i32) (result i32)
    (block (block (block
      (br_table 0 1 2 (local.get 0)))
      (return (i32.const 10)))
    (return (i32.const 20)))
    (i32.const 30))
  (func (export "never") (result i32) (i32.const 1)))`

func TestFastCodeSize(t *testing.T) {
	inst, err := NewStore().Instantiate(validateWat(t, pickModule), nil)
	if err != nil {
		t.Fatal(err)
	}
	pick := inst.ExportedFunc("pick")
	if _, ok := pick.FastCodeSize(); ok {
		t.Error("a function never called reports a fast form")
	}
	if _, err := inst.Store.Invoke(pick, I32(1)); err != nil {
		t.Fatal(err)
	}
	s, ok := pick.FastCodeSize()
	if !ok {
		t.Fatal("no fast form after a call")
	}
	if s.Instrs != pick.Def.BodyLen() || s.Ops == 0 || s.Ops > s.Instrs {
		t.Errorf("size %+v: want the body's %d instructions and between 1 and that many ops", s, pick.Def.BodyLen())
	}
	// The records, the three maps and the branch table with its 3 targets.
	least := s.Ops*int(unsafe.Sizeof(op{})) + 4*(2*s.Ops+s.Instrs) + 3*int(unsafe.Sizeof(brDest{}))
	if s.Bytes < least {
		t.Errorf("%d bytes, want at least %d", s.Bytes, least)
	}
	if _, ok := inst.ExportedFunc("never").FastCodeSize(); ok {
		t.Error("a function never called reports a fast form")
	}
}
