package binary

import (
	"math"

	"wasmstep/vm/wasm"
)

// The format allows 2^32-1 locals per function, but the model stores them
// expanded, so a few bytes could ask for gigabytes. maxFuncLocals is the
// limit browsers use (shared with the text parser); the whole module may
// expand to at most localsPerByte locals per input byte beyond that.
const (
	maxFuncLocals = wasm.MaxFuncLocals
	localsPerByte = 16
)

// codeSection checks every body and keeps it as bytes (see wasm.Code): the
// instructions are decoded again when they are used.
func (d *decoder) codeSection() {
	r := d.r
	src := &codeSource{file: r.file}
	used := &wasm.OpSet{}
	var codes []wasm.Code
	d.codeCount = r.vec(func(i int) {
		pos := r.sourcePos(r.pos)
		r.sized(func(int) {
			f := wasm.Func{Pos: pos}
			if i < len(d.funcTypes) {
				f.TypeIdx = d.funcTypes[i]
			}
			f.Locals = d.locals()
			start := r.base + r.pos
			n := d.checkExpr(used)
			if r.err != nil {
				return
			}
			codes = append(codes, wasm.NewCode(src, start, r.base+r.pos, n))
			d.m.Funcs = append(d.m.Funcs, f)
		})
	})
	// codes does not move once the section is read: only now do the
	// functions point into it.
	for i := range d.m.Funcs {
		d.m.Funcs[i].SetCode(&codes[i])
	}
	d.m.CodeOps = used
}

// locals reads the run-length encoded local declarations and expands them.
func (d *decoder) locals() []wasm.ValType {
	r := d.r
	type run struct {
		n uint32
		t wasm.ValType
	}
	start := r.pos
	var runs []run
	var total uint64
	r.vec(func(int) {
		n := r.u32()
		runs = append(runs, run{n, d.valType()})
		total += uint64(n)
	})
	if r.err != nil {
		return nil
	}
	if total > math.MaxUint32 || total > maxFuncLocals || total > uint64(d.localBudget) {
		r.failAt(start, "too many locals")
		return nil
	}
	d.localBudget -= int(total)
	if total == 0 {
		return nil
	}
	locals := make([]wasm.ValType, 0, total)
	for _, run := range runs {
		for range run.n {
			locals = append(locals, run.t)
		}
	}
	return locals
}
