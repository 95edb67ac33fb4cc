package memory

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

const gib16 = 16 << 30

func testModel() Model {
	return Model{Memories: []MemoryModel{
		{Index: 0, Name: "$public", Pages: 1, Written: []Range{{0x14, 0x1c}},
			Source: fakeMem{size: 65536, base: 0x10, data: []byte("你好, wasm\x00")}},
		{Index: 1, Name: "$big", Addr64: true, Pages: gib16 / 65536,
			Source: fakeMem{size: gib16, base: gib16 - 4, data: []byte{0xde, 0xad, 0xbe, 0xef}}},
	}}
}

func newTestView(t *testing.T) (*View, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme())
	v := NewView()
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(900, 600))
	v.Update(testModel())
	return v, w
}

// gridTexts returns the texts a pane's grid draws, row by row.
func gridTexts(t *testing.T, p *pane) []string {
	t.Helper()
	var out []string
	for _, o := range test.TempWidgetRenderer(t, p.grid).Objects() {
		if x, ok := o.(*canvas.Text); ok {
			out = append(out, x.Text)
		}
	}
	return out
}

func hasText(texts []string, s string) bool {
	for _, x := range texts {
		if strings.Contains(x, s) {
			return true
		}
	}
	return false
}

func TestTabsAndRows(t *testing.T) {
	v, _ := newTestView(t)
	if len(v.tabs.Items) != 2 || v.tabs.Items[0].Text != "0 $public (1 page)" || v.tabs.Items[1].Text != "1 $big (262144 pages)" {
		t.Fatalf("tabs %q %q", v.tabs.Items[0].Text, v.tabs.Items[1].Text)
	}
	texts := gridTexts(t, v.panes[0])
	for _, want := range []string{"00000000", "00000010", "e4 bd a0 e5", "2c 20  77 61 73 6d 00", "......, wasm"} {
		if !hasText(texts, want) {
			t.Errorf("grid lacks %q in %q", want, texts)
		}
	}
	if rows := v.panes[0].grid.rows(); len(texts) != 1+2*rows {
		t.Errorf("%d texts for %d visible rows: the grid must draw only what fits", len(texts), rows)
	}
}

func TestWrittenBytesAreHighlighted(t *testing.T) {
	v, _ := newTestView(t)
	var rects int
	for _, o := range test.TempWidgetRenderer(t, v.panes[0].grid).Objects() {
		if _, ok := o.(*canvas.Rectangle); ok {
			rects++
		}
	}
	if rects != 2 { // 0x14..0x1c lies in one row: hex part and ASCII part
		t.Errorf("%d highlight rectangles, want 2", rects)
	}
}

func TestTapByteShowsReadout(t *testing.T) {
	v, _ := newTestView(t)
	var got []uint64
	v.OnSelect = func(mem int, addr uint64) { got = append(got, uint64(mem), addr) }
	p := v.panes[0]
	l := p.grid.layout()
	// Row 0x10 is the second memory row, below the header.
	test.TapAt(p.grid, fyne.NewPos(l.x(l.hexCell(0))+l.cellW/2, 2.5*l.lineH))
	if len(got) != 2 || got[0] != 0 || got[1] != 0x10 {
		t.Fatalf("OnSelect calls %v, want memory 0 address 0x10", got)
	}
	for _, want := range []string{"@ 0x00000010", "u8 228", `utf-8 "你好, wasm"`} {
		if !strings.Contains(p.readout.Text, want) {
			t.Errorf("readout %q lacks %q", p.readout.Text, want)
		}
	}
	test.TapAt(p.grid, fyne.NewPos(l.x(l.asciiCell(15)), 2.5*l.lineH))
	if got[len(got)-1] != 0x1f {
		t.Errorf("tap on the ASCII column selected 0x%x, want 0x1f", got[len(got)-1])
	}
}

