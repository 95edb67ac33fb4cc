package console

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/grid"
	"wasmstep/views/internal/ring"
)

// View is the log. Use it on the UI goroutine.
type View struct {
	widget.BaseWidget

	// Follow keeps the newest line in view as lines arrive; on by default.
	Follow bool

	lines *ring.Ring[line]
	grid  *grid.Grid
}

// columns are made when a view is, after the window has loaded the
// translations.
func columns() []grid.Column {
	return []grid.Column{
		{Title: lang.L("from"), Chars: 4},
		{Title: lang.L("text"), Chars: 20},
	}
}

// New returns an empty log that keeps the newest capacity lines.
func New(capacity int) *View {
	v := &View{Follow: true, lines: ring.New[line](capacity)}
	v.grid = grid.New(columns(), v.rowCount, v.cell)
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer shows the lines.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.grid)
}

// Resize keeps the newest line in view when following: lines that arrived
// while the log was hidden (sized to nothing) are followed once it shows.
func (v *View) Resize(s fyne.Size) {
	v.BaseWidget.Resize(s)
	if v.Follow {
		v.grid.ScrollToBottom()
	}
}

// Append adds entries to the log.
func (v *View) Append(entries ...Entry) {
	for _, e := range entries {
		v.add(e)
	}
	v.grid.Refresh()
	if v.Follow {
		v.grid.ScrollToBottom()
	}
}

// Clear empties the log.
func (v *View) Clear() {
	v.lines.Clear()
	v.grid.Refresh()
}

func (v *View) add(e Entry) {
	if e.Kind == Call {
		v.closeLine()
		v.lines.Push(line{kind: Call, text: e.Text})
		return
	}
	parts := strings.Split(e.Text, "\n")
	for i, part := range parts {
		last := i == len(parts)-1
		if last && part == "" {
			break // the text ended with a newline
		}
		if n := v.lines.Len(); n > 0 && v.lines.At(n-1).open && v.lines.At(n-1).kind == e.Kind {
			open := v.lines.At(n - 1)
			open.text += part
			open.open = last
			continue
		}
		v.closeLine()
		v.lines.Push(line{kind: e.Kind, text: part, open: last})
	}
}

// closeLine ends a line left open by output of another kind.
func (v *View) closeLine() {
	if n := v.lines.Len(); n > 0 {
		v.lines.At(n - 1).open = false
	}
}

// rowCount adds a first row saying how many lines were dropped.
func (v *View) rowCount() int {
	if v.lines.Dropped() > 0 {
		return v.lines.Len() + 1
	}
	return v.lines.Len()
}

func (v *View) cell(row, col int) grid.Cell {
	if v.lines.Dropped() > 0 {
		if row == 0 {
			if col == 0 {
				return grid.Cell{}
			}
			return grid.Cell{Text: lang.L("… {{.Count}} earlier lines dropped", map[string]any{"Count": v.lines.Dropped()}), Mark: grid.Dim}
		}
		row--
	}
	l := v.lines.At(row)
	if col == 0 {
		return grid.Secondary(l.kind.String(), grid.Plain)
	}
	switch l.kind {
	case Call:
		return grid.Cell{Text: l.text, Mark: grid.Accent}
	case Errors:
		return grid.Cell{Text: l.text, Mark: grid.Alert}
	}
	return grid.Cell{Text: l.text}
}
