package gcheap

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// metrics are the graph's unzoomed sizes, from the theme's text size.
type metrics struct {
	size, small     float32 // caption and detail text sizes
	line, smallLine float32 // their line heights
	pad, gapX, gapY float32
}

func newMetrics(th fyne.Theme) metrics {
	size := th.Size(theme.SizeNameText)
	m := metrics{size: size, small: size * 0.85, pad: size * 0.6}
	m.line = fyne.MeasureText("M", size, fyne.TextStyle{Bold: true}).Height
	m.smallLine = fyne.MeasureText("M", m.small, fyne.TextStyle{}).Height
	m.gapX, m.gapY = size*7, m.smallLine*1.8
	return m
}

// nodeSize fits a node to its caption and summary lines.
func (m metrics) nodeSize(o Object) fyne.Size {
	w := fyne.MeasureText(o.Caption(), m.size, fyne.TextStyle{Bold: true}).Width
	h := m.line + m.pad
	if sum := o.summary(); sum != "" {
		w = max(w, fyne.MeasureText(sum, m.small, fyne.TextStyle{}).Width)
		h += m.smallLine
	}
	return fyne.NewSize(w+2*m.pad, h)
}

func scalePos(p fyne.Position, z float32) fyne.Position { return fyne.NewPos(p.X*z, p.Y*z) }

func scaleSize(s fyne.Size, z float32) fyne.Size { return fyne.NewSize(s.Width*z, s.Height*z) }
