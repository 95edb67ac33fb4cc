package locals

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/grid"
)

// View shows a frame's parameters and locals. Update it on the UI goroutine.
type View struct {
	widget.BaseWidget
	*values
	model Model
}

// localColumns are made when a view is, after the window has loaded the
// translations.
func localColumns() []grid.Column {
	return []grid.Column{
		{Title: "#", Chars: 3, Right: true},
		{Title: lang.L("kind"), Chars: 5},
		{Title: lang.L("name"), Chars: 12},
		{Title: lang.L("type"), Chars: 9},
		{Title: lang.L("value"), Chars: 12},
	}
}

// New returns an empty locals view.
func New() *View {
	v := &View{}
	v.values = newValues(localColumns(), func() int { return len(v.model.Locals) }, v.cell)
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer shows the rows.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.grid)
}

// Update shows m.
func (v *View) Update(m Model) {
	v.model = m
	v.grid.Refresh()
}

func (v *View) cell(row, col int) grid.Cell {
	l := v.model.Locals[row]
	mark := changedMark(l.Changed)
	var text string
	switch col {
	case 0:
		text = index(row)
	case 1:
		text = lang.L("local")
		if l.Param {
			text = lang.L("param")
		}
	case 2:
		text = l.Name
	case 3:
		text = l.Value.Type.String()
	default:
		text = v.display.Text(l.Value)
	}
	return grid.Cell{Text: text, Mark: mark}
}
