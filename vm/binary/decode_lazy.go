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

// codeSource decodes the bodies of one binary file again on demand. The
// bodies it checks add their opcodes to used and note in usesDataIdx
// whether one names a data segment.
type codeSource struct {
	file        *source.File
	used        *wasm.OpSet
	usesDataIdx bool
}

// CheckCode decodes a body the code section did not check, as that
// section would have: reading on through the file past the body's end, so
// that a wrong size gives the same error.
func (s *codeSource) CheckCode(dst []wasm.Instr, at, start, end int) ([]wasm.Instr, error) {
	d := &decoder{r: newReader(s.file, s.file.Source(), 0), slab: dst[:0]}
	d.r.pos = start
	body := d.expr()
	if d.r.err == nil && d.r.pos != end {
		d.r.failAt(at, errSizeMismatch)
	}
	if d.r.err != nil {
		return nil, d.r.err
	}
	for i := range body {
		s.used.Add(body[i].Op)
	}
	s.usesDataIdx = s.usesDataIdx || d.usesDataIdx
	return d.slab[:len(body)], nil
}

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
