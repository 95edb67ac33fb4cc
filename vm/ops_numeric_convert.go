// Code generated once by a throwaway script from the instruction list; edited by hand since.

package vm

import (
	"wasmstep/vm/num"
	"wasmstep/vm/wasm"
)

// convertOps maps the conversions to their handlers: s[a] = convert(s[b]).
var convertOps = map[wasm.Op]numHandler{
	wasm.OpI32WrapI64:        {opI32WrapI64, 1},
	wasm.OpI32TruncF32S:      {opI32TruncF32S, 1},
	wasm.OpI32TruncF32U:      {opI32TruncF32U, 1},
	wasm.OpI32TruncF64S:      {opI32TruncF64S, 1},
	wasm.OpI32TruncF64U:      {opI32TruncF64U, 1},
	wasm.OpI64ExtendI32S:     {opI64ExtendI32S, 1},
	wasm.OpI64ExtendI32U:     {opI64ExtendI32U, 1},
	wasm.OpI64TruncF32S:      {opI64TruncF32S, 1},
	wasm.OpI64TruncF32U:      {opI64TruncF32U, 1},
	wasm.OpI64TruncF64S:      {opI64TruncF64S, 1},
	wasm.OpI64TruncF64U:      {opI64TruncF64U, 1},
	wasm.OpF32ConvertI32S:    {opF32ConvertI32S, 1},
	wasm.OpF32ConvertI32U:    {opF32ConvertI32U, 1},
	wasm.OpF32ConvertI64S:    {opF32ConvertI64S, 1},
	wasm.OpF32ConvertI64U:    {opF32ConvertI64U, 1},
	wasm.OpF32DemoteF64:      {opF32DemoteF64, 1},
	wasm.OpF64ConvertI32S:    {opF64ConvertI32S, 1},
	wasm.OpF64ConvertI32U:    {opF64ConvertI32U, 1},
	wasm.OpF64ConvertI64S:    {opF64ConvertI64S, 1},
	wasm.OpF64ConvertI64U:    {opF64ConvertI64U, 1},
	wasm.OpF64PromoteF32:     {opF64PromoteF32, 1},
	wasm.OpI32TruncSatF32S:   {opI32TruncSatF32S, 1},
	wasm.OpI32TruncSatF32U:   {opI32TruncSatF32U, 1},
	wasm.OpI32TruncSatF64S:   {opI32TruncSatF64S, 1},
	wasm.OpI32TruncSatF64U:   {opI32TruncSatF64U, 1},
	wasm.OpI64TruncSatF32S:   {opI64TruncSatF32S, 1},
	wasm.OpI64TruncSatF32U:   {opI64TruncSatF32U, 1},
	wasm.OpI64TruncSatF64S:   {opI64TruncSatF64S, 1},
	wasm.OpI64TruncSatF64U:   {opI64TruncSatF64U, 1},
	wasm.OpI32ReinterpretF32: {opI32ReinterpretF32, 1},
	wasm.OpI64ReinterpretF64: {opI64ReinterpretF64, 1},
	wasm.OpF32ReinterpretI32: {opF32ReinterpretI32, 1},
	wasm.OpF64ReinterpretI64: {opF64ReinterpretI64, 1},
}

func opI32WrapI64(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = uint64(num.I32WrapI64(x))
	t.pc++
	return true
}

func opI32TruncF32S(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	v, tr := num.I32TruncF32S(x)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = uint64(v)
	t.pc++
	return true
}

func opI32TruncF32U(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	v, tr := num.I32TruncF32U(x)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = uint64(v)
	t.pc++
	return true
}

func opI32TruncF64S(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	v, tr := num.I32TruncF64S(x)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = uint64(v)
	t.pc++
	return true
}

func opI32TruncF64U(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	v, tr := num.I32TruncF64U(x)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = uint64(v)
	t.pc++
	return true
}

func opI64ExtendI32S(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = num.I64ExtendI32S(x)
	t.pc++
	return true
}

func opI64ExtendI32U(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = num.I64ExtendI32U(x)
	t.pc++
	return true
}

func opI64TruncF32S(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	v, tr := num.I64TruncF32S(x)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64TruncF32U(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	v, tr := num.I64TruncF32U(x)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64TruncF64S(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	v, tr := num.I64TruncF64S(x)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64TruncF64U(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	v, tr := num.I64TruncF64U(x)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = v
	t.pc++
	return true
}

func opF32ConvertI32S(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.F32ConvertI32S(x))
	t.pc++
	return true
}

func opF32ConvertI32U(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.F32ConvertI32U(x))
	t.pc++
	return true
}

func opF32ConvertI64S(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = uint64(num.F32ConvertI64S(x))
	t.pc++
	return true
}

func opF32ConvertI64U(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = uint64(num.F32ConvertI64U(x))
	t.pc++
	return true
}

func opF32DemoteF64(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = uint64(num.F32DemoteF64(x))
	t.pc++
	return true
}

func opF64ConvertI32S(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = num.F64ConvertI32S(x)
	t.pc++
	return true
}

func opF64ConvertI32U(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = num.F64ConvertI32U(x)
	t.pc++
	return true
}

func opF64ConvertI64S(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.F64ConvertI64S(x)
	t.pc++
	return true
}

func opF64ConvertI64U(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.F64ConvertI64U(x)
	t.pc++
	return true
}

func opF64PromoteF32(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = num.F64PromoteF32(x)
	t.pc++
	return true
}

func opI32TruncSatF32S(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.I32TruncSatF32S(x))
	t.pc++
	return true
}

func opI32TruncSatF32U(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.I32TruncSatF32U(x))
	t.pc++
	return true
}

func opI32TruncSatF64S(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = uint64(num.I32TruncSatF64S(x))
	t.pc++
	return true
}

func opI32TruncSatF64U(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = uint64(num.I32TruncSatF64U(x))
	t.pc++
	return true
}

func opI64TruncSatF32S(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = num.I64TruncSatF32S(x)
	t.pc++
	return true
}

func opI64TruncSatF32U(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = num.I64TruncSatF32U(x)
	t.pc++
	return true
}

func opI64TruncSatF64S(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.I64TruncSatF64S(x)
	t.pc++
	return true
}

func opI64TruncSatF64U(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.I64TruncSatF64U(x)
	t.pc++
	return true
}

func opI32ReinterpretF32(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(x)
	t.pc++
	return true
}

func opI64ReinterpretF64(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = x
	t.pc++
	return true
}

func opF32ReinterpretI32(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(x)
	t.pc++
	return true
}

func opF64ReinterpretI64(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = x
	t.pc++
	return true
}
