package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Shares of the body's height the bottom band (memories, tables, heap,
// logs) takes: its usual share, the most its content takes on a short
// window (at 1024×640 more would leave the stack and locals two rows
// each), and the most a drag gives it.
const (
	bandShare    = 0.36
	maxNeedShare = 0.45
	maxBandShare = 0.6
	minBandShare = 0.15
	logsShare    = 0.22
)

// Heights the band needs for what the program has, at the usual text size:
// a memory's seven hex rows under its tab strips and go-to entry; a heap
// graph or a table's rows; else the console and trace, a few lines.
const (
	bandForMemory = 290
	bandForData   = 250
	bandForLogs   = 170
)

// bandLayout sizes a vertical split whose bottom part is the band: its
// usual share, or the height its content needs (need) when that is more,
// up to maxNeedShare. A drag by the user sets the share from then on, and
// the window remembers it.
type bandLayout struct {
	split *container.Split
	need  float32 // the height the content needs
	h     float32 // the height laid out last
	set   float64 // the offset this layout set last
	user  float64 // the band's share the user dragged to, or 0
	// onHeight, if set, hears the height at each layout.
	onHeight func(h float32)
}

func newBand(top, bottom fyne.CanvasObject) *bandLayout {
	l := &bandLayout{split: container.NewVSplit(top, bottom), need: bandForMemory}
	l.split.Offset = 1 - bandShare
	return l
}

func (l *bandLayout) content() fyne.CanvasObject { return container.New(l, l.split) }

func (l *bandLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	if l.set != 0 && l.split.Offset != l.set {
		l.user = min(max(1-l.split.Offset, minBandShare), maxBandShare) // dragged
	}
	l.split.Move(fyne.NewPos(0, 0))
	l.split.Resize(size)
	if l.onHeight != nil {
		l.onHeight(size.Height)
	}
	if size.Height != l.h || l.set == 0 {
		l.h = size.Height
		l.apply()
	}
}

// apply sets the divider for the current height and content.
func (l *bandLayout) apply() {
	if l.h <= 0 {
		return
	}
	share := l.user
	if share == 0 {
		usual := float32(bandShare)
		if l.need < bandForData {
			usual = logsShare // only the console and the trace to show
		}
		share = float64(min(max(usual, l.need/l.h), maxNeedShare))
	}
	l.set = float64(1 - share)
	l.split.SetOffset(l.set)
}

// fit sizes the band for content that needs height need, unless the user
// chose a share.
func (l *bandLayout) fit(need float32) {
	if need != l.need {
		l.need = need
		l.apply()
	}
}

func (l *bandLayout) MinSize([]fyne.CanvasObject) fyne.Size { return l.split.MinSize() }
