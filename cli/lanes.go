package cli

import (
	"wasmstep/debugger"
	"wasmstep/views/stack"
	"wasmstep/vm/wasm"
)

// laneView shows v128 values as lanes. Unless a shape was chosen with the
// debugger's `lanes` command, it follows the instructions: after a SIMD
// instruction names a shape (i8x16.add, f32x4.mul, ...), values are split
// that way until another one names a different shape.
type laneView struct {
	shape stack.Shape
	fixed bool
}

// follow adopts the shape an instruction works in, if it names one.
func (l *laneView) follow(instr string) {
	if l.fixed {
		return
	}
	if shape, ok := stack.ShapeOf(instr); ok {
		l.shape = shape
	}
}

// choose fixes the shape by name, or "auto" lets it follow again.
func (l *laneView) choose(name string) bool {
	if name == "auto" {
		l.fixed = false
		return true
	}
	for i, n := range stack.Shapes {
		if n == name {
			l.shape, l.fixed = stack.Shape(i), true
			return true
		}
	}
	return false
}

// text renders a value: v128 as "v128:i32x4 1 2 3 4", others as usual.
func (l *laneView) text(v debugger.Value) string {
	if v.Type.Kind != wasm.KindV128 {
		return v.String()
	}
	lanes := stack.Display{Format: stack.Dec, Shape: l.shape}.Text(stack.Value{Type: v.Type, Lo: v.Lo, Hi: v.Hi})
	return "v128:" + stack.Shapes[l.shape] + " " + lanes
}

// texts renders values in order.
func (l *laneView) texts(vs []debugger.Value) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = l.text(v)
	}
	return out
}
