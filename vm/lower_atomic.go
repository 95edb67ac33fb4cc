package vm

import (
	"strings"

	"wasmstep/vm/wasm"
)

// lowerAtomic lowers the threads proposal's instructions: the operands go
// to their slots (flush) and one op reads them there, in both forms.
func (l *lowerer) lowerAtomic(i int, in *wasm.Instr) bool {
	if !wasm.IsAtomic(in.Op) {
		return false
	}
	if in.Op == wasm.OpAtomicFence {
		l.emit(op{fn: opAtomicFence})
		return true
	}
	fn, operands, result := atomicHandler(in.Op)
	h := l.height(i)
	l.flush()
	o := op{fn: fn, b: l.pos(h - operands), c: int32(wasm.AtomicWidth(in.Op)), d: int32(atomicRMWKind(in.Op)),
		imm: in.Imm, ref: refTo(l.inst.Mems[in.X])}
	if result {
		l.def(h-operands, o)
	} else {
		l.emit(o)
	}
	return true
}

// atomicHandler returns an atomic instruction's handler, how many operands
// it pops and whether it pushes a result.
func atomicHandler(opc wasm.Op) (handler, int32, bool) {
	switch name := opc.String(); {
	case opc == wasm.OpMemoryAtomicNotify:
		return opAtomicNotify, 2, true
	case opc == wasm.OpMemoryAtomicWait32 || opc == wasm.OpMemoryAtomicWait64:
		return opAtomicWait, 3, true
	case strings.Contains(name, ".load"):
		return opAtomicLoad, 1, true
	case strings.Contains(name, ".store"):
		return opAtomicStore, 2, false
	case strings.HasSuffix(name, "cmpxchg") || strings.HasSuffix(name, "cmpxchg_u"):
		return opAtomicCmpxchg, 3, true
	}
	return opAtomicRMW, 2, true
}

// atomicRMWKind reads the operation from a read-modify-write mnemonic,
// e.g. i32.atomic.rmw8.add_u.
func atomicRMWKind(opc wasm.Op) rmwKind {
	name := strings.TrimSuffix(opc.String(), "_u")
	switch name[strings.LastIndexByte(name, '.')+1:] {
	case "add":
		return rmwAdd
	case "sub":
		return rmwSub
	case "and":
		return rmwAnd
	case "or":
		return rmwOr
	case "xor":
		return rmwXor
	}
	return rmwXchg
}
