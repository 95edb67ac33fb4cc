package tables

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/grid"
	"wasmstep/views/internal/keys"
)

// View shows one table of a Model at a time. Update it on the UI goroutine.
type View struct {
	widget.BaseWidget

	model   Model
	shown   int // index into model.Tables
	pick    *keys.Select
	grid    *grid.Grid
	picking bool // Update is moving the selector: not the user
}

// columns are made when a view is, after the window has loaded the
// translations. "entry" also names a stop reason, hence the key.
func columns() []grid.Column {
	return []grid.Column{
		{Title: lang.L("index"), Chars: 8, Right: true},
		{Title: lang.X("tables.entry", "entry"), Chars: 20},
	}
}

// New returns an empty tables view.
func New() *View {
	v := &View{}
	v.pick = keys.NewSelect(nil, func(string) {
		if !v.picking {
			v.ShowTable(v.pick.SelectedIndex())
		}
	})
	v.grid = grid.New(columns(), v.rowCount, v.cell)
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer shows the table selector above the entries.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(v.pick, nil, nil, nil, v.grid))
}

// Update shows m. When m.Used is set, that table is shown and its used
// entry brought into view; otherwise the same table stays shown.
func (v *View) Update(m Model) {
	v.model = m
	names := make([]string, len(m.Tables))
	for i, t := range m.Tables {
		names[i] = fmt.Sprintf("%d: %s %s [%d]", i, t.Name, t.Elem, t.Len)
	}
	v.picking = true
	v.pick.SetOptions(names)
	v.picking = false
	shown := min(v.shown, len(m.Tables)-1)
	if m.Used != nil && m.Used.Table >= 0 && m.Used.Table < len(m.Tables) {
		shown = m.Used.Table
	}
	v.ShowTable(shown)
	if m.Used != nil && m.Used.Table == shown {
		v.grid.ScrollTo(m.Used.Index)
	}
}

// ShowTable switches to table i.
func (v *View) ShowTable(i int) {
	if i < 0 || i >= len(v.model.Tables) {
		v.shown = 0
		v.grid.Refresh()
		return
	}
	v.shown = i
	v.picking = true
	v.pick.SetSelectedIndex(i)
	v.picking = false
	v.grid.Refresh()
	v.grid.ScrollTo(0)
}

// Redraw draws the rows in view again, for entries that were not at hand
// when they were drawn.
func (v *View) Redraw() { v.grid.Refresh() }

func (v *View) rowCount() int {
	if v.shown >= len(v.model.Tables) {
		return 0
	}
	return v.model.Tables[v.shown].Len
}

func (v *View) cell(row, col int) grid.Cell {
	mark := grid.Plain
	if u := v.model.Used; u != nil && u.Table == v.shown && u.Index == row {
		mark = grid.Highlight
	}
	if col == 0 {
		return grid.Cell{Text: strconv.Itoa(row), Mark: mark}
	}
	t := v.model.Tables[v.shown]
	if t.Entry == nil {
		return grid.Secondary("?", mark)
	}
	e := t.Entry(row)
	if e.Null {
		return grid.Secondary("null", mark)
	}
	return grid.Cell{Text: e.Text, Mark: mark}
}
