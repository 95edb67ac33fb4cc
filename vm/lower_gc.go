package vm

import "wasmstep/vm/wasm"

// condBranchOp builds a conditional branch to label d whose taken path
// delivers n slots ending at stack position top (exclusive).
func (l *lowerer) condBranchOp(fn handler, refSlot int32, d uint32, top int32) {
	dst, n, at := l.branchDest(d)
	src := l.pos(top - int32(n))
	o := op{fn: fn, b: refSlot}
	if at < 0 {
		o.a = -1
		o.ref = own(l, &brMove{src: src, dst: src, n: n})
	} else if n > 0 && src != dst {
		o.ref = own(l, &brMove{src: src, dst: dst, n: n})
	}
	pc := l.emit(o)
	if at >= 0 {
		l.fixTarget(pc, at, func(o *op, t int32) { o.a = t })
	}
}

// lowerRef lowers the reference instructions.
func (l *lowerer) lowerRef(i int, in *wasm.Instr) bool {
	h := l.height(i)
	switch in.Op {
	case wasm.OpRefNull:
		l.def(h, op{fn: opRefNull})
	case wasm.OpRefIsNull, wasm.OpRefAsNonNull, wasm.OpAnyConvertExtern, wasm.OpExternConvertAny,
		wasm.OpRefI31, wasm.OpI31GetS, wasm.OpI31GetU:
		b := l.use(h - 1)
		l.def(h-1, op{fn: refUnary[in.Op], b: b})
	case wasm.OpRefFunc:
		l.def(h, op{fn: opRefFunc, ref: refTo(l.inst.Funcs[in.X])})
	case wasm.OpRefEq:
		b := l.use(h - 2)
		c := l.use(h - 1)
		l.def(h-2, op{fn: opRefEq, b: b, c: c})
	case wasm.OpRefTest, wasm.OpRefCast:
		imm, c := packCast(l.inst.canon(in.Ref), false)
		fn := opRefTest
		if in.Op == wasm.OpRefCast {
			fn = opRefCast
		}
		b := l.use(h - 1)
		l.def(h-1, op{fn: fn, b: b, c: c, imm: imm})
	case wasm.OpBrOnNull:
		l.flush()
		l.condBranchOp(opBrOnNull, l.pos(h-1), in.X, h-1)
	case wasm.OpBrOnNonNull:
		l.flush()
		l.condBranchOp(opBrOnNonNull, l.pos(h-1), in.X, h)
	case wasm.OpBrOnCast, wasm.OpBrOnCastFail:
		l.flush()
		l.condBranchOp(opBrOnCast, l.pos(h-1), in.X, h)
		o := &l.fc.ops[len(l.fc.ops)-1]
		o.imm, o.c = packCast(l.inst.canon(in.Ref2()), in.Op == wasm.OpBrOnCastFail)
	default:
		return false
	}
	return true
}

var refUnary = [wasm.NumOps]handler{
	wasm.OpRefIsNull:        opRefIsNull,
	wasm.OpRefAsNonNull:     opRefAsNonNull,
	wasm.OpAnyConvertExtern: opAnyConvertExtern,
	wasm.OpExternConvertAny: opExternConvertAny,
	wasm.OpRefI31:           opRefI31,
	wasm.OpI31GetS:          opI31GetS,
	wasm.OpI31GetU:          opI31GetU,
}

func (l *lowerer) structLayout(x uint32) *structLayout {
	st := &l.inst.Module.Types[x].Comp
	sl := &structLayout{id: l.inst.typeID(x)}
	for _, f := range st.Fields {
		k := storageOf(f.Storage)
		sl.fields = append(sl.fields, k)
		sl.hasRefs = sl.hasRefs || k == storeRef
		sl.hasV128 = sl.hasV128 || k == storeWide
		sl.slots += int32(slotWidth(f.Storage.Type))
	}
	return sl
}

func (l *lowerer) arrayLayout(x uint32) *arrayLayout {
	et := l.inst.Module.Types[x].Comp.Elem.Storage
	return &arrayLayout{id: l.inst.typeID(x), elem: storageOf(et), size: byteSize(et)}
}

