package vm

import "wasmstep/vm/wasm"

func addr64Flag(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

// lowerMemory lowers memory instructions.
func (l *lowerer) lowerMemory(i int, in *wasm.Instr) bool {
	h := l.height(i)
	if fn, ok := accessOps[in.Op]; ok {
		mem := l.inst.Mems[in.X]
		if in.Op >= wasm.OpI32Store && in.Op <= wasm.OpI64Store32 {
			b := l.use(h - 2)
			c := l.use(h - 1)
			l.emit(op{fn: fn, b: b, c: c, imm: in.Imm, mem: mem})
			return true
		}
		b := l.use(h - 1)
		l.def(h-1, op{fn: fn, b: b, imm: in.Imm, mem: mem})
		return true
	}
	switch in.Op {
	case wasm.OpMemorySize:
		l.def(h, op{fn: opMemorySize, mem: l.inst.Mems[in.X]})
	case wasm.OpMemoryGrow:
		mem := l.inst.Mems[in.X]
		b := l.use(h - 1)
		l.def(h-1, op{fn: opMemoryGrow, b: b, c: addr64Flag(mem.Type.Addr64), mem: mem})
	case wasm.OpMemoryFill:
		l.flush()
		l.emit(op{fn: opMemoryFill, b: l.pos(h - 3), mem: l.inst.Mems[in.X]})
	case wasm.OpMemoryCopy:
		l.flush()
		l.emit(op{fn: opMemoryCopy, b: l.pos(h - 3), mem: l.inst.Mems[in.X], aux: l.inst.Mems[in.Y]})
	case wasm.OpMemoryInit:
		l.flush()
		l.emit(op{fn: opMemoryInit, b: l.pos(h - 3), mem: l.inst.Mems[in.Y], aux: segmentRef{l.inst, int(in.X)}})
	case wasm.OpDataDrop:
		l.emit(op{fn: opDataDrop, aux: segmentRef{l.inst, int(in.X)}})
	default:
		return false
	}
	return true
}

// lowerTable lowers table instructions.
func (l *lowerer) lowerTable(i int, in *wasm.Instr) bool {
	h := l.height(i)
	switch in.Op {
	case wasm.OpTableGet:
		b := l.use(h - 1)
		l.def(h-1, op{fn: opTableGet, b: b, aux: l.inst.Tables[in.X]})
	case wasm.OpTableSet:
		b := l.use(h - 2)
		c := l.use(h - 1)
		l.emit(op{fn: opTableSet, b: b, c: c, aux: l.inst.Tables[in.X]})
	case wasm.OpTableSize:
		l.def(h, op{fn: opTableSize, aux: l.inst.Tables[in.X]})
	case wasm.OpTableGrow:
		tb := l.inst.Tables[in.X]
		b := l.use(h - 2)
		c := l.use(h - 1)
		l.def(h-2, op{fn: opTableGrow, b: b, c: c, imm: uint64(addr64Flag(tb.Type.Addr64)), aux: tb})
	case wasm.OpTableFill:
		l.flush()
		l.emit(op{fn: opTableFill, b: l.pos(h - 3), aux: l.inst.Tables[in.X]})
	case wasm.OpTableCopy:
		l.flush()
		l.emit(op{fn: opTableCopy, b: l.pos(h - 3), aux: &[2]*Table{l.inst.Tables[in.X], l.inst.Tables[in.Y]}})
	case wasm.OpTableInit:
		l.flush()
		l.emit(op{fn: opTableInit, b: l.pos(h - 3), aux: &tableSeg{table: l.inst.Tables[in.Y], seg: segmentRef{l.inst, int(in.X)}}})
	case wasm.OpElemDrop:
		l.emit(op{fn: opElemDrop, aux: segmentRef{l.inst, int(in.X)}})
	default:
		return false
	}
	return true
}