func TestGoToAddressOnMemory64(t *testing.T) {
	v, _ := newTestView(t)
	v.tabs.SelectIndex(1)
	p := v.panes[1]
	test.Type(p.entry, "0x3fffffffc")
	p.entry.OnSubmitted(p.entry.Text)
	if !p.hasCursor || p.cursor != gib16-4 {
		t.Fatalf("cursor %x after go to", p.cursor)
	}
	texts := gridTexts(t, p)
	if !hasText(texts, "00000003fffffff0") || !hasText(texts, "de ad be ef") {
		t.Errorf("the last row is not shown: %q", texts)
	}
	if !strings.Contains(p.readout.Text, "u32 4022250974") {
		t.Errorf("values readout %q", p.readout.Text)
	}
	p.entry.OnSubmitted("0x400000000")
	if p.status.Text != "beyond the end of memory (size 0x400000000)" || p.cursor != gib16-4 {
		t.Errorf("an address past the end: status %q cursor %x", p.status.Text, p.cursor)
	}
}

func TestScrollbarAndWheelSpanTheAddressSpace(t *testing.T) {
	v, _ := newTestView(t)
	v.tabs.SelectIndex(1)
	p := v.panes[1]
	h := p.bar.Size().Height
	test.TapAt(p.bar, fyne.NewPos(2, h-1))
	if p.top != p.maxTop() || !hasText(gridTexts(t, p), "00000003fffffff0") {
		t.Fatalf("tap at the bottom of the scrollbar: top row %d of %d", p.top, p.maxTop())
	}
	test.TapAt(p.bar, fyne.NewPos(2, h/2))
	if mid := p.maxTop() / 2; p.top < mid-mid/50 || p.top > mid+mid/50 {
		t.Errorf("tap in the middle: top row %d, want about %d", p.top, mid)
	}
	before := p.top
	p.grid.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -wheelNotch}}) // one notch: three rows
	if p.top != before+3 {
		t.Errorf("wheel down three rows: top %d, want %d", p.top, before+3)
	}
}

func TestUpdateKeepsCursorAndShowsEmpty(t *testing.T) {
	v, _ := newTestView(t)
	v.panes[0].setCursor(0x10)
	v.Update(testModel())
	if !v.panes[0].hasCursor || v.panes[0].cursor != 0x10 {
		t.Error("the cursor did not survive an update")
	}
	v.Update(Model{})
	if v.empty.Hidden || !v.tabs.Hidden {
		t.Error("no memories must show the empty label")
	}
}

// The readout sits beside the grid when there is room and below it only
// while a byte is selected, so a short pane still shows hex rows.
func TestReadoutLeavesRowsInAShortPane(t *testing.T) {
	v, w := newTestView(t)
	p := v.panes[0]
	tests := []struct {
		width, height float32
		cursor        bool
		side, shown   bool
		minRows       int
	}{
		{1000, 200, false, true, true, 3},
		{1000, 200, true, true, true, 3},
		{700, 360, false, false, false, 8},
		{700, 360, true, false, true, 4},
	}
	for _, tt := range tests {
		p.hasCursor = false
		if tt.cursor {
			p.setCursor(0x10)
		} else {
			p.showReadout()
		}
		w.Resize(fyne.NewSize(tt.width, tt.height))
		if p.side != tt.side || readoutShown(p) != tt.shown || p.grid.rows() < tt.minRows {
			t.Errorf("%vx%v cursor %v: side %v shown %v rows %d, want side %v shown %v rows >= %d (%q)",
				tt.width, tt.height, tt.cursor, p.side, readoutShown(p), p.grid.rows(), tt.side, tt.shown, tt.minRows, p.readout.Text)
		}
		if tt.side && tt.cursor && !strings.Contains(p.readout.Text, "i32 -442450460   u32 3852516836") {
			t.Errorf("side readout %q", p.readout.Text)
		}
	}
}

// readoutShown reports whether the readout's scroller is visible.
func readoutShown(p *pane) bool {
	body := p.content.(*fyne.Container).Objects[0].(*fyne.Container)
	return body.Objects[1].Visible()
}
