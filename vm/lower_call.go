package vm

import "wasmstep/vm/wasm"

// lowerCall lowers calls and throws. Their operands are an implicit range
// of the stack, so the fast form flushes first.
func (l *lowerer) lowerCall(i int, in *wasm.Instr) {
	l.flush()
	h := l.height(i)
	switch in.Op {
	case wasm.OpCall, wasm.OpReturnCall:
		f := l.inst.Funcs[in.X]
		args := l.pos(h - int32(slotsOf(f.Type.Params)))
		fn := opCall
		if in.Op == wasm.OpReturnCall {
			fn = opReturnCall
		}
		l.countCall(l.emit(op{fn: fn, a: args, ref: refTo(f)}))
	case wasm.OpCallIndirect, wasm.OpReturnCallIndirect:
		ft := l.inst.funcType(in.X)
		args := l.pos(h - 1 - int32(slotsOf(ft.Params)))
		fn := opCallIndirect
		if in.Op == wasm.OpReturnCallIndirect {
			fn = opReturnCallIndirect
		}
		l.countCall(l.emit(op{fn: fn, a: args, b: l.pos(h - 1), ref: own(l, &indirect{table: l.inst.Tables[in.Y], want: l.inst.typeID(in.X)})}))
	case wasm.OpCallRef, wasm.OpReturnCallRef:
		ft := l.inst.funcType(in.X)
		args := l.pos(h - 1 - int32(slotsOf(ft.Params)))
		fn := opCallRef
		if in.Op == wasm.OpReturnCallRef {
			fn = opReturnCallRef
		}
		l.countCall(l.emit(op{fn: fn, a: args, b: l.pos(h - 1)}))
	case wasm.OpThrow:
		tag := l.inst.Tags[in.X]
		l.emit(op{fn: opThrow, a: l.pos(h - int32(slotsOf(tag.Type.Params))), ref: refTo(tag)})
	case wasm.OpThrowRef:
		l.emit(op{fn: opThrowRef, b: l.pos(h - 1)})
	}
}
