package threads

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/grid"
)

// View shows a Model. Update it on the UI goroutine.
type View struct {
	widget.BaseWidget

	// OnSelected is called with the index of the thread the user picked.
	OnSelected func(index int)

	model Model
	list  *grid.PickList
}

// columns are made when a view is, after the window has loaded the
// translations.
func columns() []grid.Column {
	return []grid.Column{
		{Title: lang.L("thread"), Chars: 6, Right: true},
		{Title: lang.L("state"), Chars: 14},
		{Title: lang.L("function"), Chars: 20},
		{Title: lang.L("location"), Chars: 16},
	}
}

// New returns an empty threads view.
func New() *View {
	v := &View{}
	v.list = grid.NewPickList(columns(), func() int { return len(v.model.Threads) }, v.cell)
	v.list.OnSelected = func(row int) {
		if v.OnSelected != nil {
			v.OnSelected(row)
		}
	}
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer shows the threads.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.list)
}

// Update shows m; it does not call OnSelected.
func (v *View) Update(m Model) {
	v.model = m
	v.list.ShowRow(m.Selected)
}

// Selected is the index of the thread marked as shown.
func (v *View) Selected() int { return v.list.Selected() }

func (v *View) cell(row, col int, mark grid.Mark) grid.Cell {
	th := v.model.Threads[row]
	switch col {
	case 0:
		return grid.Cell{Text: strconv.Itoa(th.ID), Mark: mark}
	case 1:
		return grid.Cell{Text: stateText(th.State), Mark: mark}
	case 2:
		return grid.Cell{Text: th.Func, Mark: mark, Middle: true}
	}
	return grid.Cell{Text: th.Location, Mark: mark, Middle: true}
}

// stateText translates a state, keeping a waiting thread's address.
func stateText(s string) string {
	if addr, ok := strings.CutPrefix(s, "waiting on "); ok {
		return lang.L("waiting on") + " " + addr
	}
	switch s {
	case "running":
		return lang.L("running")
	case "stopped":
		return lang.L("stopped")
	case "finished":
		return lang.L("finished")
	}
	return s
}
