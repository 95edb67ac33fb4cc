package memory

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

const bytesPerRow = 16

var mono = fyne.TextStyle{Monospace: true}

// rowLayout places the columns of a row on a grid of monospace cells:
// address, two blanks, 16 hex pairs (an extra blank after the eighth),
// a blank, 16 ASCII cells.
type rowLayout struct {
	size, cellW, lineH float32
	addrCells          int
}

func newRowLayout(th fyne.Theme, addr64 bool) rowLayout {
	size := th.Size(theme.SizeNameText)
	ten := fyne.MeasureText("0123456789", size, mono)
	l := rowLayout{size: size, cellW: ten.Width / 10, lineH: ten.Height * 1.15, addrCells: 8}
	if addr64 {
		l.addrCells = 16
	}
	return l
}

func (l rowLayout) hexCell(j int) int {
	c := l.addrCells + 2 + 3*j
	if j >= bytesPerRow/2 {
		c++
	}
	return c
}

func (l rowLayout) asciiCell(j int) int { return l.hexCell(bytesPerRow-1) + 3 + j }

func (l rowLayout) x(cell int) float32 { return float32(cell) * l.cellW }

func (l rowLayout) width() float32 { return l.x(l.asciiCell(bytesPerRow) + 1) }

// byteAt finds the byte column under x, in the hex or the ASCII part.
func (l rowLayout) byteAt(x float32) (int, bool) {
	cell := int(x / l.cellW)
	for j := range bytesPerRow {
		if cell >= l.hexCell(j) && cell < l.hexCell(j)+2 || cell == l.asciiCell(j) {
			return j, true
		}
	}
	return 0, false
}
