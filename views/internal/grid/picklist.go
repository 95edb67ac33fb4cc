package grid

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// PickList is a grid whose rows are things the window can show one of (the
// call stack's frames, the threads): the row shown is highlighted, and a
// pick of another row highlights it and tells OnSelected.
type PickList struct {
	widget.BaseWidget

	// OnSelected is called with the row the user picked.
	OnSelected func(row int)

	grid     *Grid
	selected int
}

// NewPickList returns a list of rows() rows; cell draws a cell with the
// mark its row has.
func NewPickList(cols []Column, rows func() int, cell func(row, col int, mark Mark) Cell) *PickList {
	p := &PickList{}
	p.grid = New(cols, rows, func(row, col int) Cell {
		mark := Plain
		if row == p.selected {
			mark = Highlight
		}
		return cell(row, col, mark)
	})
	p.grid.OnSelected = p.pick
	p.ExtendBaseWidget(p)
	return p
}

// CreateRenderer shows the grid.
func (p *PickList) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(p.grid)
}

// ShowRow redraws the rows with row marked as shown; it does not call
// OnSelected.
func (p *PickList) ShowRow(row int) {
	p.selected = row
	p.grid.Refresh()
	p.grid.ScrollTo(row)
}

// Selected is the row marked as shown.
func (p *PickList) Selected() int { return p.selected }

func (p *PickList) pick(row int) {
	if row == p.selected {
		return
	}
	p.selected = row
	p.grid.Refresh()
	if p.OnSelected != nil {
		p.OnSelected(row)
	}
}
