package ui

import (
	"strings"
	"testing"
)

// Stopped at a function's implicit end, the source marks the function's
// closing parenthesis and nothing else: not the next function on the next
// line, nor the module's parenthesis after it ($d).
func TestEndOfFunctionMarksItsClosingParenthesis(t *testing.T) {
	src := `(module
  (func $a (export "a") (result i32)
    (i32.const 1))
  (func $b (export "b") (result i32)
    i32.const 2
  )
  (func $c (export "c") (result i32) i32.const 3)
  (func $d (export "d") (result i32) i32.const 4))`
	lines := strings.Split(src, "\n")
	w := openSource(t, "ends.wat", src)
	for _, tt := range []struct {
		export string
		line   int
	}{{"a", 3}, {"b", 6}, {"c", 7}, {"d", 8}} {
		w.Invoke(tt.export, nil, true)
		w.Settle()
		w.StepInto()
		w.Settle()
		if loc := w.snap.Current().Location; loc.Text != "end" {
			t.Fatalf("%s: stopped at %q, want its end", tt.export, loc.Text)
		}
		next := w.src.cur.next
		if next == nil || next.From.Line != tt.line || lines[tt.line-1][next.From.Col-1] != ')' {
			t.Errorf("%s: end marked at %+v, want the ')' on line %d", tt.export, next, tt.line)
		}
		if next != nil && (next.To.Line != next.From.Line || next.To.Col != next.From.Col+1) {
			t.Errorf("%s: end marked from %+v to %+v, want the one parenthesis", tt.export, next.From, next.To)
		}
	}
}
