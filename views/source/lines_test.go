package source

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2/canvas"
)

// countingLines is a text of n lines made up on demand, recording which
// lines the view asked for.
type countingLines struct {
	n     int
	asked map[int]bool
}

func (c *countingLines) Len() int      { return c.n }
func (c *countingLines) MaxCells() int { return 40 }
func (c *countingLines) Line(i int) string {
	c.asked[i] = true
	return fmt.Sprintf("    i32.const %d", i)
}

// TestLinesAsksOnlyForVisibleLines shows a ten-million-line text and checks
// that the view asks for, and draws, only the lines on screen, also after a
// jump to the end.
func TestLinesAsksOnlyForVisibleLines(t *testing.T) {
	src := &countingLines{n: 10_000_000, asked: map[int]bool{}}
	v, _ := newTestView(t, Model{Lines: src})
	visible := int(v.scroll.Size().Height/measure(v.Theme(), src.n).lineH) + 2
	// A jump redraws the screen it leaves, then the one it arrives at.
	check := func(when string, screens int) {
		t.Helper()
		if len(src.asked) == 0 || len(src.asked) > screens*visible {
			t.Errorf("%s: %d lines asked for, %d visible", when, len(src.asked), visible)
		}
		if texts := drawn[*canvas.Text](t, v); len(texts) > 3*visible {
			t.Errorf("%s: %d texts drawn for %d visible lines", when, len(texts), visible)
		}
	}
	check("at the top", 1)
	if textAt(t, v, "i32.const") == nil || textAt(t, v, "0") == nil {
		t.Error("the first line is not drawn")
	}
	clear(src.asked)
	v.Update(Model{Lines: src, Next: &Span{From: Loc{Line: src.n - 1, Col: 5}, To: Loc{Line: src.n, Col: 1}}})
	check("at the end", 2)
	if !src.asked[src.n-2] {
		t.Error("the next instruction's line was not drawn")
	}
}
