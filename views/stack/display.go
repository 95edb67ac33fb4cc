package stack

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
