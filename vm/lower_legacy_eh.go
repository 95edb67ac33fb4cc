package vm

import "wasmstep/vm/wasm"

// Legacy exception handling lowers onto the try_table machinery: a try's
// body is a tryRange whose catch clauses lead to the handler bodies (the
// instruction after each catch) instead of to labels, and a delegate is a
// tryRange that sends the search on from a position just inside its target
// block. A handler keeps the caught exception in a frame slot of its own,
// reserved after the locals (one per try nesting level, so a callee's frame
// never overlaps it), and rethrow throws it from there again.

// legacyTries is the lowering state of the legacy tries of one function.
type legacyTries struct {
	exnBase int32     // first slot reserved for caught exceptions
	open    []openTry // the tries being lowered, innermost last
}

// openTry is a legacy try between its opener and its end or delegate.
type openTry struct {
	start   int   // the try's index in the body
	pending int   // its tryRange in pendingTries
	slot    int32 // where its handlers keep the caught exception
	clauses int   // catch and catch_all clauses seen so far
}

// reserveCaughtSlots reserves, from slot on, one reference slot per level
// of legacy try nesting in body, and returns the slot after them. They are
// nulled on entry like reference locals, so no stale exception survives.
func (l *lowerer) reserveCaughtSlots(body []wasm.Instr, slot int32) int32 {
	l.legacy.exnBase = slot
	var opened []bool // per open construct: is it a try?
	depth, most := 0, 0
	for i := range body {
		switch op := body[i].Op; op {
		case wasm.OpBlock, wasm.OpLoop, wasm.OpIf, wasm.OpTryTable, wasm.OpTry:
			opened = append(opened, op == wasm.OpTry)
			if op == wasm.OpTry {
				depth++
				most = max(most, depth)
			}
		case wasm.OpEnd, wasm.OpDelegate:
			if n := len(opened); n > 0 {
				if opened[n-1] {
					depth--
				}
				opened = opened[:n-1]
			}
		}
	}
	for range most {
		l.fc.refLocals = append(l.fc.refLocals, slot)
		slot++
	}
	return slot
}

// lowerLegacyEH lowers try, catch, catch_all, delegate and rethrow; dead
// says the instruction is in unreachable code, where only the bookkeeping
// is done (the debug form's placeholder is already emitted).
func (l *lowerer) lowerLegacyEH(i int, in *wasm.Instr, dead bool) {
	switch in.Op {
	case wasm.OpTry:
		if dead {
			l.ctl = append(l.ctl, label{op: in.Op, start: i, end: int(l.info.Match[i]), ifOp: -1})
		} else {
			l.pushLabel(i, in, l.height(i))
			if !l.fast {
				l.emit(op{fn: opNop})
			}
		}
		l.legacy.open = append(l.legacy.open, openTry{start: i, pending: len(l.pendingTries),
			slot: l.legacy.exnBase + int32(len(l.legacy.open))})
		l.pendingTries = append(l.pendingTries, tryRange{start: int32(i), end: l.info.Match[i]})
	case wasm.OpCatch, wasm.OpCatchAll:
		lb := &l.ctl[len(l.ctl)-1]
		if !dead {
			// The arm before falls through to the try's end.
			pc := l.emit(op{fn: opJump})
			l.fixTarget(pc, lb.end, func(o *op, t int32) { o.a = t })
		}
		l.addHandler(i, in, lb.base)
		if l.fast {
			// The handler body is a place a frame resumes at: it starts a group.
			l.groupStart, l.groupOps, l.lastDef = i+1, 0, -1
		}
	case wasm.OpDelegate:
		l.delegateTry(i, in.X)
		if !dead && !l.fast {
			l.emit(op{fn: opNop})
		}
	case wasm.OpRethrow:
		if !dead {
			l.emit(op{fn: opRethrow, b: l.caughtSlot(in.X)})
		}
	}
}

// addHandler adds the catch or catch_all at i to the innermost open try;
// the first clause ends the range its handlers cover.
func (l *lowerer) addHandler(i int, in *wasm.Instr, base int32) {
	ot := &l.legacy.open[len(l.legacy.open)-1]
	tr := &l.pendingTries[ot.pending]
	if ot.clauses == 0 {
		tr.end = int32(i)
	}
	ot.clauses++
	ct := catchTarget{kind: wasm.CatchAll, dst: base, target: -1, keepsExn: true, exnSlot: ot.slot}
	if in.Op == wasm.OpCatch {
		ct.kind, ct.tag = wasm.CatchTag, l.inst.Tags[in.X]
	}
	tr.catches = append(tr.catches, ct)
	k, n := ot.pending, len(tr.catches)-1
	l.fixups = append(l.fixups, func() {
		l.pendingTries[k].catches[n].target = l.startPC[i+1]
		l.pendingTries[k].catches[n].instr = int32(i + 1)
	})
}

// delegateTry closes the innermost try at its delegate i to label depth d
// (counted outside the try). An exception from its body is looked for
// again as if thrown at the start of the construct that holds the try
// directly inside the target block: inside that block, outside everything
// nested in it.
func (l *lowerer) delegateTry(i int, d uint32) {
	ot := l.legacy.open[len(l.legacy.open)-1]
	tr := &l.pendingTries[ot.pending]
	tr.end, tr.delegates = int32(i), true
	tr.resume = int32(l.ctl[len(l.ctl)-1-int(d)].start)
	l.legacy.open = l.legacy.open[:len(l.legacy.open)-1]
	l.ctl = l.ctl[:len(l.ctl)-1]
}

// closeLegacyTry forgets the innermost open try when the end at hand
// closes it.
func (l *lowerer) closeLegacyTry() {
	if n := len(l.legacy.open); n > 0 && l.legacy.open[n-1].start == l.ctl[len(l.ctl)-1].start {
		l.legacy.open = l.legacy.open[:n-1]
	}
}

// caughtSlot returns the slot holding the exception caught by the handler
// at label depth d.
func (l *lowerer) caughtSlot(d uint32) int32 {
	start := l.ctl[len(l.ctl)-1-int(d)].start
	for _, ot := range l.legacy.open {
		if ot.start == start {
			return ot.slot
		}
	}
	panic("vm: rethrow names no enclosing catch")
}
