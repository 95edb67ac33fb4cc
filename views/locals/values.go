package locals

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"wasmstep/views/internal/grid"
	"wasmstep/views/stack"
)

// values is what both views share: rows of variables and the selectors for
// how their values are written.
type values struct {
	display  stack.Display
	controls *stack.Controls
	grid     *grid.Grid
}

func newValues(cols []grid.Column, rows func() int, cell func(row, col int) grid.Cell) *values {
	v := &values{display: stack.DefaultDisplay, controls: stack.NewControls()}
	v.controls.OnChanged = v.setDisplay
	v.grid = grid.New(cols, rows, cell)
	return v
}

func (v *values) content() fyne.CanvasObject {
	return container.NewBorder(v.controls, nil, nil, nil, v.grid)
}

// SetDisplay switches how values are written.
func (v *values) SetDisplay(d stack.Display) {
	v.controls.Set(d)
	v.setDisplay(d)
}

func (v *values) setDisplay(d stack.Display) {
	v.display = d
	v.grid.Refresh()
}

// changedMark marks a whole row that changed since the last stop.
func changedMark(changed bool) grid.Mark {
	if changed {
		return grid.Highlight
	}
	return grid.Plain
}

func index(i int) string { return strconv.Itoa(i) }
