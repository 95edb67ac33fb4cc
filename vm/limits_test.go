package vm

import (
	"errors"
	"strings"
	"testing"
)

// stepLimitTrap reports whether err is the step-limit trap.
func stepLimitTrap(err error) bool {
	var tr *Trap
	return errors.As(err, &tr) && tr.Kind == TrapStepLimit
}

// TestBulkOpsSpendStepBudget: a loop of bulk operations, each one
// instruction, must end with the step-limit trap once their work (not only
// their count) passes MaxSteps. The budget bounds the test: with bulk work
// unbudgeted, each of these loops would run MaxSteps × length units.
func TestBulkOpsSpendStepBudget(t *testing.T) {
	const maxSteps = 100_000
	src := `(module
	  (memory 1)
	  (table $t 65536 funcref)
	  (type $a (array (mut i8)))
	  (data $d "0123456789abcdef")
	  (func (export "memory.fill") (loop (memory.fill (i32.const 0) (i32.const 0) (i32.const 65536)) (br 0)))
	  (func (export "memory.copy") (loop (memory.copy (i32.const 0) (i32.const 1) (i32.const 65535)) (br 0)))
	  (func (export "table.fill") (loop (table.fill $t (i32.const 0) (ref.null func) (i32.const 65536)) (br 0)))
	  (func (export "table.grow")
	    (loop (drop (table.grow $t (ref.null func) (i32.const 65536)))
	          (table.copy $t $t (i32.const 0) (i32.const 1) (i32.const 65535)) (br 0)))
	  (func (export "array.new_default") (loop (drop (array.new_default $a (i32.const 65536))) (br 0)))
	  (func (export "array.fill") (local $x (ref $a))
	    (local.set $x (array.new_default $a (i32.const 65536)))
	    (loop (array.fill $a (local.get $x) (i32.const 0) (i32.const 7) (i32.const 65536)) (br 0))))`
	st := NewStore()
	st.MaxSteps = maxSteps
	st.MaxTableEntries = 1 << 20 // bounds table.grow should the budget fail
	inst, err := st.Instantiate(validateWat(t, src), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"memory.fill", "memory.copy", "table.fill", "table.grow", "array.new_default", "array.fill"} {
		th := inst.Store.NewThread()
		_, err := th.Invoke(inst.ExportedFunc(name))
		if !stepLimitTrap(err) {
			t.Errorf("%s: got %v, want the step-limit trap", name, err)
			continue
		}
		// Each iteration is a handful of instructions and at least 1024
		// units of work, so the budget allows a few hundred of them.
		if th.Steps() > maxSteps/100 {
			t.Errorf("%s: %d instructions ran: bulk work did not spend the budget", name, th.Steps())
		}
	}
}

// TestBulkOpsKeepInstructionCount: without a step limit, a bulk operation
// is one instruction whatever its length.
func TestBulkOpsKeepInstructionCount(t *testing.T) {
	src := `(module (memory 1)
	  (func (export "f") (memory.fill (i32.const 0) (i32.const 0) (i32.const 65536))))`
	inst, err := NewStore().Instantiate(validateWat(t, src), nil)
	if err != nil {
		t.Fatal(err)
	}
	th := inst.Store.NewThread()
	th.debugMode = true
	if err := th.Start(inst.ExportedFunc("f"), nil); err != nil {
		t.Fatal(err)
	}
	if r := th.RunDebug(nil); r != StopDone {
		t.Fatalf("stopped: %s", r)
	}
	if th.Steps() != 5 { // 3 consts, memory.fill, end
		t.Errorf("%d steps, want 5", th.Steps())
	}
}

func TestTableEntryLimit(t *testing.T) {
	st := NewStore()
	st.MaxTableEntries = 1000
	_, err := st.Instantiate(validateWat(t, `(module (table 1001 funcref))`), nil)
	if err == nil || err.Error() != "test.wat:1:10: table 0: a minimum of 1001 entries passes the limit of 1000 entries per table" {
		t.Errorf("table over the limit: got %v", err)
	}
	inst, err := st.Instantiate(validateWat(t, `(module (table $t 1000 funcref)
	  (func (export "grow") (param i32) (result i32) (table.grow $t (ref.null func) (local.get 0))))`), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ delta, want uint32 }{{1, 0xFFFFFFFF}, {0, 1000}} {
		res, err := st.Invoke(inst.ExportedFunc("grow"), I32(int32(c.delta)))
		if err != nil || res[0].Bits != uint64(c.want) {
			t.Errorf("table.grow %d: got %v, %v; want %#x", c.delta, res, err, c.want)
		}
	}
}

func TestArrayAllocationLimit(t *testing.T) {
	src := `(module
	  (type $a (array (mut i64)))
	  (type $r (array (mut anyref)))
	  (global (export "g") (ref $a) (array.new_default $a (i32.const 128)))
	  (func (export "i64s") (param i32) (drop (array.new $a (i64.const 1) (local.get 0))))
	  (func (export "refs") (param i32) (drop (array.new_default $r (local.get 0)))))`
	for _, c := range []struct {
		name string
		n    uint32
		fail bool
	}{
		{"i64s", 128, false}, // 1 KiB: at the limit
		{"i64s", 129, true},
		{"refs", 64, false},
		{"refs", 65, true},
		{"i64s", 0xFFFFFFFF, true},
	} {
		st := NewStore()
		st.MaxArrayBytes = 1024
		inst, err := st.Instantiate(validateWat(t, src), nil)
		if err != nil {
			t.Fatal(err)
		}
		_, err = st.Invoke(inst.ExportedFunc(c.name), I32(int32(c.n)))
		var tr *Trap
		failed := errors.As(err, &tr) && tr.Kind == TrapAllocationTooLarge
		if failed != c.fail || (!c.fail && err != nil) {
			t.Errorf("%s(%d): got %v, want failure %v", c.name, c.n, err, c.fail)
		}
	}
	st := NewStore()
	st.MaxArrayBytes = 1023
	if _, err := st.Instantiate(validateWat(t, src), nil); err == nil || !strings.Contains(err.Error(), "out of memory") {
		t.Errorf("global initialiser over the limit: got %v", err)
	}
}
