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
	if fn := accessOps[in.Op]; fn != nil {
		mem := l.inst.Mems[in.X]
		store := in.Op >= wasm.OpI32Store && in.Op <= wasm.OpI64Store32
		if l.fuseAddrAdd(h, in, mem, store) || l.fuseIndexed(h, in, mem, store) {
			return true
		}
		if store {
			b := l.use(h - 2)
			if v, ok := l.constAt(h - 1); ok && constFitsD(in.Op, v) {
				l.emit(op{fn: storeConstOps[in.Op], b: b, d: int32(v), imm: in.Imm, ref: refTo(mem)})
				return true
			}
			c := l.use(h - 1)
			l.emit(op{fn: fn, b: b, c: c, imm: in.Imm, ref: refTo(mem)})
			return true
		}
		b := l.use(h - 1)
		l.def(h-1, op{fn: fn, b: b, imm: in.Imm, ref: refTo(mem)})
		l.lastOp, l.lastImm = in.Op, false
		return true
	}
	switch in.Op {
	case wasm.OpMemorySize:
		l.def(h, op{fn: opMemorySize, ref: refTo(l.inst.Mems[in.X])})
	case wasm.OpMemoryGrow:
		mem := l.inst.Mems[in.X]
		b := l.use(h - 1)
		l.def(h-1, op{fn: opMemoryGrow, b: b, c: addr64Flag(mem.Type.Addr64), ref: refTo(mem)})
	case wasm.OpMemoryFill:
		l.flush()
		l.emit(op{fn: opMemoryFill, b: l.pos(h - 3), ref: refTo(l.inst.Mems[in.X])})
	case wasm.OpMemoryCopy:
		l.flush()
		l.emit(op{fn: opMemoryCopy, b: l.pos(h - 3), ref: own(l, &[2]*Memory{l.inst.Mems[in.X], l.inst.Mems[in.Y]})})
	case wasm.OpMemoryInit:
		l.flush()
		l.emit(op{fn: opMemoryInit, b: l.pos(h - 3), ref: own(l, &memorySeg{mem: l.inst.Mems[in.Y], seg: segmentRef{l.inst, int(in.X)}})})
	case wasm.OpDataDrop:
		l.emit(op{fn: opDataDrop, ref: own(l, &segmentRef{l.inst, int(in.X)})})
	default:
		return false
	}
	return true
}

// constFitsD reports whether a store of the constant v can take it from
// an op's d (storeConstOps, sign extended): a store of at most 4 bytes
// writes only its low bytes; an 8-byte one needs a sign-extended int32.
func constFitsD(store wasm.Op, v uint64) bool {
	return wasm.Ops[store].Access.Width <= 4 || int64(v) == int64(int32(v))
}

// accessAddr is the stack height of an access's address, the access at
// height h; false for a store of a constant, whose value's write would come
// between the address's op and the fused access.
func (l *lowerer) accessAddr(h int32, store bool) (int32, bool) {
	if !store {
		return h - 1, true
	}
	return h - 2, l.vs[h-1].kind != vConst
}

// fuseAddrAdd folds the i32.add of a constant just emitted for a memory32
// access's address into the access (fast form), or the i32.wrap_i64 just
// emitted for it as an add of 0 (see lowerWidth). The fused op takes over
// the add's place in its group and ends with the access, where a trap in
// it is located.
func (l *lowerer) fuseAddrAdd(h int32, in *wasm.Instr, mem *Memory, store bool) bool {
	addImm := l.lastOp == wasm.OpI32Add && l.lastImm
	if !l.fast || mem.Type.Addr64 || !addImm && l.lastOp != wasm.OpI32WrapI64 || l.lastDef < 0 || l.lastDef != len(l.fc.ops)-1 {
		return false
	}
	addr, ok := l.accessAddr(h, store)
	if !ok {
		return false
	}
	pc := l.lastDef
	add := l.fc.ops[pc]
	if add.a != l.pos(addr) {
		return false
	}
	var d int32 // a wrap adds 0
	if addImm {
		d = int32(uint32(add.imm))
	}
	o := op{fn: addrAddOps[in.Op], a: add.a, b: add.b, d: d, imm: in.Imm, ref: refTo(mem)}
	if store {
		o.a, o.c = 0, l.use(h-1)
	}
	l.fc.ops[pc] = o
	l.fc.at[pc] = int32(l.cur)
	l.lastDef, l.lastOp = -1, wasm.OpInvalid
	if !store {
		// A local.set may still retarget the load, an arithmetic op take it
		// as its operand.
		l.lastDef, l.lastOp, l.lastImm = pc, in.Op, true
	}
	l.groupOps++
	return true
}

