package stack

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/keys"
)

// autoLanes is the lanes choice that follows the instructions; the fixed
// shapes come after it, in Shape order.
const autoLanes = 0

// Controls choose the Display of the views that show values: a number
// format, and v128 lanes either in a fixed shape or "auto": the shape the
// instructions use (see Follow), which a fixed choice overrides.
type Controls struct {
	widget.BaseWidget

	// OnChanged is called with the new Display when it changes.
	OnChanged func(Display)

	display  Display
	followed Shape // the shape the last SIMD instruction named
	formats  *keys.Select
	lanes    *keys.Select
	renaming bool // the auto choice's text is being updated: not a pick
}

// NewControls returns selectors showing DefaultDisplay's format and auto
// lanes.
func NewControls() *Controls {
	c := &Controls{display: DefaultDisplay, followed: DefaultDisplay.Shape}
	c.formats = keys.NewSelect(formatNames(), func(string) { c.pick() })
	c.lanes = keys.NewSelect(append([]string{autoName(c.followed)}, Shapes...), func(string) { c.pick() })
	c.formats.SetSelectedIndex(int(DefaultDisplay.Format))
	c.lanes.SetSelectedIndex(autoLanes)
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer lays the selectors out in a row.
func (c *Controls) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewHBox(
		widget.NewLabel(lang.L("numbers")), c.formats, widget.NewLabel(lang.L("v128 lanes")), c.lanes))
}

// Display is the display chosen, with auto lanes resolved.
func (c *Controls) Display() Display { return c.display }

// Follow adopts the shape the instruction instr names (see ShapeOf), if
// any: it stays until another instruction names a different one. Auto
// lanes show it at once; a fixed choice shows it when set back to auto.
func (c *Controls) Follow(instr string) {
	s, ok := ShapeOf(instr)
	if !ok || s == c.followed {
		return
	}
	auto := c.lanes.SelectedIndex() == autoLanes
	c.followed = s
	c.lanes.Options[autoLanes] = autoName(s)
	if auto {
		c.renaming = true
		c.lanes.SetSelectedIndex(autoLanes)
		c.renaming = false
		c.pick()
	}
}

// autoName is the auto choice's text: it says which shape it follows.
func autoName(s Shape) string { return lang.L("auto ({{.Shape}})", map[string]any{"Shape": Shapes[s]}) }

// formatNames are the selector's texts for Formats, in Format order.
func formatNames() []string {
	return []string{lang.L("dec"), lang.L("hex"), lang.L("float")}
}

func (c *Controls) pick() {
	if c.renaming {
		return
	}
	d := Display{Format: Format(c.formats.SelectedIndex()), Shape: c.followed}
	if i := c.lanes.SelectedIndex(); i > autoLanes {
		d.Shape = Shape(i - 1)
	}
	if d == c.display {
		return
	}
	c.display = d
	if c.OnChanged != nil {
		c.OnChanged(d)
	}
}
