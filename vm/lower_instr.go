package vm

import (
	"math"

	"wasmstep/vm/wasm"
)

// lowerInstr lowers one reachable instruction.
func (l *lowerer) lowerInstr(i int, in *wasm.Instr) {
	var lowered bool
	switch wasm.Ops[in.Op].Class {
	case wasm.ClassControl:
		l.lowerControl(i, in)
		return
	case wasm.ClassCall:
		l.lowerCall(i, in)
		return
	case wasm.ClassLegacyEH:
		l.lowerLegacyEH(i, in, false)
		return
	case wasm.ClassParametric:
		if in.Op == wasm.OpDrop {
			if !l.fast {
				l.emit(op{fn: opNop})
			}
			// The dropped value's op may no longer fuse with what follows:
			// the slot it wrote is the next value's, virtual until used.
			l.lastDef, l.lastOp, l.lastChain = -1, wasm.OpInvalid, chainKey{}
			return
		}
		l.lowerSelect(i)
		return
	case wasm.ClassVariable:
		l.lowerVariable(i, in)
		return
	case wasm.ClassConst:
		h := l.height(i)
		if l.fast {
			l.vs = append(l.vs[:h], ventry{kind: vConst, imm: in.Imm})
			return
		}
		l.def(h, op{fn: opConst, imm: in.Imm})
		return
	case wasm.ClassNumeric:
		lowered = l.lowerNumeric(i, in)
	case wasm.ClassMemory:
		lowered = l.lowerMemory(i, in)
	case wasm.ClassTable:
		lowered = l.lowerTable(i, in)
	case wasm.ClassRef:
		lowered = l.lowerRef(i, in)
	case wasm.ClassGC:
		lowered = l.lowerGC(i, in)
	case wasm.ClassSIMD:
		lowered = l.lowerSIMD(i, in)
	case wasm.ClassAtomic:
		lowered = l.lowerAtomic(i, in)
	}
	if !lowered {
		panic("vm: cannot lower " + in.Op.String())
	}
}

func (l *lowerer) lowerNumeric(i int, in *wasm.Instr) bool {
	nh := numericOps[in.Op]
	if nh.fn == nil {
		return false
	}
	h := l.height(i)
	if l.lowerWidth(h, in) {
		return true
	}
	if nh.arity == 1 {
		b := l.use(h - 1)
		l.def(h-1, op{fn: nh.fn, b: b})
		l.lastOp, l.lastImm = in.Op, false
		return true
	}
	if imm, ok := l.constAt(h - 1); ok {
		if fn, ok := immOp(in.Op); ok {
			if l.fuseChainImmSecond(h, in, imm) {
				return true
			}
			b := l.use(h - 2)
			l.def(h-2, op{fn: fn, b: b, imm: imm})
			l.lastOp, l.lastImm = in.Op, true
			return true
		}
	}
	if imm, ok := l.constAt(h - 2); ok && commutesWithConst(in.Op, imm) {
		fn, _ := immOp(in.Op) // every commutative instruction has one
		c := l.use(h - 1)
		l.def(h-2, op{fn: fn, b: c, imm: imm})
		l.lastOp, l.lastImm = in.Op, true
		return true
	}
	if l.fuseChainImmFirst(h, in) || l.fuseChainBinary(h, in) || l.fuseLoadOperand(h, in) {
		return true
	}
	b := l.use(h - 2)
	c := l.use(h - 1)
	l.def(h-2, op{fn: nh.fn, b: b, c: c})
	l.lastOp, l.lastImm = in.Op, false
	return true
}

// immOp returns the fast form's variant of a binary instruction whose right
// operand is a constant.
func immOp(o wasm.Op) (handler, bool) {
	fn := immOps[o]
	return fn, fn != nil
}

// commutesWithConst reports whether a constant left operand may become the
// right one: the table's commutative instructions, float add and mul only
// with a constant that is not a NaN (with two NaN operands, the one the
// result carries depends on their order).
func commutesWithConst(o wasm.Op, imm uint64) bool {
	if !wasm.Ops[o].Commutative {
		return false
	}
	switch o {
	case wasm.OpF32Add, wasm.OpF32Mul:
		return !math.IsNaN(float64(math.Float32frombits(uint32(imm))))
	case wasm.OpF64Add, wasm.OpF64Mul:
		return !math.IsNaN(math.Float64frombits(imm))
	}
	return true
}

