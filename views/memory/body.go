package memory

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// sideChars is the width of the readout column beside the grid, in
// characters: a pair such as "i32 -2147483648  u32 4294967295".
const sideChars = 32

// bodyLayout places a pane's grid (with its scrollbar) and its readout:
// the readout beside the grid when the pane is wide enough, which costs no
// rows, otherwise below it, and only while a byte is selected, so a short
// pane still shows hex rows.
type bodyLayout struct{ p *pane }

// Layout expects the grid area, then the readout.
func (l bodyLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	area, readout := objs[0], objs[1]
	th := l.p.grid.Theme()
	gap := th.Size(theme.SizeNamePadding)
	gridW := area.MinSize().Width
	side := size.Width >= gridW+gap+l.sideWidth(th)
	if side != l.p.side {
		l.p.side = side
		l.p.fillReadout()
	}
	shown := side || l.p.hasCursor
	if shown != readout.Visible() {
		if shown {
			readout.Show()
		} else {
			readout.Hide()
		}
	}
	switch {
	case side:
		area.Resize(fyne.NewSize(gridW, size.Height))
		readout.Move(fyne.NewPos(gridW+gap, 0))
		readout.Resize(fyne.NewSize(size.Width-gridW-gap, size.Height))
	case !shown:
		area.Resize(size)
	default:
		h := min(l.p.readout.MinSize().Height, size.Height/2)
		area.Resize(fyne.NewSize(size.Width, size.Height-h))
		readout.Move(fyne.NewPos(0, size.Height-h))
		readout.Resize(fyne.NewSize(size.Width, h))
	}
	area.Move(fyne.NewPos(0, 0))
}

// MinSize is the grid area's: the readout fits in what is left or scrolls.
func (l bodyLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[0].MinSize()
}

func (l bodyLayout) sideWidth(th fyne.Theme) float32 {
	return newRowLayout(th, false).cellW*sideChars + 2*th.Size(theme.SizeNameInnerPadding)
}
