package grid

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// charWidth is the advance of one monospace character at the theme's text
// size, measured bold because bold glyphs may be wider; column widths are
// given in characters so they follow a presentation theme's larger text.
func charWidth(th fyne.Theme) float32 {
	return fyne.MeasureText("0", th.Size(theme.SizeNameText), fyne.TextStyle{Monospace: true, Bold: true}).Width
}

// columnWidth is the width a column of n characters needs, padding included.
func columnWidth(th fyne.Theme, n int) float32 {
	return charWidth(th)*float32(n) + th.Size(theme.SizeNameInnerPadding)
}

// columnWidths gives each column its width in characters and the stretch
// column whatever is left of total, so the widest texts (values) get the
// space.
func columnWidths(th fyne.Theme, cols []Column, total float32) []float32 {
	sep := th.Size(theme.SizeNamePadding)
	widths := make([]float32, len(cols))
	stretch := len(cols) - 1
	used := float32(0)
	for i, c := range cols {
		widths[i] = columnWidth(th, c.Chars)
		used += widths[i] + sep
		if c.Stretch {
			stretch = i
		}
	}
	if stretch >= 0 {
		widths[stretch] = max(widths[stretch], total-(used-widths[stretch]))
	}
	return widths
}
