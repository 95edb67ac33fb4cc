package trace

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/grid"
	"wasmstep/views/internal/ring"
	"wasmstep/views/stack"
)

// View shows the newest entries, oldest first, and follows the end. Use it
// on the UI goroutine.
type View struct {
	widget.BaseWidget

	entries *ring.Ring[Entry]
	grid    *grid.Grid
}

// columns are made when a view is, after the window has loaded the
// translations. "step" also names a stop reason, hence the key.
func columns() []grid.Column {
	return []grid.Column{
		{Title: lang.X("trace.step", "step"), Chars: 8, Right: true},
		{Title: lang.L("location"), Chars: 24},
		{Title: lang.L("instruction"), Chars: 18},
		{Title: lang.L("stack effect"), Chars: 22},
		{Title: lang.L("stack after"), Chars: 16},
	}
}

// New returns an empty trace that keeps the last n entries.
func New(n int) *View {
	v := &View{entries: ring.New[Entry](n)}
	v.grid = grid.New(columns(), v.entries.Len, v.cell)
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer shows the entries.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.grid)
}

// Append adds entries after the newest.
func (v *View) Append(entries ...Entry) {
	for _, e := range entries {
		v.entries.Push(e)
	}
	v.grid.Refresh()
	v.grid.ScrollToBottom()
}

// Clear empties the trace, e.g. for a new run.
func (v *View) Clear() {
	v.entries.Clear()
	v.grid.Refresh()
}

func (v *View) cell(row, col int) grid.Cell {
	e := v.entries.At(row)
	switch col {
	case 0:
		return grid.Cell{Text: strconv.FormatUint(e.Step, 10)}
	case 1:
		return grid.Cell{Text: e.Location}
	case 2:
		return grid.Cell{Text: e.Instr}
	case 3:
		return grid.Cell{Text: e.Effect}
	}
	if e.NoStack {
		return grid.Cell{Text: "…", Mark: grid.Dim}
	}
	return grid.Cell{Text: stackText(e.Stack)}
}

// stackText writes values as TYPE:VALUE, bottom first, so the top of the
// stack is at the end of the line as it is in the text format's notation.
func stackText(values []stack.Value) string {
	parts := make([]string, len(values))
	for i, val := range values {
		parts[i] = stack.DefaultDisplay.Typed(val)
	}
	return strings.Join(parts, " ")
}
