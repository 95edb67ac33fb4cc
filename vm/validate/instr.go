package validate

import (
	"wasmstep/vm/wasm"
)

// instr checks instruction i against the current stack and applies its
// effect. fi, if not nil, receives the links between structured
// instructions.
func (f *funcChecker) instr(i int, in *wasm.Instr, fi *FuncInfo) error {
	if int(in.Op) < len(opSigs) && opSigs[in.Op].plain {
		sig := &opSigs[in.Op]
		if err := f.popVals(sig.params[0]); err != nil {
			return err
		}
		f.pushVals(sig.results[0])
		return nil
	}
	switch in.Op {
	case wasm.OpUnreachable:
		f.setUnreachable()
	case wasm.OpNop:
	case wasm.OpBlock, wasm.OpLoop, wasm.OpIf, wasm.OpTry:
		return f.block(i, in)
	case wasm.OpCatch, wasm.OpCatchAll, wasm.OpDelegate, wasm.OpRethrow:
		return f.legacyEH(i, in, fi)
	case wasm.OpElse:
		return f.elseArm(i)
	case wasm.OpEnd:
		return f.end(i, fi)
	case wasm.OpTryTable:
		return f.tryTable(i, in)
	case wasm.OpBr:
		fr, err := f.label(in.X)
		if err != nil {
			return err
		}
		if err := f.popVals(fr.labelTypes()); err != nil {
			return err
		}
		f.setUnreachable()
	case wasm.OpBrIf:
		fr, err := f.label(in.X)
		if err != nil {
			return err
		}
		if _, err := f.popVal(wasm.I32); err != nil {
			return err
		}
		if err := f.popVals(fr.labelTypes()); err != nil {
			return err
		}
		f.pushVals(fr.labelTypes())
	case wasm.OpBrTable:
		return f.brTable(in)
	case wasm.OpReturn:
		if err := f.popVals(f.results); err != nil {
			return err
		}
		f.setUnreachable()
	case wasm.OpCall, wasm.OpReturnCall:
		ft, err := f.c.funcSig(in.X, f.pos)
		if err != nil {
			return err
		}
		return f.call(in.Op == wasm.OpReturnCall, ft)
	case wasm.OpCallIndirect, wasm.OpReturnCallIndirect:
		tt, err := f.table(in.Y)
		if err != nil {
			return err
		}
		if !f.match(tt.Elem, wasm.FuncRef) {
			return f.errorf("type mismatch: call_indirect on table %d of %s", in.Y, tt.Elem)
		}
		ft, err := f.c.funcTypeAt(in.X, f.pos)
		if err != nil {
			return err
		}
		if _, err := f.popVal(tt.AddrType()); err != nil {
			return err
		}
		return f.call(in.Op == wasm.OpReturnCallIndirect, ft)
	case wasm.OpCallRef, wasm.OpReturnCallRef:
		ft, err := f.c.funcTypeAt(in.X, f.pos)
		if err != nil {
			return err
		}
		if _, err := f.popVal(wasm.RefType(true, wasm.HeapType(in.X))); err != nil {
			return err
		}
		return f.call(in.Op == wasm.OpReturnCallRef, ft)
	case wasm.OpThrow:
		if int(in.X) >= len(f.c.tags) {
			return f.indexError("tag", in.X)
		}
		ft, err := f.c.funcTypeAt(f.c.tags[in.X].TypeIdx, f.pos)
		if err != nil {
			return err
		}
		if err := f.popVals(ft.Params); err != nil {
			return err
		}
		f.setUnreachable()
	case wasm.OpThrowRef:
		if _, err := f.popVal(wasm.ExnRef); err != nil {
			return err
		}
		f.setUnreachable()
	case wasm.OpDrop:
		_, err := f.popAny()
		return err
	case wasm.OpSelect:
		return f.selectUntyped()
	case wasm.OpSelectT:
		return f.selectTyped(in)
	default:
		return f.variableOrMemory(in)
	}
	return nil
}

// block opens a block, loop, if or legacy try.
func (f *funcChecker) block(i int, in *wasm.Instr) error {
	params, results, err := f.blockType(in.Block())
	if err != nil {
		return err
	}
	if in.Op == wasm.OpIf {
		if _, err := f.popVal(wasm.I32); err != nil {
			return err
		}
	}
	if err := f.popVals(params); err != nil {
		return err
	}
	f.pushCtrl(in.Op, i, params, results)
	return nil
}

// elseArm ends the then-arm of an if and starts its else-arm.
func (f *funcChecker) elseArm(i int) error {
	fr := &f.ctrls[len(f.ctrls)-1]
	if fr.op != wasm.OpIf {
		return f.errorf("else without if")
	}
	done, err := f.popCtrl()
	if err != nil {
		return err
	}
	f.pushCtrl(wasm.OpElse, done.opener, done.params, done.results)
	f.ctrls[len(f.ctrls)-1].elseAt = i
	return nil
}

