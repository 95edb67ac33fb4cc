package vm

import (
	"reflect"
	"testing"
	"unsafe"
)

// The op record holds one pointer for what it works on (code_ref.go): 48
// bytes, where a memory pointer and an interface made it 64.
func TestOpRecordSize(t *testing.T) {
	if got := unsafe.Sizeof(op{}); got != 48 {
		t.Errorf("op is %d bytes, want 48", got)
	}
}

// Side data lowering makes (here a branch table with its targets) counts
// in the form's size once, where it is made.
func TestOwnedSideData(t *testing.T) {
	inst, err := NewStore().Instantiate(validateWat(t, pickModule), nil)
	if err != nil {
		t.Fatal(err)
	}
	pick := inst.ExportedFunc("pick")
	if _, err := inst.Store.Invoke(pick, I32(1)); err != nil {
		t.Fatal(err)
	}
	fc := pick.fast
	var tables []*brTable
	for i := range fc.ops {
		if fn := reflect.ValueOf(fc.ops[i].fn).Pointer(); fn == reflect.ValueOf(opBrTable).Pointer() || fn == reflect.ValueOf(opBrTableJump).Pointer() {
			tables = append(tables, fc.ops[i].brTable())
		}
	}
	if len(tables) != 1 {
		t.Fatalf("%d br_table ops, want 1", len(tables))
	}
	want := int(unsafe.Sizeof(brTable{})) + cap(tables[0].dests)*int(unsafe.Sizeof(brDest{}))
	if fc.owned != want {
		t.Errorf("owned %d bytes, want %d (the table and its %d targets)", fc.owned, want, cap(tables[0].dests))
	}
}
