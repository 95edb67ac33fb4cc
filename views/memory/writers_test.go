package memory

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// threadedModel has bytes 0x10..0x1c written: the first four by a thread
// the model does not know, then by threads 1 and 2, then by several.
func threadedModel() Model {
	m := testModel()
	m.Memories[0].Written = []Range{{0x10, 0x1c}}
	m.Memories[0].WrittenBy = []ThreadWrite{{Range{0x14, 0x16}, 1}, {Range{0x16, 0x18}, 2}, {Range{0x18, 0x1c}, SeveralThreads}}
	return m
}

// Tapping a written byte of a threaded program tells which thread wrote it.
func TestReadoutSaysWhichThreadWrote(t *testing.T) {
	v, _ := newTestView(t)
	v.Update(threadedModel())
	p := v.panes[0]
	l := p.grid.layout()
	for _, tt := range []struct {
		col  int
		want string
	}{
		{0x4, "written by thread 1"},
		{0x7, "written by thread 2"},
		{0xb, "written by several threads"},
		{0x0, ""}, // written, by no known thread
		{0xc, ""}, // not written
	} {
		test.TapAt(p.grid, fyne.NewPos(l.x(l.hexCell(tt.col))+l.cellW/2, 2.5*l.lineH))
		first := strings.SplitN(p.readout.Text, "\n", 2)[0]
		if !strings.HasPrefix(first, "@ 0x000000") {
			t.Fatalf("byte 0x1%x: readout %q", tt.col, p.readout.Text)
		}
		if tt.want == "" && strings.Contains(p.readout.Text, "written by") || !strings.Contains(first, tt.want) {
			t.Errorf("byte 0x1%x: readout %q, want %q", tt.col, first, tt.want)
		}
	}
}

// Each thread's bytes have their own highlight; bytes of no known thread
// keep the usual one.
func TestThreadsWritesHaveTheirColours(t *testing.T) {
	v, _ := newTestView(t)
	v.Update(threadedModel())
	g := v.panes[0].grid
	fills := map[color.Color]int{}
	for _, o := range test.TempWidgetRenderer(t, g).Objects() {
		if r, ok := o.(*canvas.Rectangle); ok {
			fills[r.FillColor]++
		}
	}
	for name, c := range map[string]color.Color{
		"unknown":  theme.ColorForWidget(theme.ColorNameWarning, g),
		"thread 1": threadHue(1, g),
		"thread 2": threadHue(2, g),
		"several":  threadHue(SeveralThreads, g),
	} {
		if fills[withAlpha(c, 0x70)] != 2 { // one row: hex part and ASCII part
			t.Errorf("%s: %d rectangles of its colour, want 2 (%v)", name, fills[withAlpha(c, 0x70)], fills)
		}
	}
	if threadHue(0, g) == threadHue(1, g) || threadHue(1, g) == threadHue(2, g) || threadHue(2, g) == threadHue(3, g) {
		t.Error("neighbouring threads share a colour")
	}
}
