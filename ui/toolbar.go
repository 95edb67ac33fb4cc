package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// toolbar is a row of buttons for the actions, each labelled with its key
// so the keys are learnt by using the buttons. Where the labelled row does
// not fit (1024 pixels, presentation mode) the buttons show icons only;
// the menu names every action with its key.
func (w *Window) toolbar() fyne.CanvasObject {
	a := w.actions()
	fit := &fitLabels{}
	row := container.NewHBox()
	for i, group := range [][]action{
		{a.open, a.invoke},
		{a.cont, a.pause, a.over, a.into, a.out},
		{a.back, a.reverse, a.restart},
		{a.find, a.present},
	} {
		if i > 0 {
			row.Add(widget.NewSeparator())
		}
		for _, act := range group {
			b := widget.NewButtonWithIcon(lang.L(act.short), act.icon, act.run)
			b.Importance = widget.LowImportance
			w.buttons[act.label] = b
			fit.buttons, fit.labels = append(fit.buttons, b), append(fit.labels, act.short)
			row.Add(b)
		}
	}
	fit.row = row
	return container.New(fit, row)
}

// fitLabels lays the toolbar's row out at the full width, dropping the
// buttons' labels while the labelled row is wider than that.
type fitLabels struct {
	row     *fyne.Container
	buttons []*widget.Button
	labels  []string // English; translated when shown
	bare    bool     // the labels are dropped
}

func (f *fitLabels) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	f.setBare(false)
	f.setBare(f.row.MinSize().Width > size.Width)
	f.row.Resize(fyne.NewSize(size.Width, f.row.MinSize().Height))
}

// MinSize is the height of a row; any width will do.
func (f *fitLabels) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, f.row.MinSize().Height)
}

func (f *fitLabels) setBare(bare bool) {
	if bare == f.bare {
		return
	}
	f.bare = bare
	for i, b := range f.buttons {
		if bare {
			b.SetText("")
		} else {
			b.SetText(lang.L(f.labels[i]))
		}
	}
}
