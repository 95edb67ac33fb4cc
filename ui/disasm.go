package ui

import (
	"strings"

	srcview "wasmstep/views/source"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// disassembly is a binary module shown as text. The text is a wat.Listing:
// printed a function at a time for the lines on screen, never whole, so a
// compiled program of a million instructions opens at once. Instruction j
// of defined function i is on the listing's line for it; function indices
// are the binary's.
type disassembly struct {
	listing  *wat.Listing
	imported int          // imported functions come first in the index space
	mod      *wasm.Module // the skeleton parsed, for the finder (see module)
}

// disassemble shows m, or the module decoded from data when m is nil.
func disassemble(name string, data []byte, m *wasm.Module) (*disassembly, error) {
	if m == nil {
		var err error
		if m, _, err = load.Parse(source.NewFileSet(), name, data); err != nil {
			return nil, err
		}
	}
	l, err := wat.NewListing(m)
	if err != nil {
		return nil, err
	}
	return &disassembly{listing: l, imported: m.ImportCount(wasm.ExternFunc)}, nil
}

// span is where instruction instr of function fn is printed: its line, from
// its indentation on.
func (d *disassembly) span(fn uint32, instr int) *srcview.Span {
	line, ok := d.listing.InstrLine(int(fn)-d.imported, instr)
	if !ok {
		return nil
	}
	text := d.listing.Line(line)
	col := len(text) - len(strings.TrimLeft(text, " ")) + 1
	return &srcview.Span{From: srcview.Loc{Line: line + 1, Col: col}, To: srcview.Loc{Line: line + 2, Col: 1}}
}

// instrAt is the instruction printed on a line, for breakpoints.
func (d *disassembly) instrAt(line int) (fn uint32, instr int, ok bool) {
	i, j, ok := d.listing.InstrAt(line - 1)
	return uint32(d.imported + i), j, ok
}

// module is the text outside the bodies parsed (on first use: only the
// finder needs it), with lines that placeLine maps to the listing's.
func (d *disassembly) module() *wasm.Module {
	if d.mod == nil {
		d.mod, _ = wat.ParseModule(source.NewFileSet(), "disassembly", []byte(d.listing.Skeleton()))
	}
	return d.mod
}

// placeLine maps a 1-based line of module's text to the listing's.
func (d *disassembly) placeLine(line int) int { return d.listing.SkeletonLine(line-1) + 1 }

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
