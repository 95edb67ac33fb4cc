package wat

import "wasmstep/vm/wasm"

// funcs prints the defined functions: a header with the type use, named
// params and results, the locals, then the body one instruction per line.
func (p *printer) funcs() {
	base := uint32(p.m.ImportCount(wasm.ExternFunc))
	for i := range p.m.Funcs {
		p.function(base+uint32(i), &p.m.Funcs[i])
	}
}

func (p *printer) function(idx uint32, f *wasm.Func) {
	s := p.newFuncScope(idx)
	p.line(1, "(func "+p.defID(p.ids.funcs, idx)+p.typeUse(f.TypeIdx, s.locals))
	nparams := 0
	if ft, ok := p.m.FuncType(f.TypeIdx); ok {
		nparams = len(ft.Params)
	}
	if len(f.Locals) > 0 {
		p.line(2, p.declList("local", f.Locals, uint32(nparams), s.locals)[1:])
	}
	body := f.ReadBody(&p.body)
	if n := len(body); n > 0 && body[n-1].Op == wasm.OpEnd {
		body = body[:n-1] // the function's own end is the closing parenthesis
	}
	ordinal := uint32(0)
	for pc := range body {
		p.bodyInstr(s, &ordinal, &body[pc])
	}
	p.line(1, ")")
}

// bodyInstr prints one instruction of a body at its block depth and keeps
// the scope's open labels and the block ordinal in step with the structure.
func (p *printer) bodyInstr(s *funcScope, ordinal *uint32, in *wasm.Instr) {
	depth := 2 + len(s.open)
	switch in.Op {
	case wasm.OpEnd, wasm.OpDelegate: // a delegate ends its try; its label is counted outside
		if len(s.open) > 0 {
			s.open = s.open[:len(s.open)-1]
			depth--
		}
	case wasm.OpElse, wasm.OpCatch, wasm.OpCatchAll:
		if len(s.open) > 0 {
			depth--
		}
	}
	s.blockName = ""
	opens := opensBlock(in)
	if opens {
		s.blockName = s.labelName(*ordinal)
		*ordinal++
	}
	p.line(depth, p.instr(in, s))
	if opens {
		s.open = append(s.open, s.blockName)
	}
}
