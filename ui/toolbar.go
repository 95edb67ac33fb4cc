package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// toolbar is a row of buttons for the actions, each labelled with its key
// so the keys are learnt by using the buttons.
func (w *Window) toolbar() fyne.CanvasObject {
	a := w.actions()
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
			row.Add(toolButton(act))
		}
	}
	return container.NewHScroll(row)
}

func toolButton(a action) *widget.Button {
	b := widget.NewButtonWithIcon(lang.L(a.short), a.icon, a.run)
	b.Importance = widget.LowImportance
	return b
}