// lowerTable lowers table instructions.
func (l *lowerer) lowerTable(i int, in *wasm.Instr) bool {
	h := l.height(i)
	switch in.Op {
	case wasm.OpTableGet:
		b := l.use(h - 1)
		l.def(h-1, op{fn: opTableGet, b: b, ref: refTo(l.inst.Tables[in.X])})
	case wasm.OpTableSet:
		b := l.use(h - 2)
		c := l.use(h - 1)
		l.emit(op{fn: opTableSet, b: b, c: c, ref: refTo(l.inst.Tables[in.X])})
	case wasm.OpTableSize:
		l.def(h, op{fn: opTableSize, ref: refTo(l.inst.Tables[in.X])})
	case wasm.OpTableGrow:
		tb := l.inst.Tables[in.X]
		b := l.use(h - 2)
		c := l.use(h - 1)
		l.def(h-2, op{fn: opTableGrow, b: b, c: c, imm: uint64(addr64Flag(tb.Type.Addr64)), ref: refTo(tb)})
	case wasm.OpTableFill:
		l.flush()
		l.emit(op{fn: opTableFill, b: l.pos(h - 3), ref: refTo(l.inst.Tables[in.X])})
	case wasm.OpTableCopy:
		l.flush()
		l.emit(op{fn: opTableCopy, b: l.pos(h - 3), ref: own(l, &[2]*Table{l.inst.Tables[in.X], l.inst.Tables[in.Y]})})
	case wasm.OpTableInit:
		l.flush()
		l.emit(op{fn: opTableInit, b: l.pos(h - 3), ref: own(l, &tableSeg{table: l.inst.Tables[in.Y], seg: segmentRef{l.inst, int(in.X)}})})
	case wasm.OpElemDrop:
		l.emit(op{fn: opElemDrop, ref: own(l, &segmentRef{l.inst, int(in.X)})})
	default:
		return false
	}
	return true
}

// loadOperand is a binary instruction whose right operand is the load just
// before it, fused (fast form): s[a] = op(s[c], load) where the load reads
// its address from slot b (plus the constant d when addr is set, as in
// addrAddOps) and its offset from imm.
type loadOperand struct {
	load     wasm.Op
	fn, addr handler
}

// fuseLoadOperand folds the load just emitted for the right operand of the
// binary instruction in into it (fast form). The fused op keeps the load's
// place in its group and its location for a trap.
func (l *lowerer) fuseLoadOperand(h int32, in *wasm.Instr) bool {
	lo := loadOperandOps[in.Op]
	if lo.fn == nil || !l.fast || l.lastOp != lo.load || l.lastDef < 0 || l.lastDef != len(l.fc.ops)-1 {
		return false
	}
	pc := l.lastDef
	load := l.fc.ops[pc]
	if load.a != l.pos(h-1) || l.vs[h-2].kind == vConst { // the constant's write would come between
		return false
	}
	fn := lo.fn
	if l.lastImm {
		fn = lo.addr
	}
	l.fc.ops[pc] = op{fn: fn, a: l.pos(h - 2), b: load.b, c: l.use(h - 2), d: load.d, imm: load.imm, ref: load.ref}
	l.vs = append(l.vs[:h-2], ventry{kind: vSlot})
	l.lastDef, l.lastOp = pc, wasm.OpInvalid
	l.groupOps++
	return true
}
