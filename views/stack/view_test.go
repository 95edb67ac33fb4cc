package stack

import (
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"wasmstep/views/internal/viewtest"
	"wasmstep/vm/wasm"
)

// afterAdd is the stack after i32.add consumed 2 and 3 and pushed 5, inside
// a block of a function, with i32.mul next.
func afterAdd() Model {
	return Model{
		Operands: []Operand{
			{Value: Value{Type: wasm.F64, Lo: math.Float64bits(2.5)}},
			{Value: Value{Type: wasm.V128, Lo: 0x00000002_00000001, Hi: 0x00000004_00000003}},
			{Value: Value{Type: wasm.FuncRef, Ref: "func $fib"}},
			{Value: Value{Type: wasm.I32, Lo: 5}, Pushed: true},
			{Value: Value{Type: wasm.I32, Lo: 2}, Popped: true},
			{Value: Value{Type: wasm.I32, Lo: 3}, Popped: true},
		},
		Blocks: []Block{{"func $main", 0}, {"block $done", 2}},
		Next:   InstrOf(wasm.OpI32Mul),
	}
}

func TestViewRendersModel(t *testing.T) {
	viewtest.Start(t)
	v := New()
	w := viewtest.Show(t, v, 520, 400)
	v.Update(afterAdd())
	want := []string{
		"i32.mul : [i32 i32] -> [i32]",
		"Multiply, keeping the low 32 bits.",
		"# | type | value",
		"i32 | 3 | popped",
		"i32 | 2 | popped",
		"3 | i32 | 5 | pushed",
		"2 | funcref | func $fib",
		"block $done",
		"1 | v128 | 1 2 3 4",
		"0 | f64 | 2.5",
		"func $main",
	}
	if got := viewtest.Lines(w); !reflect.DeepEqual(got, want) {
		t.Errorf("rendered\n%q\nwant\n%q", got, want)
	}
	viewtest.Shots(t, w, "stack")

	// Marks: pushed is bold on a tint, popped is greyed.
	if txt := viewtest.Find(w, "pushed"); txt == nil || !txt.TextStyle.Bold {
		t.Errorf("pushed value not bold: %+v", txt)
	}
	if txt := viewtest.Find(w, "3"); txt == nil || txt.Color != viewtest.Color("placeholder") {
		t.Errorf("popped value not greyed: %+v", txt)
	}

	v.SetDisplay(Display{Format: Hex, Shape: I64x2})
	if txt := viewtest.Find(w, "0x0000000200000001 0x0000000400000003"); txt == nil {
		t.Errorf("v128 in hex i64x2 not shown; lines %q", viewtest.Lines(w))
	}
	if txt := viewtest.Find(w, "0x00000005"); txt == nil {
		t.Errorf("i32 in hex not shown; lines %q", viewtest.Lines(w))
	}
}

func TestViewEmpty(t *testing.T) {
	viewtest.Start(t)
	v := New()
	w := viewtest.Show(t, v, 400, 200)
	v.Update(Model{})
	got := viewtest.Lines(w)
	if got[len(got)-1] != "(empty)" {
		t.Errorf("empty stack rendered %q", got)
	}
}

// On a short pane the description gives way to the rows; the caption
// stays.
func TestShortPaneDropsDescription(t *testing.T) {
	viewtest.Start(t)
	v := New()
	w := viewtest.Show(t, v, 520, 400)
	v.Update(afterAdd())
	if viewtest.Find(w, "Multiply, keeping the low 32 bits.") == nil {
		t.Fatalf("description missing on a tall pane: %q", viewtest.Lines(w))
	}
	// Room for about one row more than the minimum (caption and header):
	// less than the description's line.
	w.Resize(fyne.NewSize(520, v.MinSize().Height+30))
	if viewtest.Find(w, "Multiply, keeping the low 32 bits.") != nil {
		t.Errorf("description shown on a short pane: %q", viewtest.Lines(w))
	}
	if viewtest.Find(w, "i32.mul : [i32 i32] -> [i32]") == nil || viewtest.Find(w, "pushed") == nil {
		t.Errorf("caption or top row missing on a short pane: %q", viewtest.Lines(w))
	}
}

// The description takes the lines it needs, laid out again whenever it
// changes: a long one (a SIMD comparison's) wraps to two lines with the
// rows below it, a short one takes one line, and on a short pane a
// description gives way when its lines do not fit.
func TestDescriptionWraps(t *testing.T) {
	long, short := InstrOf(wasm.OpI8x16GtU), InstrOf(wasm.OpI32Mul)
	for _, tc := range []struct {
		name  string
		shown []Instr // one Update each; the last is checked
		extra float32 // the pane's height above its minimum
		lines int     // of description; 0 when hidden
	}{
		{"long after short", []Instr{short, long}, 250, 2},
		{"short after long", []Instr{long, short}, 250, 1},
		{"long on a short pane", []Instr{short, long}, 80, 0},
		{"short on a short pane", []Instr{long, short}, 80, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			viewtest.Start(t)
			v := New()
			w := viewtest.Show(t, v, 520, 400)
			w.Resize(fyne.NewSize(520, v.MinSize().Height+tc.extra))
			var next Instr
			for _, next = range tc.shown {
				m := afterAdd()
				m.Next = next
				v.Update(m)
			}
			got := viewtest.Lines(w)
			header := slices.Index(got, "# | type | value")
			if header < 1 || got[0] != caption(next) {
				t.Fatalf("rendered %q", got)
			}
			doc := got[1:header]
			if len(doc) != tc.lines {
				t.Errorf("description on %d lines %q, want %d", len(doc), doc, tc.lines)
			}
			if tc.lines > 0 && strings.Join(doc, " ") != next.Doc {
				t.Errorf("description shown as %q, want %q", doc, next.Doc)
			}
			if v.doc.Visible() && (v.doc.Size().Height < v.doc.MinSize().Height ||
				v.grid.Position().Y < v.doc.Position().Y+v.doc.Size().Height) {
				t.Errorf("description %v at %v does not fit above the rows at %v (it needs %v)",
					v.doc.Size(), v.doc.Position(), v.grid.Position(), v.doc.MinSize())
			}
		})
	}
}
