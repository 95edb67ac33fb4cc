package callstack

import (
	"reflect"
	"strings"
	"testing"

	"wasmstep/views/internal/viewtest"
)

func frames() Model {
	return Model{Frames: []Frame{
		{Func: "env.print", Instr: "", Location: ""},
		{Func: "$fib", Instr: "call $print", Location: "fib.wat:12:7"},
		{Func: "$main", Instr: "call $fib", Location: "fib.wat:30:5"},
	}}
}

func TestRendersFrames(t *testing.T) {
	viewtest.Start(t)
	v := New()
	w := viewtest.Show(t, v, 600, 200)
	v.Update(frames())
	want := []string{
		"# | function | instruction | location",
		"0 | env.print | (host)",
		"1 | $fib | call $print | fib.wat:12:7",
		"2 | $main | call $fib | fib.wat:30:5",
	}
	if got := viewtest.Lines(w); !reflect.DeepEqual(got, want) {
		t.Errorf("rendered\n%q\nwant\n%q", got, want)
	}
	if txt := viewtest.Find(w, "env.print"); txt == nil || !txt.TextStyle.Bold {
		t.Errorf("selected frame not marked: %+v", txt)
	}
	viewtest.Shots(t, w, "callstack")
}

func TestTapSelectsFrame(t *testing.T) {
	viewtest.Start(t)
	v := New()
	w := viewtest.Show(t, v, 600, 200)
	var picked []int
	v.OnSelected = func(f int) { picked = append(picked, f) }

	m := frames()
	m.Selected = 1
	v.Update(m)
	if len(picked) != 0 {
		t.Errorf("Update called OnSelected: %v", picked)
	}
	if !viewtest.TapText(w, "$main") {
		t.Fatal("$main not shown")
	}
	viewtest.TapText(w, "$main") // the same frame again: no new call
	if !reflect.DeepEqual(picked, []int{2}) || v.Selected() != 2 {
		t.Errorf("picked %v, selected %d; want [2], 2", picked, v.Selected())
	}
	if txt := viewtest.Find(w, "$main"); txt == nil || !txt.TextStyle.Bold {
		t.Errorf("tapped frame not marked: %+v", txt)
	}
	if txt := viewtest.Find(w, "$fib"); txt == nil || txt.TextStyle.Bold {
		t.Errorf("previous frame still marked: %+v", txt)
	}
}

func TestLongNamesAreCutInTheMiddle(t *testing.T) {
	viewtest.Start(t)
	v := New()
	w := viewtest.Show(t, v, 560, 120)
	v.Update(Model{Frames: []Frame{{Func: "$std::collections::hash_map::HashMap::insert", Instr: "call $f",
		Location: "/home/someone/projects/wasmstep-demo/src/deeply/nested/hash_map.wat:120:9"}}})
	lines := viewtest.Lines(w)
	if len(lines) != 2 {
		t.Fatalf("rendered %q", lines)
	}
	cells := strings.Split(lines[1], " | ")
	fn, loc := cells[1], cells[3]
	if !strings.HasPrefix(fn, "$std") || !strings.HasSuffix(fn, "insert") || !strings.Contains(fn, "…") {
		t.Errorf("function shown as %q: want its start and end around an ellipsis", fn)
	}
	if !strings.HasPrefix(loc, "/home") || !strings.HasSuffix(loc, ".wat:120:9") || !strings.Contains(loc, "…") {
		t.Errorf("location shown as %q: want its start and the file:line:col", loc)
	}
}