// end closes the innermost block. An if without else has an implicit else
// arm that passes its parameters through as results.
func (f *funcChecker) end(i int, fi *FuncInfo) error {
	if fr := f.ctrls[len(f.ctrls)-1]; fr.op == wasm.OpIf {
		if _, err := f.popCtrl(); err != nil {
			return err
		}
		f.pushCtrl(wasm.OpElse, fr.opener, fr.params, fr.results)
	}
	fr, err := f.popCtrl()
	if err != nil {
		return err
	}
	if fi != nil {
		fi.Match[i] = int32(fr.opener)
		if fr.opener >= 0 {
			fi.Match[fr.opener] = int32(i)
		}
		if fr.elseAt >= 0 {
			fi.Match[fr.elseAt] = int32(i)
		}
	}
	if len(f.ctrls) > 0 {
		f.pushVals(fr.results)
	}
	return nil
}

// brTable checks that the operands match every target's label types, which
// all have the default's arity.
func (f *funcChecker) brTable(in *wasm.Instr) error {
	if _, err := f.popVal(wasm.I32); err != nil {
		return err
	}
	if len(in.Labels()) == 0 {
		return f.errorf("br_table without a default label")
	}
	def, err := f.label(in.Labels()[len(in.Labels())-1])
	if err != nil {
		return err
	}
	arity := len(def.labelTypes())
	for _, l := range in.Labels()[:len(in.Labels())-1] {
		fr, err := f.label(l)
		if err != nil {
			return err
		}
		ts := fr.labelTypes()
		if len(ts) != arity {
			return f.errorf("type mismatch: br_table targets have different arities (%d and %d)", len(ts), arity)
		}
		// Check the operands against this label without consuming them.
		top := f.top
		if err := f.popVals(ts); err != nil {
			return err
		}
		f.top = top
	}
	if err := f.popVals(def.labelTypes()); err != nil {
		return err
	}
	f.setUnreachable()
	return nil
}

// call pops a call's arguments and pushes its results; a tail call instead
// requires its results to match the caller's and ends the block.
func (f *funcChecker) call(tail bool, ft wasm.FuncType) error {
	if err := f.popVals(ft.Params); err != nil {
		return err
	}
	if !tail {
		f.pushVals(ft.Results)
		return nil
	}
	if !f.matchAll(ft.Results, f.results) {
		return f.errorf("type mismatch: tail call results %s do not match the function's", ft)
	}
	f.setUnreachable()
	return nil
}

// selectUntyped is select without a type: both operands must be numbers or
// both vectors, of the same type.
func (f *funcChecker) selectUntyped() error {
	if _, err := f.popVal(wasm.I32); err != nil {
		return err
	}
	t1, err := f.popAny()
	if err != nil {
		return err
	}
	t2, err := f.popAny()
	if err != nil {
		return err
	}
	numeric := func(t wasm.ValType) bool { return t.Kind != wasm.KindRef }
	if !numeric(t1) || !numeric(t2) {
		return f.errorf("type mismatch: select without a type needs numeric operands, not %s", typeName(t1))
	}
	if t1 != t2 && t1 != unknown && t2 != unknown {
		return f.errorf("type mismatch: select operands %s and %s differ", typeName(t2), typeName(t1))
	}
	if t1 == unknown {
		t1 = t2
	}
	f.push(t1)
	return nil
}

func (f *funcChecker) selectTyped(in *wasm.Instr) error {
	if len(in.Types()) != 1 {
		return f.errorf("invalid result arity")
	}
	t := in.Types()[0]
	if err := f.c.valType(t, f.pos); err != nil {
		return err
	}
	if _, err := f.popVal(wasm.I32); err != nil {
		return err
	}
	if _, err := f.popVal(t); err != nil {
		return err
	}
	if _, err := f.popVal(t); err != nil {
		return err
	}
	f.push(t)
	return nil
}

// tryTable opens a try_table after checking that each catch clause's
// values match its label.
func (f *funcChecker) tryTable(i int, in *wasm.Instr) error {
	params, results, err := f.blockType(in.Block())
	if err != nil {
		return err
	}
	for _, c := range in.Catches() {
		fr, err := f.label(c.Label)
		if err != nil {
			return err
		}
		var vals []wasm.ValType
		if c.Kind == wasm.CatchTag || c.Kind == wasm.CatchTagRef {
			if int(c.Tag) >= len(f.c.tags) {
				return f.indexError("tag", c.Tag)
			}
			ft, err := f.c.funcTypeAt(f.c.tags[c.Tag].TypeIdx, f.pos)
			if err != nil {
				return err
			}
			vals = ft.Params
		}
		ts := fr.labelTypes()
		ok := f.matchAll(vals, ts)
		if c.Kind == wasm.CatchTagRef || c.Kind == wasm.CatchAllRef {
			// The values are followed by the exception reference.
			n := len(ts) - 1
			ok = n >= 0 && f.matchAll(vals, ts[:n]) && f.match(wasm.RefType(false, wasm.HeapExn), ts[n])
		}
		if !ok {
			return f.errorf("type mismatch: catch clause of kind %d does not match label %d taking %s",
				c.Kind, c.Label, wasm.FuncType{Params: ts})
		}
	}
	if err := f.popVals(params); err != nil {
		return err
	}
	f.pushCtrl(wasm.OpTryTable, i, params, results)
	return nil
}
