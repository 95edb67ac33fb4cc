package wat

import (
	"strings"

	"wasmstep/vm/wasm"
)

// funcIndexElemType is the element type the "func $f ..." form implies.
var funcIndexElemType = wasm.RefType(false, wasm.HeapFunc)

// elems prints the element segments. A segment recorded as function indices
// keeps the short "func $f ..." form when its type allows it.
func (p *printer) elems() {
	for i := range p.m.Elems {
		e := &p.m.Elems[i]
		s := "(elem " + p.defID(p.ids.elems, uint32(i))
		switch e.Mode {
		case wasm.SegmentActive:
			if e.Table != 0 {
				s += "(table " + p.ids.tables.ref(e.Table) + ") "
			}
			s += p.offset(e.Offset) + " "
		case wasm.SegmentDeclarative:
			s += "declare "
		}
		if funcs, ok := p.elemFuncs(e); ok {
			s += "func" + funcs
		} else {
			s += p.valType(e.Type)
			for _, item := range e.Init {
				s += " " + p.elemItem(item)
			}
		}
		p.line(1, strings.TrimSuffix(s, " ")+")")
	}
}

// elemFuncs renders " $f $g" for a segment that can use the "func" form.
func (p *printer) elemFuncs(e *wasm.Elem) (string, bool) {
	if !e.FuncIndices || e.Type != funcIndexElemType {
		return "", false
	}
	var b strings.Builder
	for _, item := range e.Init {
		if len(item) != 2 || item[0].Op != wasm.OpRefFunc || item[1].Op != wasm.OpEnd {
			return "", false
		}
		b.WriteString(" " + p.ids.funcs.ref(item[0].X))
	}
	return b.String(), true
}

// elemItem renders one element expression: "(ref.func $f)" for a single
// instruction, else "(item ...)".
func (p *printer) elemItem(expr []wasm.Instr) string {
	if len(expr) == 2 && expr[1].Op == wasm.OpEnd {
		return p.constExpr(expr)
	}
	return "(item " + p.constExpr(expr) + ")"
}

// offset renders an active segment's offset: the single folded instruction
// when that is all it is, else (offset ...).
func (p *printer) offset(expr []wasm.Instr) string {
	if len(expr) == 2 && expr[1].Op == wasm.OpEnd {
		return p.constExpr(expr)
	}
	return "(offset " + p.constExpr(expr) + ")"
}

// dataChunk is how many bytes of a data segment go on one line.
const dataChunk = 32

func (p *printer) datas() {
	for i := range p.m.Datas {
		d := &p.m.Datas[i]
		s := "(data " + p.defID(p.ids.datas, uint32(i))
		if d.Mode == wasm.SegmentActive {
			if d.Mem != 0 {
				s += "(memory " + p.ids.mems.ref(d.Mem) + ") "
			}
			s += p.offset(d.Offset) + " "
		}
		if len(d.Init) <= dataChunk {
			p.line(1, s+bytesLiteral(d.Init)+")")
			continue
		}
		p.line(1, strings.TrimSuffix(s, " "))
		for off := 0; off < len(d.Init); off += dataChunk {
			p.line(2, bytesLiteral(d.Init[off:min(off+dataChunk, len(d.Init))]))
		}
		p.line(1, ")")
	}
}
