package source

import "testing"

func TestCellOfGivesWideRunesTwoCells(t *testing.T) {
	const line = ";; 注释 x\tye\u0301" // e + COMBINING ACUTE ACCENT
	tests := []struct {
		byteCol, cell int
	}{
		{1, 0},   // ';'
		{4, 3},   // 注 starts after ";; "
		{7, 5},   // 释 two cells later
		{10, 7},  // ' ' after the two wide runes
		{11, 8},  // 'x'
		{12, 9},  // tab
		{13, 12}, // 'y' at the next tab stop
		{14, 13}, // 'e'
		{15, 14}, // the combining mark takes no cell
		{17, 14}, // end of line
		{19, 16}, // past the end: one cell per byte
	}
	for _, tt := range tests {
		if got := cellOf(line, tt.byteCol); got != tt.cell {
			t.Errorf("cellOf(col %d) = %d, want %d", tt.byteCol, got, tt.cell)
		}
	}
	if got := lineCells(line); got != 14 {
		t.Errorf("lineCells = %d, want 14", got)
	}
}

func TestRuneCells(t *testing.T) {
	tests := []struct {
		r     rune
		cells int
	}{
		{'a', 1}, {'é', 1}, {'Ж', 1}, {'中', 2}, {'あ', 2}, {'한', 2}, {'Ａ', 2},
		{'😀', 2}, {'\u0301', 0}, {'\u200b', 0}, {'→', 1},
	}
	for _, tt := range tests {
		if got := runeCells(tt.r); got != tt.cells {
			t.Errorf("runeCells(%q) = %d, want %d", tt.r, got, tt.cells)
		}
	}
}

func TestSegmentsPlaceEachWideRuneAtItsCell(t *testing.T) {
	line := `(i32.const 1) ;; 中文ab`
	spans, _ := lexLine(line, 0, nil)
	type seg struct {
		cell int
		text string
		cl   class
	}
	want := []seg{
		{0, "(", classPlain}, {1, "i32.const", classInstr}, {11, "1", classNumber},
		{12, ")", classPlain}, {14, ";;", classComment},
		{17, "中", classComment}, {19, "文", classComment}, {21, "ab", classComment},
	}
	got := segments(line, spans, nil)
	if len(got) != len(want) {
		t.Fatalf("got %d segments %v, want %d", len(got), got, len(want))
	}
	for i, s := range got {
		if g := (seg{s.cell, line[s.from:s.to], s.class}); g != want[i] {
			t.Errorf("segment %d = %+v, want %+v", i, g, want[i])
		}
	}
}
