package vm

import (
	"wasmstep/vm/wasm"
)

// blockArity returns the parameter and result slots of a block type.
func (l *lowerer) blockArity(bt wasm.BlockType) (params, results int) {
	switch bt.Kind {
	case wasm.BlockValue:
		return 0, slotWidth(bt.Value)
	case wasm.BlockIndex:
		ft := l.inst.funcType(bt.Index)
		return slotsOf(ft.Params), slotsOf(ft.Results)
	}
	return 0, 0
}

// pushLabel enters a block, loop, if or try_table at instruction i whose
// parameters start at stack position base.
func (l *lowerer) pushLabel(i int, in *wasm.Instr, base int32) {
	np, nr := l.blockArity(in.Block())
	lb := label{op: in.Op, start: i, end: int(l.info.Match[i]), base: l.pos(base - int32(np)), arity: nr, ifOp: -1}
	if in.Op == wasm.OpLoop {
		lb.arity = np
	}
	l.ctl = append(l.ctl, lb)
}

// branchDest resolves a branch to label depth d: the slot its values go
// to, how many, and the instruction it continues at (-1: return).
func (l *lowerer) branchDest(d uint32) (dst int32, n int, at int) {
	lb := &l.ctl[len(l.ctl)-1-int(d)]
	switch lb.op {
	case wasm.OpInvalid:
		return lb.base, lb.arity, -1
	case wasm.OpLoop:
		return lb.base, lb.arity, lb.start
	}
	return lb.base, lb.arity, lb.end
}

// returnOp returns n result slots from src; results without references
// skip the reference slots. d is the op's fc.at plus one, so the return
// counts without looking it up.
func (l *lowerer) returnOp(src int32, n int) op {
	fn := opReturnNum
	for _, rt := range l.f.Type.Results {
		if rt.IsRef() {
			fn = opReturn
		}
	}
	return op{fn: fn, b: src, c: int32(n), d: int32(l.cur) + 1}
}

// emitBranch emits an unconditional branch delivering n slots from src.
func (l *lowerer) emitBranch(src, dst int32, n, at int) {
	if at < 0 {
		l.emit(l.returnOp(src, n))
		return
	}
	o := op{fn: opJump}
	if n > 0 && src != dst {
		o = op{fn: opBrMove, b: src, c: dst, imm: uint64(n)}
	} else if pc, ok := l.fuseWriteJump(); ok {
		l.fixTarget(pc, at, func(o *op, t int32) { o.a = t })
		return
	}
	pc := l.emit(o)
	l.fixTarget(pc, at, func(o *op, t int32) { o.a = t })
}

// fuseWriteJump turns the constant or the local just written to a slot
// into the jump that follows it (fast form); the fused op ends with the
// branch. The write must be the jump's own instruction's (a flush) or the
// one's just before, with no label between where a branch could land.
func (l *lowerer) fuseWriteJump() (int, bool) {
	last := len(l.fc.ops) - 1
	if !l.fast || last < 0 || l.lastConst != last && l.lastMove != last {
		return 0, false
	}
	if at := int(l.fc.at[last]); at != l.cur && (at != l.cur-1 || isLabelOp(l.body[at].Op) || l.landing[l.cur]) {
		return 0, false
	}
	o := l.fc.ops[last]
	if l.lastConst == last {
		l.fc.ops[last] = op{fn: opConstJump, c: o.a, imm: o.imm}
	} else {
		l.fc.ops[last] = op{fn: opMoveJump, b: o.b, c: o.a}
	}
	l.fc.at[last] = int32(l.cur)
	l.lastConst, l.lastMove = -1, -1
	l.groupOps++
	return last, true
}

