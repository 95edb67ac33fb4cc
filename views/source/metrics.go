package source

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

var mono = fyne.TextStyle{Monospace: true}

// metrics is the text grid's geometry at the theme's text size.
type metrics struct {
	size, cellW, lineH float32
	digits             int     // width of the line-number column, in cells
	marker             float32 // width of the breakpoint column
}

func measure(th fyne.Theme, lineCount int) metrics {
	size := th.Size(theme.SizeNameText)
	ten := fyne.MeasureText("0123456789", size, mono)
	return metrics{
		size:   size,
		cellW:  ten.Width / 10,
		lineH:  ten.Height,
		digits: len(strconv.Itoa(lineCount)),
		marker: ten.Height,
	}
}

// gutter is the width left of the text: markers, line numbers, a gap.
func (m metrics) gutter() float32 { return m.marker + float32(m.digits+2)*m.cellW }

// cellX is the x of a text cell.
func (m metrics) cellX(cell int) float32 { return m.gutter() + float32(cell)*m.cellW }
