package ui

import (
	"bytes"

	srcview "wasmstep/views/source"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// disassembly is a binary module printed as text. The printed text is parsed
// again, so each instruction of the binary has a place in the text: function
// and instruction indices are the same in both modules.
type disassembly struct {
	text     string
	mod      *wasm.Module // parsed from text
	file     *source.File
	imported int // imported functions come first in the index space
}

func disassemble(name string, data []byte) (*disassembly, error) {
	m, _, err := load.Parse(source.NewFileSet(), name, data)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := wat.Print(&buf, m); err != nil {
		return nil, err
	}
	printed, err := wat.ParseModule(source.NewFileSet(), name, buf.Bytes())
	if err != nil {
		return nil, err
	}
	return &disassembly{
		text:     buf.String(),
		mod:      printed,
		file:     printed.File,
		imported: printed.ImportCount(wasm.ExternFunc),
	}, nil
}

// span is where instruction instr of function fn is printed.
func (d *disassembly) span(fn uint32, instr int) *srcview.Span {
	i := int(fn) - d.imported
	if i < 0 || i >= len(d.mod.Funcs) || instr < 0 || instr >= len(d.mod.Funcs[i].Body) {
		return nil
	}
	in := d.mod.Funcs[i].Body[instr]
	return textSpan(d.file.Position(in.Pos), d.file.Position(in.End))
}

// instrAt is the first instruction printed on a line, for breakpoints.
func (d *disassembly) instrAt(line int) (fn uint32, instr int, ok bool) {
	for i, f := range d.mod.Funcs {
		for j, in := range f.Body {
			if in.Pos.IsValid() && d.file.Position(in.Pos).Line == line {
				return uint32(d.imported + i), j, true
			}
		}
	}
	return 0, 0, false
}

// textSpan is the span from one position to another; without a valid end it
// covers the rest of the start's line.
func textSpan(from, to source.Position) *srcview.Span {
	if from.Line == 0 {
		return nil
	}
	s := &srcview.Span{From: srcview.Loc{Line: from.Line, Col: from.Column}}
	if to.Line == 0 || to.Line < from.Line || (to.Line == from.Line && to.Column <= from.Column) {
		s.To = srcview.Loc{Line: from.Line + 1, Col: 1}
	} else {
		s.To = srcview.Loc{Line: to.Line, Col: to.Column}
	}
	return s
}