func (l *lowerer) lowerControl(i int, in *wasm.Instr) {
	h := l.height(i)
	switch in.Op {
	case wasm.OpNop:
		if !l.fast {
			l.emit(op{fn: opNop})
		}
	case wasm.OpUnreachable:
		l.emit(op{fn: opUnreachable})
	case wasm.OpBlock, wasm.OpLoop, wasm.OpTryTable:
		l.pushLabel(i, in, h)
		if in.Op == wasm.OpTryTable {
			l.lowerTryTable(i, in)
		}
		if !l.fast {
			l.emit(op{fn: opNop})
		}
	case wasm.OpIf:
		pc, fused := l.fuseIf()
		if !fused {
			pc = l.emit(op{fn: opIf, b: l.use(h - 1)})
		}
		l.pushLabel(i, in, h-1)
		l.ctl[len(l.ctl)-1].ifOp = pc
		end := l.ctl[len(l.ctl)-1].end
		// An else, if any, registers a later fixup that wins.
		l.fixTarget(pc, end, func(o *op, t int32) { o.a = t })
	case wasm.OpElse:
		lb := &l.ctl[len(l.ctl)-1]
		lb.elseSeen = true
		pc, fused := l.fuseWriteJump() // a then arm ending with a constant or a local
		if !fused {
			pc = l.emit(op{fn: opJump})
		}
		l.fixTarget(pc, lb.end, func(o *op, t int32) { o.a = t })
		if lb.ifOp >= 0 { // no op when the if itself is unreachable
			l.fixTarget(lb.ifOp, i+1, func(o *op, t int32) { o.a = t })
		}
		if l.fast {
			// The else arm starts from the if's parameters, all in slots.
			l.lastDef = -1
		}
	case wasm.OpEnd:
		if len(l.ctl) == 1 {
			n := l.ctl[0].arity
			l.emit(l.returnOp(l.pos(h-int32(n)), n))
			return
		}
		l.ctl = l.ctl[:len(l.ctl)-1]
		if !l.fast {
			l.emit(op{fn: opNop})
		}
	case wasm.OpBr:
		l.flush()
		dst, n, at := l.branchDest(in.X)
		l.emitBranch(l.pos(h-int32(n)), dst, n, at)
	case wasm.OpBrIf:
		l.lowerBrIf(h, in)
	case wasm.OpBrTable:
		cond := l.consumeTop(h)
		l.flush()
		tb := &brTable{}
		pc := len(l.fc.ops)
		jumps := true // no target returns or moves values
		for _, d := range in.Labels() {
			dst, n, at := l.branchDest(d)
			tb.n = n
			tb.src = l.pos(h - 1 - int32(n))
			tb.dests = append(tb.dests, brDest{dst: dst, pc: -1})
			jumps = jumps && at >= 0 && (n == 0 || dst == tb.src)
			k := len(tb.dests) - 1
			if at >= 0 {
				l.markLanding(at)
				l.fixups = append(l.fixups, func() {
					tb.dests[k].pc = l.startPC[at]
					tb.dests[k].skip = l.branchSkip(pc, at)
				})
			}
		}
		fn := opBrTable
		if jumps {
			fn = opBrTableJump
		}
		l.emit(op{fn: fn, b: cond, c: int32(len(tb.dests) - 1), ref: own(l, tb)})
	case wasm.OpReturn:
		l.flush()
		n := l.ctl[0].arity
		l.emit(l.returnOp(l.pos(h-int32(n)), n))
	}
}

// lowerBrIf emits br_if, fused with the compare before it when the fast
// form can (no values to move, nothing pending below).
func (l *lowerer) lowerBrIf(h int32, in *wasm.Instr) {
	dst, n, at := l.branchDest(in.X)
	src := l.pos(h - 1 - int32(n))
	moves := n > 0 && src != dst
	if l.fast && !moves && at >= 0 && l.lastDef == len(l.fc.ops)-1 && l.lastOp != wasm.OpInvalid {
		if fns := cmpBranchOps[l.lastOp]; fns[0] != nil && l.belowInSlots(len(l.vs)-1) {
			pc := len(l.fc.ops) - 1
			o := &l.fc.ops[pc]
			fn := fns[0]
			if l.lastImm {
				fn = fns[1]
			}
			if fn != nil {
				o.fn = fn
				l.fc.at[pc] = int32(l.cur) // it ends with the br_if
				l.lastDef, l.lastOp = -1, wasm.OpInvalid
				// The fused op now ends with the br_if: its group closes here,
				// so no stop point is claimed between the compare and the branch.
				l.groupOps++
				l.fixTarget(pc, at, func(o *op, t int32) { o.a = t })
				return
			}
		}
	}
	cond := l.consumeTop(h)
	l.flush()
	if at < 0 {
		l.emit(op{fn: opBrIfReturn, a: cond, b: src, c: int32(n)})
		return
	}
	o := op{fn: opBrIf, b: cond}
	if moves {
		o = op{fn: opBrIfMove, b: cond, ref: own(l, &brMove{src: src, dst: dst, n: n})}
	}
	pc := l.emit(o)
	l.fixTarget(pc, at, func(o *op, t int32) { o.a = t })
}

