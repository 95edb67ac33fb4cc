package callstack

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/grid"
)

// View shows a Model. Update it on the UI goroutine.
type View struct {
	widget.BaseWidget

	// OnSelected is called with the index of the frame the user picked.
	OnSelected func(frame int)

	model Model
	list  *grid.PickList
}

// columns are made when a view is, after the window has loaded the
// translations.
func columns() []grid.Column {
	return []grid.Column{
		{Title: "#", Chars: 3, Right: true},
		{Title: lang.L("function"), Chars: 16},
		{Title: lang.L("instruction"), Chars: 18},
		{Title: lang.L("location"), Chars: 16},
	}
}

// New returns an empty call stack view.
func New() *View {
	v := &View{}
	v.list = grid.NewPickList(columns(), func() int { return len(v.model.Frames) }, v.cell)
	v.list.OnSelected = func(row int) {
		if v.OnSelected != nil {
			v.OnSelected(row)
		}
	}
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer shows the frames.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.list)
}

// Update shows m; it does not call OnSelected.
func (v *View) Update(m Model) {
	v.model = m
	v.list.ShowRow(m.Selected)
}

// Selected is the frame marked as shown.
func (v *View) Selected() int { return v.list.Selected() }

func (v *View) cell(row, col int, mark grid.Mark) grid.Cell {
	f := v.model.Frames[row]
	switch col {
	case 0:
		return grid.Cell{Text: strconv.Itoa(row), Mark: mark}
	case 1:
		return grid.Cell{Text: f.Func, Mark: mark, Middle: true}
	case 2:
		return grid.Cell{Text: f.Instr, Mark: mark}
	}
	if f.Location == "" {
		return grid.Secondary(lang.L("(host)"), mark)
	}
	return grid.Cell{Text: f.Location, Mark: mark, Middle: true}
}
