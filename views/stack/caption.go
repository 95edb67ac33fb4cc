package stack

import "fyne.io/fyne/v2"

// captionLayout stacks the instruction's caption, its description and the
// rows. The description is word-wrapped and takes the lines it needs (two
// for the longest, the SIMD comparisons', on a pane of a usual width); on a
// pane too short for them it gives way, so the rows keep their room: the
// minimum height is the caption's and the rows'. It is not cut to fewer
// lines with an ellipsis: Fyne 2.7's wrapped label with truncation panics
// when a larger theme makes a line taller than the label.
type captionLayout struct{}

// Layout places objects: caption, description, rows.
func (captionLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	next, doc, rows := objs[0], objs[1], objs[2]
	y := next.MinSize().Height
	next.Move(fyne.NewPos(0, 0))
	next.Resize(fyne.NewSize(size.Width, y))

	doc.Resize(fyne.NewSize(size.Width, doc.Size().Height))
	docH := doc.MinSize().Height // a wrapped label's depends on its width
	if size.Height-y-docH >= rows.MinSize().Height+docH {
		doc.Show()
		doc.Move(fyne.NewPos(0, y))
		doc.Resize(fyne.NewSize(size.Width, docH))
		y += docH
	} else {
		doc.Hide()
	}
	rows.Move(fyne.NewPos(0, y))
	rows.Resize(fyne.NewSize(size.Width, size.Height-y))
}

// MinSize is the caption above the rows.
func (captionLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	next, rows := objs[0].MinSize(), objs[2].MinSize()
	return fyne.NewSize(max(next.Width, rows.Width), next.Height+rows.Height)
}
