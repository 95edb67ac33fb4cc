package ui

import "strings"

// printableOutput shows a program's control characters as their Unicode
// control pictures (NUL as ␀): the console's font draws them as
// overlapping glyphs. Newlines and tabs keep their meaning.
func printableOutput(s string) string {
	if strings.IndexFunc(s, isHiddenControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case !isHiddenControl(r):
			return r
		case r == 0x7f:
			return '␡'
		}
		return 0x2400 + r
	}, s)
}

func isHiddenControl(r rune) bool {
	return (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f
}
