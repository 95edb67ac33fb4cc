package locals

import (
	"math"
	"reflect"
	"testing"

	"wasmstep/views/internal/viewtest"
	"wasmstep/views/stack"
	"wasmstep/vm/wasm"
)

func i32(x uint64) stack.Value { return stack.Value{Type: wasm.I32, Lo: x} }

func TestLocalsView(t *testing.T) {
	viewtest.Start(t)
	v := New()
	w := viewtest.Show(t, v, 560, 240)
	v.Update(Model{Locals: []Local{
		{Name: "$n", Param: true, Value: i32(10)},
		{Name: "$acc", Value: i32(55), Changed: true},
		{Value: stack.Value{Type: wasm.F64, Lo: math.Float64bits(0.25)}},
		{Name: "$f", Value: stack.Value{Type: wasm.FuncRef, Ref: "null"}},
	}})
	want := []string{
		"# | kind | name | type | value",
		"0 | param | $n | i32 | 10",
		"1 | local | $acc | i32 | 55",
		"2 | local | f64 | 0.25",
		"3 | local | $f | funcref | null",
	}
	if got := viewtest.Lines(w); !reflect.DeepEqual(got, want) {
		t.Errorf("rendered\n%q\nwant\n%q", got, want)
	}
	if txt := viewtest.Find(w, "$acc"); txt == nil || !txt.TextStyle.Bold {
		t.Errorf("changed local not marked: %+v", txt)
	}
	if txt := viewtest.Find(w, "$n"); txt == nil || txt.TextStyle.Bold {
		t.Errorf("unchanged local marked: %+v", txt)
	}
	viewtest.Shots(t, w, "locals")

	v.SetDisplay(stack.Display{Format: stack.Hex})
	if viewtest.Find(w, "0x00000037") == nil {
		t.Errorf("hex display not applied; lines %q", viewtest.Lines(w))
	}
}

func TestGlobalsView(t *testing.T) {
	viewtest.Start(t)
	v := NewGlobals()
	w := viewtest.Show(t, v, 560, 200)
	v.Update(GlobalsModel{Globals: []Global{
		{Name: "env.base", Value: i32(1024)},
		{Name: "$counter", Mutable: true, Value: stack.Value{Type: wasm.I64, Lo: 7}, Changed: true},
	}})
	want := []string{
		"# | name | type | mut | value",
		"0 | env.base | i32 | const | 1024",
		"1 | $counter | i64 | mut | 7",
	}
	if got := viewtest.Lines(w); !reflect.DeepEqual(got, want) {
		t.Errorf("rendered\n%q\nwant\n%q", got, want)
	}
	if txt := viewtest.Find(w, "$counter"); txt == nil || !txt.TextStyle.Bold {
		t.Errorf("changed global not marked: %+v", txt)
	}
	viewtest.Shots(t, w, "globals")
}
