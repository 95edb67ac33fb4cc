package locals

import (
	"strconv"

	"fyne.io/fyne/v2"

	"wasmstep/views/internal/grid"
	"wasmstep/views/stack"
)

// values is what both views share: rows of variables and how their values
// are written, which the window chooses for every view of values at once
// (see stack.Controls).
type values struct {
	// OnPick is called with the row the user tapped or moved to, OnMenu
	// with the row tapped with the secondary button and where on the
	// canvas to show its menu.
	OnPick func(row int)
	OnMenu func(row int, at fyne.Position)

	display stack.Display
	grid    *grid.Grid
}

func newValues(cols []grid.Column, rows func() int, cell func(row, col int) grid.Cell) *values {
	v := &values{display: stack.DefaultDisplay, grid: grid.New(cols, rows, cell)}
	v.grid.OnSelected = func(row int) {
		if v.OnPick != nil {
			v.OnPick(row)
		}
	}
	v.grid.OnMenu = func(row int, at fyne.Position) {
		if v.OnMenu != nil {
			v.OnMenu(row, at)
		}
	}
	return v
}

// SetDisplay switches how values are written.
func (v *values) SetDisplay(d stack.Display) {
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
