package locals

import (
	"strconv"

	"wasmstep/views/internal/grid"
	"wasmstep/views/stack"
)

// values is what both views share: rows of variables and how their values
// are written, which the window chooses for every view of values at once
// (see stack.Controls).
type values struct {
	display stack.Display
	grid    *grid.Grid
}

func newValues(cols []grid.Column, rows func() int, cell func(row, col int) grid.Cell) *values {
	return &values{display: stack.DefaultDisplay, grid: grid.New(cols, rows, cell)}
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
