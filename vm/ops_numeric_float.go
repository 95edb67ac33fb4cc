// Code generated once by a throwaway script from the instruction list; edited by hand since.

package vm

import (
	"math"

	"wasmstep/vm/num"
	"wasmstep/vm/wasm"
)

// floatOps maps the float instructions to their handlers.
var floatOps = map[wasm.Op]numHandler{
	wasm.OpF32Add:      {opF32Add, 2},
	wasm.OpF32Sub:      {opF32Sub, 2},
	wasm.OpF32Mul:      {opF32Mul, 2},
	wasm.OpF32Div:      {opF32Div, 2},
	wasm.OpF32Min:      {opF32Min, 2},
	wasm.OpF32Max:      {opF32Max, 2},
	wasm.OpF32Copysign: {opF32Copysign, 2},
	wasm.OpF32Eq:       {opF32Eq, 2},
	wasm.OpF32Ne:       {opF32Ne, 2},
	wasm.OpF32Lt:       {opF32Lt, 2},
	wasm.OpF32Gt:       {opF32Gt, 2},
	wasm.OpF32Le:       {opF32Le, 2},
	wasm.OpF32Ge:       {opF32Ge, 2},
	wasm.OpF32Abs:      {opF32Abs, 1},
	wasm.OpF32Neg:      {opF32Neg, 1},
	wasm.OpF32Ceil:     {opF32Ceil, 1},
	wasm.OpF32Floor:    {opF32Floor, 1},
	wasm.OpF32Trunc:    {opF32Trunc, 1},
	wasm.OpF32Nearest:  {opF32Nearest, 1},
	wasm.OpF32Sqrt:     {opF32Sqrt, 1},
	wasm.OpF64Add:      {opF64Add, 2},
	wasm.OpF64Sub:      {opF64Sub, 2},
	wasm.OpF64Mul:      {opF64Mul, 2},
	wasm.OpF64Div:      {opF64Div, 2},
	wasm.OpF64Min:      {opF64Min, 2},
	wasm.OpF64Max:      {opF64Max, 2},
	wasm.OpF64Copysign: {opF64Copysign, 2},
	wasm.OpF64Eq:       {opF64Eq, 2},
	wasm.OpF64Ne:       {opF64Ne, 2},
	wasm.OpF64Lt:       {opF64Lt, 2},
	wasm.OpF64Gt:       {opF64Gt, 2},
	wasm.OpF64Le:       {opF64Le, 2},
	wasm.OpF64Ge:       {opF64Ge, 2},
	wasm.OpF64Abs:      {opF64Abs, 1},
	wasm.OpF64Neg:      {opF64Neg, 1},
	wasm.OpF64Ceil:     {opF64Ceil, 1},
	wasm.OpF64Floor:    {opF64Floor, 1},
	wasm.OpF64Trunc:    {opF64Trunc, 1},
	wasm.OpF64Nearest:  {opF64Nearest, 1},
	wasm.OpF64Sqrt:     {opF64Sqrt, 1},
}

func opF32Add(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(num.F32Add(x, y))
	t.pc++
	return true
}

func opF32Sub(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(num.F32Sub(x, y))
	t.pc++
	return true
}

func opF32Mul(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(num.F32Mul(x, y))
	t.pc++
	return true
}

func opF32Div(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(num.F32Div(x, y))
	t.pc++
	return true
}

func opF32Min(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(num.F32Min(x, y))
	t.pc++
	return true
}

func opF32Max(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(num.F32Max(x, y))
	t.pc++
	return true
}

func opF32Copysign(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(num.F32Copysign(x, y))
	t.pc++
	return true
}

func opF32Eq(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(math.Float32frombits(x) == math.Float32frombits(y))
	t.pc++
	return true
}

func opF32Ne(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(math.Float32frombits(x) != math.Float32frombits(y))
	t.pc++
	return true
}

func opF32Lt(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(math.Float32frombits(x) < math.Float32frombits(y))
	t.pc++
	return true
}

func opF32Gt(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(math.Float32frombits(x) > math.Float32frombits(y))
	t.pc++
	return true
}

func opF32Le(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(math.Float32frombits(x) <= math.Float32frombits(y))
	t.pc++
	return true
}

func opF32Ge(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(math.Float32frombits(x) >= math.Float32frombits(y))
	t.pc++
	return true
}

func opF32Abs(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.F32Abs(x))
	t.pc++
	return true
}

func opF32Neg(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.F32Neg(x))
	t.pc++
	return true
}

func opF32Ceil(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.F32Ceil(x))
	t.pc++
	return true
}

func opF32Floor(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.F32Floor(x))
	t.pc++
	return true
}

func opF32Trunc(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.F32Trunc(x))
	t.pc++
	return true
}

func opF32Nearest(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.F32Nearest(x))
	t.pc++
	return true
}

func opF32Sqrt(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.F32Sqrt(x))
	t.pc++
	return true
}

func opF64Add(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = num.F64Add(x, y)
	t.pc++
	return true
}

func opF64Sub(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = num.F64Sub(x, y)
	t.pc++
	return true
}

func opF64Mul(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = num.F64Mul(x, y)
	t.pc++
	return true
}

func opF64Div(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = num.F64Div(x, y)
	t.pc++
	return true
}

func opF64Min(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = num.F64Min(x, y)
	t.pc++
	return true
}

func opF64Max(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = num.F64Max(x, y)
	t.pc++
	return true
}

func opF64Copysign(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = num.F64Copysign(x, y)
	t.pc++
	return true
}

func opF64Eq(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(math.Float64frombits(x) == math.Float64frombits(y))
	t.pc++
	return true
}

func opF64Ne(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(math.Float64frombits(x) != math.Float64frombits(y))
	t.pc++
	return true
}

func opF64Lt(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(math.Float64frombits(x) < math.Float64frombits(y))
	t.pc++
	return true
}

func opF64Gt(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(math.Float64frombits(x) > math.Float64frombits(y))
	t.pc++
	return true
}

func opF64Le(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(math.Float64frombits(x) <= math.Float64frombits(y))
	t.pc++
	return true
}

func opF64Ge(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(math.Float64frombits(x) >= math.Float64frombits(y))
	t.pc++
	return true
}

func opF64Abs(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.F64Abs(x)
	t.pc++
	return true
}

func opF64Neg(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.F64Neg(x)
	t.pc++
	return true
}

func opF64Ceil(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.F64Ceil(x)
	t.pc++
	return true
}

func opF64Floor(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.F64Floor(x)
	t.pc++
	return true
}

func opF64Trunc(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.F64Trunc(x)
	t.pc++
	return true
}

func opF64Nearest(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.F64Nearest(x)
	t.pc++
	return true
}

func opF64Sqrt(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.F64Sqrt(x)
	t.pc++
	return true
}
