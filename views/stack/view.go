package stack

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/grid"
)

// View shows a stack Model. Update it on the UI goroutine.
type View struct {
	widget.BaseWidget

	// OnPick is called with the live operand the user tapped, counted from
	// the top of the stack (0 is the top); OnMenu with the one tapped with
	// the secondary button and where on the canvas to show its menu.
	// Popped values and block boundaries are no operands.
	OnPick func(fromTop int)
	OnMenu func(fromTop int, at fyne.Position)

	rows    []row
	live    int // the live operands
	display Display
	next    *widget.Label
	doc     *widget.Label
	grid    *grid.Grid
	body    *fyne.Container // laid out again when the texts change
}

// columns are made when a view is, after the window has loaded the
// translations.
func columns() []grid.Column {
	return []grid.Column{
		{Title: "#", Chars: 3, Right: true},
		{Title: lang.L("type"), Chars: 9},
		{Title: lang.L("value"), Chars: 12, Stretch: true},
		{Title: "", Chars: 6},
	}
}

// New returns an empty stack view showing DefaultDisplay; the window
// switches it with SetDisplay (see Controls).
func New() *View {
	v := &View{
		display: DefaultDisplay,
		next:    widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Monospace: true, Bold: true}),
		doc:     widget.NewLabel(""),
	}
	v.next.Truncation = fyne.TextTruncateEllipsis
	v.doc.Wrapping = fyne.TextWrapWord
	v.grid = grid.New(columns(), v.rowCount, v.cell)
	v.grid.OnSelected = func(r int) {
		if i, ok := v.fromTop(r); ok && v.OnPick != nil {
			v.OnPick(i)
		}
	}
	v.grid.OnMenu = func(r int, at fyne.Position) {
		if i, ok := v.fromTop(r); ok && v.OnMenu != nil {
			v.OnMenu(i, at)
		}
	}
	v.body = container.New(&captionLayout{}, v.next, v.doc, v.grid)
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer lays out the caption and the rows.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.body)
}

// Update shows m.
func (v *View) Update(m Model) {
	v.rows, v.live = layoutRows(m), 0
	for _, op := range m.Operands {
		if !op.Popped {
			v.live++
		}
	}
	v.next.SetText(caption(m.Next))
	v.doc.SetText(m.Next.Doc)
	v.body.Refresh() // lays out again: the description's lines depend on its text
	v.grid.ScrollTo(0)
}

// SetDisplay switches how values are written.
func (v *View) SetDisplay(d Display) {
	v.display = d
	v.grid.Refresh()
}

func caption(next Instr) string {
	if next.Name == "" {
		return ""
	}
	return next.Name + " : " + next.Sig
}

// fromTop is the position from the top of the live operand on row r.
func (v *View) fromTop(r int) (int, bool) {
	if r < 0 || r >= len(v.rows) || v.rows[r].operand == nil || v.rows[r].height < 0 {
		return 0, false
	}
	return v.live - 1 - v.rows[r].height, true
}

func (v *View) rowCount() int {
	return max(len(v.rows), 1) // an empty stack still says so
}

func (v *View) cell(r, col int) grid.Cell {
	if len(v.rows) == 0 {
		if col == 2 {
			return grid.Cell{Text: lang.L("(empty)"), Mark: grid.Dim}
		}
		return grid.Cell{}
	}
	row := v.rows[r]
	if row.operand == nil {
		if col == 2 {
			return grid.Cell{Text: row.label, Mark: grid.Section}
		}
		return grid.Cell{Mark: grid.Section}
	}
	op := row.operand
	mark := grid.Plain
	switch {
	case op.Popped:
		mark = grid.Consumed
	case op.Pushed:
		mark = grid.Highlight
	}
	switch col {
	case 0:
		if row.height < 0 {
			return grid.Cell{Mark: mark}
		}
		return grid.Cell{Text: strconv.Itoa(row.height), Mark: mark}
	case 1:
		return grid.Cell{Text: op.Type.String(), Mark: mark}
	case 2:
		return grid.Cell{Text: v.display.Text(op.Value), Mark: mark}
	}
	return tag(op, mark)
}

// tag names what the last step did, so the marks read without colour.
func tag(op *Operand, mark grid.Mark) grid.Cell {
	switch {
	case op.Param != "":
		return grid.Cell{Text: "→ " + op.Param, Mark: mark}
	case op.Popped:
		return grid.Cell{Text: lang.L("popped"), Mark: grid.Dim}
	case op.Pushed:
		return grid.Cell{Text: lang.L("pushed"), Mark: mark}
	}
	return grid.Cell{}
}
