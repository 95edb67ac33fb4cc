package source

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

const sample = `(module
  (func $add (param $a i32) (param $b i32) (result i32)
    (i32.add (local.get $a) (local.get $b)))
  ;; 中文注释：两个单元格
  (export "add" (func $add)))`

func newTestView(t *testing.T, m Model) (*View, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme())
	v := NewView()
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(640, 400))
	v.Update(m)
	return v, w
}

// drawn returns the body's objects of type T after a refresh.
func drawn[T fyne.CanvasObject](t *testing.T, v *View) []T {
	t.Helper()
	var out []T
	for _, o := range test.TempWidgetRenderer(t, v.body).Objects() {
		if x, ok := o.(T); ok {
			out = append(out, x)
		}
	}
	return out
}

func textAt(t *testing.T, v *View, s string) *canvas.Text {
	t.Helper()
	for _, x := range drawn[*canvas.Text](t, v) {
		if x.Text == s {
			return x
		}
	}
	return nil
}

func TestViewDrawsLinesWithColours(t *testing.T) {
	v, _ := newTestView(t, Model{Text: sample})
	for _, s := range []string{"1", "5", "i32.add", "$add", `"add"`, "中", "两"} {
		if textAt(t, v, s) == nil {
			t.Errorf("%q is not drawn", s)
		}
	}
	p := newPalette(v.body)
	if c := textAt(t, v, "$add").Color; c != p.id {
		t.Errorf("$add colour %v, want the id colour %v", c, p.id)
	}
	if c := textAt(t, v, "中").Color; c != p.comment {
		t.Errorf("comment colour %v, want %v", c, p.comment)
	}
}

func TestWideRunesAreDrawnTwoCellsApart(t *testing.T) {
	v, _ := newTestView(t, Model{Text: sample})
	m := measure(v.Theme(), 5)
	line := strings.Split(sample, "\n")[3]
	for _, r := range []string{"中", "文", "注", "释"} {
		got := textAt(t, v, r)
		want := m.cellX(cellOf(line, strings.Index(line, r)+1))
		if got == nil || got.Position().X != want {
			t.Errorf("%s drawn at %v, want x=%v", r, got.Position(), want)
		}
	}
	if d := textAt(t, v, "文").Position().X - textAt(t, v, "中").Position().X; d != 2*m.cellW {
		t.Errorf("中 and 文 are %v apart, want two cells (%v)", d, 2*m.cellW)
	}
}

func TestGutterTapTogglesBreakpoint(t *testing.T) {
	var bps []int
	v, _ := newTestView(t, Model{Text: sample})
	v.OnToggleBreakpoint = func(line int) {
		if len(bps) > 0 && bps[0] == line {
			bps = nil
		} else {
			bps = []int{line}
		}
		v.Update(Model{Text: sample, Breakpoints: bps})
	}
	m := measure(v.Theme(), 5)
	gutterLine3 := fyne.NewPos(m.marker/2, 2.5*m.lineH)
	test.TapAt(v.body, gutterLine3)
	if len(bps) != 1 || bps[0] != 3 {
		t.Fatalf("breakpoints after a gutter tap on line 3: %v", bps)
	}
	circles := drawn[*canvas.Circle](t, v)
	if len(circles) != 1 || circles[0].Position().Y < 2*m.lineH || circles[0].Position().Y > 3*m.lineH {
		t.Errorf("breakpoint markers %v, want one on line 3", circles)
	}
	test.TapAt(v.body, fyne.NewPos(m.cellX(10), 2.5*m.lineH))
	if len(bps) != 1 {
		t.Errorf("a tap on the text changed breakpoints: %v", bps)
	}
	test.TapAt(v.body, gutterLine3)
	if len(bps) != 0 || len(drawn[*canvas.Circle](t, v)) != 0 {
		t.Errorf("second tap did not clear the breakpoint: %v", bps)
	}
}

func TestNextSpanInsideAFoldedExpression(t *testing.T) {
	// (local.get $b) on line 3, columns 29..42 (inclusive).
	next := &Span{From: Loc{3, 29}, To: Loc{3, 43}}
	v, _ := newTestView(t, Model{Text: sample, Next: next})
	m := measure(v.Theme(), 5)
	var hl *canvas.Rectangle
	for _, r := range drawn[*canvas.Rectangle](t, v) {
		if r.StrokeWidth > 0 {
			hl = r
		}
	}
	if hl == nil {
		t.Fatal("no span highlight drawn")
	}
	if hl.Position() != fyne.NewPos(m.cellX(28), 2*m.lineH) || hl.Size().Width != 14*m.cellW {
		t.Errorf("span at %v size %v, want x=%v y=%v width %v", hl.Position(), hl.Size(), m.cellX(28), 2*m.lineH, 14*m.cellW)
	}
}

func TestErrorMarkerShowsMessage(t *testing.T) {
	v, _ := newTestView(t, Model{Text: sample, Errors: []Marker{{Loc{3, 6}, "type mismatch"}}})
	msg := textAt(t, v, "type mismatch")
	if msg == nil {
		t.Fatal("error message not drawn")
	}
	if c := msg.Color; c != theme.ColorForWidget(theme.ColorNameError, v.body) {
		t.Errorf("message colour %v, want the error colour", c)
	}
	if n := textAt(t, v, "3"); n == nil || !n.TextStyle.Bold {
		t.Error("line number 3 is not marked")
	}
}

func TestLargeFileDrawsOnlyVisibleLines(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 20000; i++ {
		fmt.Fprintf(&b, "    (i32.const %d) ;; 第%d行\n", i, i)
	}
	v, _ := newTestView(t, Model{Text: b.String()})
	if n := len(drawn[*canvas.Text](t, v)); n > 400 {
		t.Errorf("%d texts drawn for a 400px view", n)
	}
	v.Update(Model{Text: b.String(), Next: &Span{Loc{15000, 5}, Loc{15000, 20}}})
	if textAt(t, v, "15000") == nil || textAt(t, v, "1") != nil {
		t.Error("the view did not follow the next instruction to line 15000")
	}
}

type bigText struct{ fyne.Theme }

func (b bigText) Size(n fyne.ThemeSizeName) float32 { return 2 * b.Theme.Size(n) }

func TestHonoursThemeTextSize(t *testing.T) {
	v, w := newTestView(t, Model{Text: sample})
	normal := measure(v.Theme(), 5)
	fyne.CurrentApp().Settings().SetTheme(bigText{theme.DefaultTheme()})
	w.Content().Refresh()
	big := measure(v.Theme(), 5)
	if big.lineH < 1.8*normal.lineH {
		t.Fatalf("line height %v with doubled text, was %v", big.lineH, normal.lineH)
	}
	if got := textAt(t, v, "i32.add").TextSize; got != big.size {
		t.Errorf("text drawn at size %v, want %v", got, big.size)
	}
}
