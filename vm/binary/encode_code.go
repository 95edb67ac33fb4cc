package binary

import "wasmstep/vm/wasm"

func (e *encoder) codeSection() []byte {
	fs := e.m.Funcs
	var scratch []wasm.Instr
	return appendVec(nil, len(fs), func(b []byte, i int) []byte {
		body := e.locals(nil, fs[i].Locals)
		body = e.expr(body, fs[i].ReadBody(&scratch))
		b = appendULEB(b, uint64(len(body)))
		return append(b, body...)
	})
}

// locals writes the locals as runs of equal types.
func (e *encoder) locals(b []byte, locals []wasm.ValType) []byte {
	type run struct {
		n int
		t wasm.ValType
	}
	var runs []run
	for _, t := range locals {
		if len(runs) > 0 && runs[len(runs)-1].t == t {
			runs[len(runs)-1].n++
			continue
		}
		runs = append(runs, run{1, t})
	}
	return appendVec(b, len(runs), func(b []byte, i int) []byte {
		return e.valType(appendULEB(b, uint64(runs[i].n)), runs[i].t)
	})
}
