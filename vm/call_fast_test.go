package vm

import (
	"reflect"
	"testing"
)

func TestBrTableForms(t *testing.T) {
	inst := loadWat(t, "calls.wat")
	tests := []struct {
		fn      string
		handler handler
		want    []int32 // results for indices 0, 1, 2, ...
	}{
		{"switch", opBrTableJump, []int32{10, 11, 12, 12, 12}},
		{"switch_value", opBrTable, []int32{21, 20, 20}},
		{"switch_return", opBrTable, []int32{31, 30, 30}},
	}
	for _, tc := range tests {
		if got := brTableHandler(t, inst.ExportedFunc(tc.fn).code(false)); got != reflect.ValueOf(tc.handler).Pointer() {
			t.Errorf("%s: fast form's br_table has the wrong handler", tc.fn)
		}
		for _, form := range forms {
			for i, want := range tc.want {
				idx := int32(i)
				if i == len(tc.want)-1 {
					idx = -1 // far past the last: the default
				}
				got, err := call(t, inst, form.debug, tc.fn, I32(idx))
				if err != nil || len(got) != 1 || got[0] != I32(want) {
					t.Errorf("%s %s(%d) = %v, %v; want %d", form.name, tc.fn, idx, got, err, want)
				}
			}
		}
	}
}

// brTableHandler is the handler of fc's only br_table.
func brTableHandler(t *testing.T, fc *funcCode) uintptr {
	t.Helper()
	for _, o := range fc.ops {
		if fn := reflect.ValueOf(o.fn).Pointer(); fn == reflect.ValueOf(opBrTable).Pointer() || fn == reflect.ValueOf(opBrTableJump).Pointer() {
			return fn
		}
	}
	t.Fatal("no br_table op")
	return 0
}

func TestCalleeLocalsStartZero(t *testing.T) {
	inst := loadWat(t, "calls.wat")
	for _, form := range forms {
		got, err := call(t, inst, form.debug, "dirty", I32(6))
		if err != nil || len(got) != 1 || got[0] != I32(0) {
			t.Errorf("%s: dirty(6) = %v, %v; want 0 levels with dirty locals", form.name, got, err)
		}
	}
}

// A return counts from its d, which must be where it returns from.
func TestReturnKnowsItsInstruction(t *testing.T) {
	for _, file := range []string{"calls.wat", "basic.wat", "fused.wat"} {
		inst := loadWat(t, file)
		for _, f := range inst.Funcs {
			if f.Def == nil {
				continue
			}
			for _, debug := range []bool{false, true} {
				fc := f.code(debug)
				for pc, o := range fc.ops {
					fn := reflect.ValueOf(o.fn).Pointer()
					if fn != reflect.ValueOf(opReturn).Pointer() && fn != reflect.ValueOf(opReturnNum).Pointer() {
						continue
					}
					if o.d != fc.at[pc]+1 {
						t.Errorf("%s %s (debug %v) op %d: d = %d, want %d", file, f, debug, pc, o.d, fc.at[pc]+1)
					}
				}
			}
		}
	}
}
