package vm

import "wasmstep/vm/wasm"

// Go's compiler for wasm keeps pointers in i64 registers and wraps them to
// i32 before every access, often after adding a constant to a zero-extended
// i32: `i32.wrap_i64 (i64.add (i64.extend_i32_u x) (i64.const c))`. The
// fast form makes these conversions free where it can (fast form only):
//
//   - i64.extend_i32_u emits nothing: an i32 is held zero-extended in its
//     slot (every handler writes it so, and memory32 accesses already read
//     the slot as the address), so its i64 is the same slot value;
//   - i32.wrap_i64 of the i64 add, sub, mul, and, or or xor just emitted
//     turns that op into its i32 form, which reads the low halves of its
//     operands and so computes the same low 32 bits; an access then folds
//     an i32.add of a constant as before (fuseAddrAdd);
//   - an access whose address is an i32.wrap_i64 just emitted takes the
//     wrap in as its address add of 0 (fuseAddrAdd);
//   - i32.eqz of an i64.eqz just emitted is i64.ne of 0, a compare the if
//     or br_if after it fuses with.

// narrowedOps maps an i64 instruction to its i32 form where the low 32
// bits of the result depend only on the low 32 bits of the operands.
var narrowedOps = [wasm.NumOps]wasm.Op{
	wasm.OpI64Add: wasm.OpI32Add, wasm.OpI64Sub: wasm.OpI32Sub, wasm.OpI64Mul: wasm.OpI32Mul,
	wasm.OpI64And: wasm.OpI32And, wasm.OpI64Or: wasm.OpI32Or, wasm.OpI64Xor: wasm.OpI32Xor,
}

// lowerWidth lowers i64.extend_i32_u, i32.wrap_i64 and an i32.eqz of an
// i64.eqz for free where the fast form can, and reports whether it did.
func (l *lowerer) lowerWidth(h int32, in *wasm.Instr) bool {
	if !l.fast {
		return false
	}
	switch in.Op {
	case wasm.OpI64ExtendI32U:
		// The value stays where it is; an op that computed it may still be
		// retargeted by a local.set, but nothing fuses with it as an i32.
		l.lastOp = wasm.OpInvalid
		return true
	case wasm.OpI32WrapI64:
		return l.narrowLast(h)
	case wasm.OpI32Eqz:
		return l.negateEqz(h)
	}
	return false
}

// negateEqz turns the i64.eqz just emitted for the operand of an i32.eqz
// (Go's `!` on a comparison) into i64.ne of 0, which an if or a br_if
// after it fuses with as any compare.
func (l *lowerer) negateEqz(h int32) bool {
	pc := l.lastDef
	if l.lastOp != wasm.OpI64Eqz || pc < 0 || pc != len(l.fc.ops)-1 || l.fc.ops[pc].a != l.pos(h-1) || l.vs[h-1].kind != vSlot {
		return false
	}
	o := &l.fc.ops[pc]
	*o = op{fn: immOps[wasm.OpI64Ne], a: o.a, b: o.b}
	l.fc.at[pc] = int32(l.cur)
	l.lastOp, l.lastImm = wasm.OpI64Ne, true
	l.groupOps++
	return true
}

// narrowLast turns the i64 op just emitted for the wrap's operand into its
// i32 form. The op now ends with the wrap, as fuseAddrAdd's does.
func (l *lowerer) narrowLast(h int32) bool {
	narrow := narrowedOps[l.lastOp]
	pc := l.lastDef
	if narrow == wasm.OpInvalid || pc < 0 || pc != len(l.fc.ops)-1 || l.fc.ops[pc].a != l.pos(h-1) || l.vs[h-1].kind != vSlot {
		return false
	}
	o := &l.fc.ops[pc]
	o.fn = numericOps[narrow].fn
	if l.lastImm {
		o.fn = immOps[narrow]
	}
	l.fc.at[pc] = int32(l.cur)
	l.lastOp = narrow
	l.groupOps++
	return true
}
