package vm

import "testing"

func TestFastOps(t *testing.T) {
	src := `(module (func (export "f") (param i32) (result i32)
	  local.get 0 i32.const 1 i32.add))`
	inst, err := NewStore().Instantiate(validateWat(t, src), nil)
	if err != nil {
		t.Fatal(err)
	}
	f := inst.ExportedFunc("f")
	ops := f.FastOps()
	if len(ops) == 0 || len(ops) != len(f.fast.ops) {
		t.Fatalf("%d ops, the fast form has %d", len(ops), len(f.fast.ops))
	}
	// The add of a constant to a local is one op completing i32.add (body
	// index 2), whatever follows it to return.
	if ops[0].At != 2 || ops[0].Handler != handlerName(f.fast.ops[0].fn) || ops[0].Handler == "" {
		t.Errorf("first op %+v", ops[0])
	}
	for _, o := range ops {
		if o.At < 0 || o.At >= f.Def.BodyLen() {
			t.Errorf("op %+v completes no instruction of the body", o)
		}
	}
}
