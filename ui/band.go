package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Shares of the body's height the bottom band (memories, tables, heap,
// logs) takes: its usual share, and the most it takes on a short window.
const (
	bandShare    = 0.36
	maxBandShare = 0.6
	// bandMin is the band's height that leaves a memory seven hex rows
	// under its tab strips and go-to entry (at the usual text size), and
	// the panes above a few rows each at 1024×640.
	bandMin = 290
)

// bandLayout sizes a vertical split whose bottom part is the band: at
// least bandMin high when the window allows, so a short window (1024×640)
// still shows memory rows. It sets the divider only when the height
// changes, so a drag by the user stands until then.
type bandLayout struct {
	split *container.Split
	h     float32
}

func newBand(top, bottom fyne.CanvasObject) fyne.CanvasObject {
	l := &bandLayout{split: container.NewVSplit(top, bottom)}
	l.split.Offset = 1 - bandShare
	return container.New(l, l.split)
}

func (l *bandLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	l.split.Move(fyne.NewPos(0, 0))
	l.split.Resize(size)
	if size.Height != l.h {
		l.h = size.Height
		share := min(max(bandShare, bandMin/size.Height), maxBandShare)
		l.split.SetOffset(float64(1 - share))
	}
}

func (l *bandLayout) MinSize([]fyne.CanvasObject) fyne.Size { return l.split.MinSize() }
