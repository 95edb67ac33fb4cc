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

// codeSection keeps every body as bytes (see wasm.Code), checking it now
// or, when the decoder defers that, leaving it to the first pass over it:
// the instructions are decoded again when they are used.
func (d *decoder) codeSection() {
	r := d.r
	d.src = &codeSource{file: r.file, used: &wasm.OpSet{}}
	d.m.CodeOps = d.src.used
	d.codeCount = r.vec(func(i int) {
		pos := r.sourcePos(r.pos)
		r.sized(func(size int) {
			f := wasm.Func{Pos: pos}
			if i < len(d.funcTypes) {
				f.TypeIdx = d.funcTypes[i]
			}
			at := r.base + r.pos
			end := at + size
			f.Locals = d.locals()
			start := r.base + r.pos
			n := 0
			if d.deferBodies && r.err == nil && start <= end && end <= r.base+len(r.buf) {
				r.pos = end - r.base
			} else {
				n = d.checkExpr(d.src.used)
				end = r.base + r.pos
			}
			if r.err != nil {
				return
			}
			d.codes = append(d.codes, wasm.NewCode(d.src, at, start, end, n))
			d.m.Funcs = append(d.m.Funcs, f)
		})
	})
	// codes does not move once the section is read: only now do the
	// functions point into it.
	for i := range d.m.Funcs {
		d.m.Funcs[i].SetCode(&d.codes[i])
	}
}

// checkDeferred checks the bodies whose check the code section deferred,
// in order, and then what depends on all of them, returning the first
// error.
func (d *decoder) checkDeferred() error {
	var scratch []wasm.Instr
	for i := range d.codes {
		if d.codes[i].Checked() {
			continue
		}
		if _, err := d.codes[i].Check(&scratch); err != nil {
			return err
		}
	}
	if d.src != nil && d.src.usesDataIdx {
		d.usesDataIdx = true
	}
	return nil
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
