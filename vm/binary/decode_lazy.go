package binary

import (
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// checkExpr reads a function body the way expr does, into a buffer reused
// from body to body, and returns how many instructions it has, adding
// their opcodes to used. The module keeps the bytes, not the instructions.
func (d *decoder) checkExpr(used *wasm.OpSet) int {
	shared := d.slab
	d.slab = d.scratch[:0]
	body := d.expr()
	for i := range body {
		used.Add(body[i].Op)
	}
	d.scratch, d.slab = d.slab[:0], shared
	return len(body)
}

// codeSource decodes the bodies of one binary file again on demand.
type codeSource struct{ file *source.File }

// DecodeCode decodes the body in bytes [start, end) of the file into dst.
func (s *codeSource) DecodeCode(dst []wasm.Instr, start, end int) ([]wasm.Instr, error) {
	d := &decoder{r: newReader(s.file, s.file.Source()[start:end], start), slab: dst[:0]}
	body := d.expr()
	if d.r.err == nil && !d.r.eof() {
		d.r.failAt(d.r.pos, errSizeMismatch)
	}
	if d.r.err != nil {
		return nil, d.r.err
	}
	return d.slab[:len(body)], nil
}
