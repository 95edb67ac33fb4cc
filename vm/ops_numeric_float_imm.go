package vm

import (
	"wasmstep/vm/num"
	"wasmstep/vm/wasm"
)

// floatImmOps holds the fast form's float arithmetic whose right operand is
// a constant (o.imm): s[a] = op(s[b], imm).
var floatImmOps = map[wasm.Op]handler{
	wasm.OpF32Add: opF32AddImm,
	wasm.OpF32Sub: opF32SubImm,
	wasm.OpF32Mul: opF32MulImm,
	wasm.OpF32Div: opF32DivImm,
	wasm.OpF64Add: opF64AddImm,
	wasm.OpF64Sub: opF64SubImm,
	wasm.OpF64Mul: opF64MulImm,
	wasm.OpF64Div: opF64DivImm,
}

func opF32AddImm(t *Thread, o *op) bool {
	s := t.s
	s[o.a] = uint64(num.F32Add(uint32(s[o.b]), uint32(o.imm)))
	t.pc++
	return true
}

func opF32SubImm(t *Thread, o *op) bool {
	s := t.s
	s[o.a] = uint64(num.F32Sub(uint32(s[o.b]), uint32(o.imm)))
	t.pc++
	return true
}

func opF32MulImm(t *Thread, o *op) bool {
	s := t.s
	s[o.a] = uint64(num.F32Mul(uint32(s[o.b]), uint32(o.imm)))
	t.pc++
	return true
}

func opF32DivImm(t *Thread, o *op) bool {
	s := t.s
	s[o.a] = uint64(num.F32Div(uint32(s[o.b]), uint32(o.imm)))
	t.pc++
	return true
}

func opF64AddImm(t *Thread, o *op) bool {
	s := t.s
	s[o.a] = num.F64Add(s[o.b], o.imm)
	t.pc++
	return true
}

func opF64SubImm(t *Thread, o *op) bool {
	s := t.s
	s[o.a] = num.F64Sub(s[o.b], o.imm)
	t.pc++
	return true
}

func opF64MulImm(t *Thread, o *op) bool {
	s := t.s
	s[o.a] = num.F64Mul(s[o.b], o.imm)
	t.pc++
	return true
}

func opF64DivImm(t *Thread, o *op) bool {
	s := t.s
	s[o.a] = num.F64Div(s[o.b], o.imm)
	t.pc++
	return true
}
