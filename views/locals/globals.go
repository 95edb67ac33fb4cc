package locals

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/grid"
)

// GlobalsView shows globals. Update it on the UI goroutine.
type GlobalsView struct {
	widget.BaseWidget
	*values
	model GlobalsModel
}

// globalColumns are made when a view is, after the window has loaded the
// translations.
func globalColumns() []grid.Column {
	return []grid.Column{
		{Title: "#", Chars: 3, Right: true},
		{Title: lang.L("name"), Chars: 14},
		{Title: lang.L("type"), Chars: 9},
		{Title: lang.L("mut"), Chars: 5},
		{Title: lang.L("value"), Chars: 12},
	}
}

// NewGlobals returns an empty globals view.
func NewGlobals() *GlobalsView {
	v := &GlobalsView{}
	v.values = newValues(globalColumns(), func() int { return len(v.model.Globals) }, v.cell)
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer shows the rows.
func (v *GlobalsView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.grid)
}

// Update shows m.
func (v *GlobalsView) Update(m GlobalsModel) {
	v.model = m
	v.grid.Refresh()
}

func (v *GlobalsView) cell(row, col int) grid.Cell {
	g := v.model.Globals[row]
	mark := changedMark(g.Changed)
	var text string
	switch col {
	case 0:
		text = index(row)
	case 1:
		text = g.Name
	case 2:
		text = g.Value.Type.String()
	case 3:
		text = lang.L("const")
		if g.Mutable {
			text = lang.L("mut")
		}
	default:
		text = v.display.Text(g.Value)
	}
	return grid.Cell{Text: text, Mark: mark}
}