// negatedCmp maps an integer compare to its negation, so an if on a
// compare fuses into a branch to the else arm on the opposite compare.
var negatedCmp = [wasm.NumOps]wasm.Op{
	wasm.OpI32Eq: wasm.OpI32Ne, wasm.OpI32Ne: wasm.OpI32Eq,
	wasm.OpI32LtS: wasm.OpI32GeS, wasm.OpI32GeS: wasm.OpI32LtS,
	wasm.OpI32LtU: wasm.OpI32GeU, wasm.OpI32GeU: wasm.OpI32LtU,
	wasm.OpI32GtS: wasm.OpI32LeS, wasm.OpI32LeS: wasm.OpI32GtS,
	wasm.OpI32GtU: wasm.OpI32LeU, wasm.OpI32LeU: wasm.OpI32GtU,
	wasm.OpI64Eq: wasm.OpI64Ne, wasm.OpI64Ne: wasm.OpI64Eq,
	wasm.OpI64LtS: wasm.OpI64GeS, wasm.OpI64GeS: wasm.OpI64LtS,
	wasm.OpI64LtU: wasm.OpI64GeU, wasm.OpI64GeU: wasm.OpI64LtU,
	wasm.OpI64GtS: wasm.OpI64LeS, wasm.OpI64LeS: wasm.OpI64GtS,
	wasm.OpI64GtU: wasm.OpI64LeU, wasm.OpI64LeU: wasm.OpI64GtU,
}

// fuseIf turns the compare just emitted into the if's branch to its else
// arm (fast form). The boundary before the if already flushed the stack,
// so the compare is still the last op only when nothing came between.
func (l *lowerer) fuseIf() (int, bool) {
	if !l.fast || l.lastDef != len(l.fc.ops)-1 || l.lastOp == wasm.OpInvalid || !l.belowInSlots(len(l.vs)-1) {
		return 0, false
	}
	pc := len(l.fc.ops) - 1
	o := &l.fc.ops[pc]
	switch l.lastOp {
	case wasm.OpI32Eqz:
		*o = op{fn: opBrIf, b: o.b}
	case wasm.OpI64Eqz:
		// Not zero: the compare with the constant 0.
		*o = op{fn: cmpBranchOps[wasm.OpI64Ne][1], b: o.b}
	default:
		neg := negatedCmp[l.lastOp]
		if neg == wasm.OpInvalid {
			return 0, false
		}
		fns := cmpBranchOps[neg]
		o.fn = fns[0]
		if l.lastImm {
			o.fn = fns[1]
		}
	}
	l.fc.at[pc] = int32(l.cur)
	l.lastDef, l.lastOp = -1, wasm.OpInvalid
	l.groupOps++ // the fused op now ends with the if
	return pc, true
}

// consumeTop returns the slot to read the top of a stack of height h from
// and, in the fast form, drops it from the virtual stack: a branch's
// condition read from its local needs no copy in its stack slot when the
// stack is flushed for the branch.
func (l *lowerer) consumeTop(h int32) int32 {
	slot := l.use(h - 1)
	if l.fast {
		l.vs = l.vs[:h-1]
	}
	return slot
}

// belowInSlots reports whether the virtual stack below position k is all
// in slots.
func (l *lowerer) belowInSlots(k int) bool {
	for _, e := range l.vs[:max(k, 0)] {
		if e.kind != vSlot {
			return false
		}
	}
	return true
}

// lowerTryTable records the try_table's catch clauses, resolved against
// the labels around it.
func (l *lowerer) lowerTryTable(i int, in *wasm.Instr) {
	tr := tryRange{start: int32(i), end: l.info.Match[i]}
	for _, c := range in.Catches() {
		// Catch labels are relative to the try_table's enclosing labels.
		lb := &l.ctl[len(l.ctl)-2-int(c.Label)]
		ct := catchTarget{kind: c.Kind, dst: lb.base, target: -1}
		if c.Kind == wasm.CatchTag || c.Kind == wasm.CatchTagRef {
			ct.tag = l.inst.Tags[c.Tag]
		}
		at := -1
		switch lb.op {
		case wasm.OpLoop:
			at = lb.start
		case wasm.OpInvalid:
		default:
			at = lb.end
		}
		tr.catches = append(tr.catches, ct)
		if at >= 0 {
			l.markLanding(at)
			k, n := len(l.pendingTries), len(tr.catches)-1
			l.fixups = append(l.fixups, func() {
				l.pendingTries[k].catches[n].target = l.startPC[at]
				l.pendingTries[k].catches[n].instr = int32(at)
			})
		}
	}
	l.pendingTries = append(l.pendingTries, tr)
}

// buildTries orders the try_tables innermost first (latest start first,
// since they nest).
func (l *lowerer) buildTries() []tryRange {
	tries := l.pendingTries
	for a, b := 0, len(tries)-1; a < b; a, b = a+1, b-1 {
		tries[a], tries[b] = tries[b], tries[a]
	}
	return tries
}
