package memory

import "testing"

// A stop scrolls a memory to the bytes just written when none of them is in
// view, and shows the one memory written until the user picks a tab.
func TestStopFollowsWrites(t *testing.T) {
	v, _ := newTestView(t)
	third := uint64(v.panes[0].grid.rows() / 3)
	tests := []struct {
		name    string
		written []Range // of memory 0, the tab shown
		top     uint64
	}{
		{"no write keeps the place", nil, 0},
		{"far write scrolls to it", []Range{{0xf000, 0xf004}, {0xf100, 0xf101}}, 0xf00 - third},
		{"visible write keeps the place", []Range{{0xf010, 0xf014}}, 0xf00 - third},
		{"write above scrolls up", []Range{{0x20, 0x21}}, 0},
	}
	for _, tt := range tests {
		m := testModel()
		m.Memories[0].Written = tt.written
		v.Update(m)
		if got := v.panes[0].top; got != tt.top {
			t.Errorf("%s: top row %#x, want %#x", tt.name, got, tt.top)
		}
		if got := v.tabs.SelectedIndex(); got != 0 {
			t.Errorf("%s: tab %d selected, want 0", tt.name, got)
		}
	}

	only := testModel()
	only.Memories[0].Written = nil
	only.Memories[1].Written = []Range{{8, 9}}
	v.Update(only)
	if v.tabs.SelectedIndex() != 1 {
		t.Error("the only memory written was not shown")
	}
	v.tabs.SelectIndex(0) // the user's choice
	v.Update(only)
	if v.tabs.SelectedIndex() != 0 {
		t.Error("a stop overrode the tab the user picked")
	}
}
