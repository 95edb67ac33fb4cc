package trace

import (
	"fmt"
	"reflect"
	"testing"

	"wasmstep/views/internal/viewtest"
	"wasmstep/views/stack"
	"wasmstep/vm/wasm"
)

func i32(x uint64) stack.Value { return stack.Value{Type: wasm.I32, Lo: x} }

func TestRendersEntries(t *testing.T) {
	viewtest.Start(t)
	v := New(100)
	w := viewtest.Show(t, v, 900, 200)
	v.Append(
		Entry{Step: 1, Location: "add.wat:3:5", Instr: "local.get $a", Effect: "[] -> [t]", NoStack: true},
		Entry{Step: 2, Location: "add.wat:4:5", Instr: "local.get $b", Effect: "[] -> [t]", Stack: []stack.Value{i32(2), i32(3)}},
		Entry{Step: 3, Location: "add.wat:5:5", Instr: "i32.add", Effect: "[i32 i32] -> [i32]", Stack: []stack.Value{i32(5)}},
		Entry{Step: 4, Location: "add.wat:6:3", Instr: "end", Effect: "[t*] -> [t*]"},
	)
	// An unrecorded stack is marked; an empty one is left blank.
	want := []string{
		"step | location | instruction | stack effect | stack after",
		"1 | add.wat:3:5 | local.get $a | [] -> [t] | …",
		"2 | add.wat:4:5 | local.get $b | [] -> [t] | i32:2 i32:3",
		"3 | add.wat:5:5 | i32.add | [i32 i32] -> [i32] | i32:5",
		"4 | add.wat:6:3 | end | [t*] -> [t*]",
	}
	if got := viewtest.Lines(w); !reflect.DeepEqual(got, want) {
		t.Errorf("rendered\n%q\nwant\n%q", got, want)
	}
	viewtest.Shots(t, w, "trace")
}

func TestKeepsLastN(t *testing.T) {
	viewtest.Start(t)
	v := New(50)
	w := viewtest.Show(t, v, 640, 300)
	for i := range uint64(120) {
		v.Append(Entry{Step: i, Location: fmt.Sprintf("loop.wat:%d:1", i), Instr: "nop"})
	}
	lines := viewtest.Lines(w)
	if last := lines[len(lines)-1]; last != "119 | loop.wat:119:1 | nop" {
		t.Errorf("newest entry not in view: last line %q", last)
	}
	if v.entries.Len() != 50 || v.entries.At(0).Step != 70 {
		t.Errorf("kept %d entries from step %d; want 50 from 70", v.entries.Len(), v.entries.At(0).Step)
	}
	v.Clear()
	if got := viewtest.Lines(w); len(got) != 1 {
		t.Errorf("after Clear: %q", got)
	}
}
