package source

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// The next instruction's line stays in view when the window shrinks.
func TestNextLineStaysVisibleAfterAResize(t *testing.T) {
	text := strings.Repeat("(nop)\n", 120)
	next := &Span{From: Loc{Line: 90, Col: 1}, To: Loc{Line: 90, Col: 6}}
	v, w := newTestView(t, Model{Text: text, Next: next})
	w.Resize(fyne.NewSize(640, 900))
	if first, last := v.VisibleLines(); 90 < first || 90 > last {
		t.Fatalf("line 90 not in view at 900 pixels: lines %d-%d", first, last)
	}
	for _, h := range []float32{300, 160, 700} {
		w.Resize(fyne.NewSize(640, h))
		if first, last := v.VisibleLines(); 90 < first || 90 > last {
			t.Errorf("after a resize to %v pixels lines %d-%d show, not line 90", h, first, last)
		}
	}
}