// lowerGC lowers the struct and array instructions.
func (l *lowerer) lowerGC(i int, in *wasm.Instr) bool {
	h := l.height(i)
	switch in.Op {
	case wasm.OpStructNew:
		l.flush()
		sl := l.structLayout(in.X)
		l.def(h-sl.slots, op{fn: opStructNew, b: l.pos(h - sl.slots), ref: refTo(sl)})
	case wasm.OpStructNewDefault:
		l.def(h, op{fn: opStructNewDefault, ref: refTo(l.structLayout(in.X))})
	case wasm.OpStructGet, wasm.OpStructGetS, wasm.OpStructGetU:
		sl := l.structLayout(in.X)
		b := l.use(h - 1)
		o := op{fn: opStructGet, b: b, c: int32(in.Y)}
		if sl.fields[in.Y] == storeRef {
			o.fn = opStructGetRef
		} else if sl.fields[in.Y] == storeWide {
			o.fn = opStructGetV128
		} else if in.Op == wasm.OpStructGetS {
			o.imm = uint64(sl.fields[in.Y])
		}
		l.def(h-1, o)
	case wasm.OpStructSet:
		sl := l.structLayout(in.X)
		if sl.fields[in.Y] == storeWide {
			b := l.use(h - 3)
			c := l.use(h - 2)
			l.emit(op{fn: opStructSetV128, b: b, c: c, imm: uint64(in.Y), ref: refTo(sl)})
			break
		}
		b := l.use(h - 2)
		c := l.use(h - 1)
		l.emit(op{fn: opStructSet, b: b, c: c, imm: uint64(in.Y), ref: refTo(sl)})
	case wasm.OpArrayNew:
		al := l.arrayLayout(in.X)
		w := al.width()
		b := l.use(h - 1 - w)
		c := l.use(h - 1)
		l.def(h-1-w, op{fn: opArrayNew, b: b, c: c, ref: refTo(al)})
	case wasm.OpArrayNewDefault:
		b := l.use(h - 1)
		l.def(h-1, op{fn: opArrayNewDefault, b: b, ref: refTo(l.arrayLayout(in.X))})
	case wasm.OpArrayNewFixed:
		l.flush()
		al := l.arrayLayout(in.X)
		n := int32(in.Y) * al.width()
		l.def(h-n, op{fn: opArrayNewFixed, b: l.pos(h - n), imm: uint64(in.Y), ref: refTo(al)})
	case wasm.OpArrayNewData, wasm.OpArrayNewElem:
		l.flush()
		al := l.arrayLayout(in.X)
		al.seg = segmentRef{l.inst, int(in.Y)}
		fn := opArrayNewData
		if in.Op == wasm.OpArrayNewElem {
			fn = opArrayNewElem
		}
		l.def(h-2, op{fn: fn, b: l.pos(h - 2), ref: refTo(al)})
	case wasm.OpArrayGet, wasm.OpArrayGetS, wasm.OpArrayGetU:
		al := l.arrayLayout(in.X)
		b := l.use(h - 2)
		c := l.use(h - 1)
		o := op{fn: opArrayGet, b: b, c: c}
		if al.elem == storeRef {
			o.fn = opArrayGetRef
		} else if al.elem == storeWide {
			o.fn = opArrayGetV128
		} else if in.Op == wasm.OpArrayGetS {
			o.imm = uint64(al.elem)
		}
		l.def(h-2, o)
	case wasm.OpArraySet:
		l.flush()
		al := l.arrayLayout(in.X)
		l.emit(op{fn: opArraySet, b: l.pos(h - 2 - al.width()), ref: refTo(al)})
	case wasm.OpArrayLen:
		b := l.use(h - 1)
		l.def(h-1, op{fn: opArrayLen, b: b})
	case wasm.OpArrayFill:
		l.flush()
		al := l.arrayLayout(in.X)
		l.emit(op{fn: opArrayFill, b: l.pos(h - 3 - al.width()), ref: refTo(al)})
	case wasm.OpArrayCopy:
		l.flush()
		l.emit(op{fn: opArrayCopy, b: l.pos(h - 5)})
	case wasm.OpArrayInitData, wasm.OpArrayInitElem:
		l.flush()
		al := l.arrayLayout(in.X)
		al.seg = segmentRef{l.inst, int(in.Y)}
		fn := opArrayInitData
		if in.Op == wasm.OpArrayInitElem {
			fn = opArrayInitElem
		}
		l.emit(op{fn: fn, b: l.pos(h - 4), ref: refTo(al)})
	default:
		return false
	}
	return true
}