func (l *lowerer) lowerSelect(i int) {
	h := l.height(i)
	t := l.top(i, 1)
	fn := opSelect
	switch t.Kind {
	case wasm.KindRef:
		fn = opSelectRef
	case wasm.KindV128:
		fn = opSelectV128
		l.flush()
	}
	w := int32(slotWidth(t))
	cond := l.use(h - 1)
	v2 := l.use(h - 1 - w)
	v1 := l.use(h - 1 - 2*w)
	l.def(h-1-2*w, op{fn: fn, b: v1, c: v2, imm: uint64(cond)})
}

func (l *lowerer) lowerVariable(i int, in *wasm.Instr) {
	h := l.height(i)
	switch in.Op {
	case wasm.OpLocalGet:
		slot := l.fc.localSlot[in.X]
		t := l.fc.localTypes[in.X]
		if l.fast && t.Kind != wasm.KindV128 {
			l.vs = append(l.vs[:h], ventry{kind: vLocal, slot: slot, ref: t.IsRef()})
			return
		}
		l.def(h, op{fn: moveFor(t), b: slot})
	case wasm.OpLocalSet, wasm.OpLocalTee:
		l.lowerLocalSet(h, in)
	case wasm.OpGlobalGet:
		g := l.inst.Globals[in.X]
		fn := opGlobalGet
		switch g.Type.Type.Kind {
		case wasm.KindRef:
			fn = opGlobalGetRef
		case wasm.KindV128:
			fn = opGlobalGetV128
		}
		l.def(h, op{fn: fn, ref: refTo(g)})
	case wasm.OpGlobalSet:
		g := l.inst.Globals[in.X]
		fn := opGlobalSet
		switch g.Type.Type.Kind {
		case wasm.KindRef:
			fn = opGlobalSetRef
		case wasm.KindV128:
			fn = opGlobalSetV128
			l.flush()
		}
		b := l.use(h - int32(slotWidth(g.Type.Type)))
		l.emit(op{fn: fn, b: b, ref: refTo(g)})
	}
}

func moveFor(t wasm.ValType) handler {
	switch t.Kind {
	case wasm.KindRef:
		return opMoveRef
	case wasm.KindV128:
		return opMoveV128
	}
	return opMove
}

// lowerLocalSet lowers local.set and local.tee. The fast form writes the
// local directly from where the value is, retargeting the op that computed
// it when nothing still needs the local's old value.
func (l *lowerer) lowerLocalSet(h int32, in *wasm.Instr) {
	slot := l.fc.localSlot[in.X]
	t := l.fc.localTypes[in.X]
	w := int32(slotWidth(t))
	top := h - w
	if !l.fast || t.Kind == wasm.KindV128 {
		l.flush()
		l.emit(op{fn: moveFor(t), a: slot, b: l.pos(top)})
		if l.fast && in.Op == wasm.OpLocalTee {
			l.vs = l.vs[:h]
		}
		return
	}
	// Entries below that still read the local must take its old value now.
	hazard := false
	for k := range l.vs[:top] {
		if l.vs[k].kind == vLocal && l.vs[k].slot == slot {
			hazard = true
			l.materialize(k)
		}
	}
	e := l.vs[top]
	switch {
	case e.kind == vLocal:
		if e.slot != slot {
			pc := l.emit(op{fn: moveFor(t), a: slot, b: e.slot})
			if !e.ref {
				l.lastMove = pc
			}
		}
	case e.kind == vConst:
		l.lastConst = l.emit(op{fn: opConst, a: slot, imm: e.imm})
	case !hazard && l.lastDef == len(l.fc.ops)-1 && l.lastDef >= 0 && l.fc.ops[l.lastDef].a == l.pos(top):
		l.fc.ops[l.lastDef].a = slot
		l.lastDef, l.lastOp = -1, wasm.OpInvalid
		// The retargeted op now ends with this instruction: a group that
		// had no op of its own still closes here.
		l.groupOps++
	default:
		l.emit(op{fn: moveFor(t), a: slot, b: l.pos(top)})
	}
	if in.Op == wasm.OpLocalTee {
		l.vs = append(l.vs[:top], ventry{kind: vLocal, slot: slot, ref: t.IsRef()})
	} else {
		l.vs = l.vs[:top]
	}
}
