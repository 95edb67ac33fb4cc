package stack

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"wasmstep/views/internal/keys"
)

// Display is how values are written: the number format and how a v128 is
// split into lanes.
type Display struct {
	Format Format
	Shape  Shape
}

// DefaultDisplay is decimal numbers and v128 as four i32 lanes.
var DefaultDisplay = Display{Format: Dec, Shape: I32x4}

// Text writes v's value as d says.
func (d Display) Text(v Value) string { return v.Text(d.Format, d.Shape) }

// Typed writes v as TYPE:VALUE, as the command line prints results.
func (d Display) Typed(v Value) string { return v.Type.String() + ":" + d.Text(v) }

// Controls are the selectors for a Display, for views that show values.
type Controls struct {
	widget.BaseWidget

	// OnChanged is called when the user picks another format or shape.
	OnChanged func(Display)

	display Display
	formats *keys.Select
	shapes  *keys.Select
	setting bool // Set is moving the selectors: not the user
}

// NewControls returns selectors showing DefaultDisplay.
func NewControls() *Controls {
	c := &Controls{}
	c.formats = keys.NewSelect(Formats, func(string) { c.pick() })
	c.shapes = keys.NewSelect(Shapes, func(string) { c.pick() })
	c.Set(DefaultDisplay)
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer lays the selectors out in a row.
func (c *Controls) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewHBox(
		widget.NewLabel("numbers"), c.formats, widget.NewLabel("v128 lanes"), c.shapes))
}

// Set shows d without calling OnChanged.
func (c *Controls) Set(d Display) {
	c.setting = true
	defer func() { c.setting = false }()
	c.display = d
	c.formats.SetSelectedIndex(int(d.Format))
	c.shapes.SetSelectedIndex(int(d.Shape))
}

func (c *Controls) pick() {
	if c.setting {
		return
	}
	d := Display{Format: Format(c.formats.SelectedIndex()), Shape: Shape(c.shapes.SelectedIndex())}
	if d == c.display {
		return
	}
	c.display = d
	if c.OnChanged != nil {
		c.OnChanged(d)
	}
}
