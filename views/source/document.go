package source

import (
	"strings"
	"unicode/utf8"
)

// document is the text split into lines, with what lexing needs to start at
// any line, so that only the visible lines are ever coloured.
type document struct {
	text     string
	src      Lines // when set, lines come from it and text, lines, depth are empty
	lines    []string
	depth    []int // block comments open at the start of each line
	maxCells int   // the widest line, in cells
}

func newDocument(text string) *document {
	d := &document{text: text, lines: strings.Split(text, "\n")}
	d.depth = make([]int, len(d.lines))
	depth := 0
	var buf []span
	for i, line := range d.lines {
		d.depth[i] = depth
		buf, depth = lexLine(line, depth, buf[:0])
		d.maxCells = max(d.maxCells, lineCells(line))
	}
	return d
}

// segment is a piece of a line drawn as one text object starting at a cell.
type segment struct {
	cell, from, to int // from, to: byte offsets in the line
	class          class
}

// segments cuts a line into drawable pieces. Runs of printable ASCII of one
// class share a text object; every other rune gets its own, placed at its
// cell, so a glyph from a fallback font (CJK, say) can never push the text
// after it out of the grid. Whitespace is not drawn.
func segments(line string, spans []span, out []segment) []segment {
	col, s := 0, 0
	open := false // out's last segment still accepts ASCII runes
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		for s < len(spans) && spans[s].to <= i {
			s++
		}
		cl := classPlain
		if s < len(spans) && spans[s].from <= i {
			cl = spans[s].class
		}
		cells := runeCells(r)
		switch {
		case r == ' ' || r == '\t' || r == '\r':
			open = false
		case cells == 0 && len(out) > 0:
			out[len(out)-1].to = i + n
		case r < 0x7f && open && out[len(out)-1].class == cl:
			out[len(out)-1].to = i + 1
		default:
			out = append(out, segment{cell: col, from: i, to: i + n, class: cl})
			open = r < 0x7f
		}
		col = advance(r, col)
		i += n
	}
	return out
}
