package source

import (
	"testing"

	"fyne.io/fyne/v2/canvas"
)

// A function's implicit end is the span from its closing parenthesis to
// the start of the next line; the next function starts on that line and
// must not be marked.
func TestEndOfFunctionMarksOnlyTheClosingParenthesis(t *testing.T) {
	const funcs = `(module
  (func $a (result i32)
    (i32.const 1))
  (func $b (result i32)
    (i32.const 2)))`
	v, _ := newTestView(t, Model{Text: funcs, Next: &Span{From: Loc{3, 18}, To: Loc{4, 1}}})
	m := measure(v.Theme(), 5)
	var marked []*canvas.Rectangle
	for _, r := range drawn[*canvas.Rectangle](t, v) {
		if r.StrokeWidth > 0 {
			marked = append(marked, r)
		}
	}
	if len(marked) != 1 {
		t.Fatalf("%d spans marked, want 1 (the closing parenthesis)", len(marked))
	}
	if hl := marked[0]; hl.Position().Y != 2*m.lineH || hl.Position().X != m.cellX(17) || hl.Size().Width != m.cellW {
		t.Errorf("span at %v size %v, want the cell at x=%v on line 3", hl.Position(), hl.Size(), m.cellX(17))
	}
}
