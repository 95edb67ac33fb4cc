// Package middle shortens long names by cutting their middle, so both the
// start (a path's root, a function's module) and the end (the file name,
// line and column) stay readable.
package middle

import "fyne.io/fyne/v2"

const ellipsis = "…"

// Fit returns text, or as many of its first and last runes as fit in width
// with an ellipsis between them, two fifths from the start and three from
// the end (a file name and line matter more than the folders). It measures
// rather than counts runes, so wide glyphs are cut correctly too.
func Fit(text string, width, size float32, style fyne.TextStyle) string {
	if fyne.MeasureText(text, size, style).Width <= width {
		return text
	}
	runes := []rune(text)
	cut := func(n int) string { return string(runes[:n*2/5]) + ellipsis + string(runes[len(runes)-(n-n*2/5):]) }
	lo, hi := 0, len(runes)-1 // invariant: cut(lo) fits, or lo is 0
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(cut(mid), size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return ""
	}
	return cut(lo)
}
