package grid

import "fyne.io/fyne/v2"

const ellipsis = "…"

// fit returns text, or its longest prefix that fits in width followed by an
// ellipsis. It measures rather than counts runes so wide glyphs (CJK names
// drawn by a fallback font) are cut correctly too.
func fit(text string, width, size float32, style fyne.TextStyle) string {
	if fyne.MeasureText(text, size, style).Width <= width {
		return text
	}
	runes := []rune(text)
	lo, hi := 0, len(runes) // invariant: runes[:lo]+ellipsis fits (lo may be 0)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid])+ellipsis, size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return ""
	}
	return string(runes[:lo]) + ellipsis
}
