package source

import "unicode"

// tabCells is the distance between tab stops, in cells.
const tabCells = 4

// wideRanges lists the East Asian Wide and Fullwidth blocks (UAX #11) that
// occur in practice: such runes take two cells of a monospace grid.
var wideRanges = [...][2]rune{
	{0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC},
	{0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2E80, 0x303E}, {0x3041, 0x33FF},
	{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xA960, 0xA97F},
	{0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F},
	{0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF},
	{0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
}

// runeCells is the number of grid cells r occupies: 0 for combining marks and
// invisible format characters (they join the previous rune), 2 for wide runes.
func runeCells(r rune) int {
	switch {
	case r < 0x300:
		return 1
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	}
	for _, w := range wideRanges {
		if r < w[0] {
			return 1
		}
		if r <= w[1] {
			return 2
		}
	}
	return 1
}

// advance returns the cell after a rune that starts at cell col.
func advance(r rune, col int) int {
	if r == '\t' {
		return (col/tabCells + 1) * tabCells
	}
	return col + runeCells(r)
}

// cellOf maps a 1-based byte column of line to a 0-based cell; columns past
// the end of the line continue one cell per byte.
func cellOf(line string, byteCol int) int {
	off := byteCol - 1
	col := 0
	for i, r := range line {
		if i >= off {
			return col
		}
		col = advance(r, col)
	}
	if off > len(line) {
		col += off - len(line)
	}
	return col
}

// lineCells is the width of line in cells.
func lineCells(line string) int { return cellOf(line, len(line)+1) }
