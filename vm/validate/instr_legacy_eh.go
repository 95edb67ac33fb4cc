package validate

import "wasmstep/vm/wasm"

// legacyEH checks the clauses of a legacy try and rethrow. A try opens a
// frame like block; each catch or catch_all closes the previous arm and
// opens a handler frame with the try's label and results, whose stack
// starts with the tag's values; delegate closes the try like end, its
// label counted outside the try; rethrow must name a handler frame.
func (f *funcChecker) legacyEH(i int, in *wasm.Instr, fi *FuncInfo) error {
	fr := &f.ctrls[len(f.ctrls)-1]
	switch in.Op {
	case wasm.OpCatch, wasm.OpCatchAll:
		if fr.op != wasm.OpTry && fr.op != wasm.OpCatch {
			return f.errorf("%s without try", in.Op)
		}
		var vals []wasm.ValType
		if in.Op == wasm.OpCatch {
			if int(in.X) >= len(f.c.tags) {
				return f.indexError("tag", in.X)
			}
			ft, err := f.c.funcTypeAt(f.c.tags[in.X].TypeIdx, f.pos)
			if err != nil {
				return err
			}
			vals = ft.Params
		}
		done, err := f.popCtrl()
		if err != nil {
			return err
		}
		f.pushCtrl(in.Op, done.opener, vals, done.results)
		if fi != nil {
			fi.Match[i] = int32(done.opener)
		}
	case wasm.OpDelegate:
		if fr.op != wasm.OpTry {
			return f.errorf("delegate without try")
		}
		done, err := f.popCtrl()
		if err != nil {
			return err
		}
		if _, err := f.label(in.X); err != nil {
			return err
		}
		if fi != nil {
			fi.Match[i] = int32(done.opener)
			fi.Match[done.opener] = int32(i)
		}
		f.pushVals(done.results)
	case wasm.OpRethrow:
		target, err := f.label(in.X)
		if err != nil {
			return err
		}
		if target.op != wasm.OpCatch && target.op != wasm.OpCatchAll {
			return f.errorf("invalid rethrow label %d", in.X)
		}
		f.setUnreachable()
	}
	return nil
}
