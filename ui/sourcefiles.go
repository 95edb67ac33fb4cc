package ui

import (
	"wasmstep/debugger"
	srcview "wasmstep/views/source"
)

// sourceInfos is what an engine offers when it reads DWARF; the window asks
// for it without widening Engine, so engines without it (the tests' fake)
// show no compiled sources.
type sourceInfos interface {
	SourceInfos() []debugger.SourceInfo
}

// sourceDocuments are the source files of the modules compiled with DWARF
// (C, C++, Rust, ...), as documents beside the modules: their gutter sets
// line breakpoints the session resolves through the line tables.
func (w *Window) sourceDocuments() []*document {
	si, ok := w.eng.(sourceInfos)
	if !ok {
		return nil
	}
	var docs []*document
	for _, info := range si.SourceInfos() {
		for _, f := range info.Files {
			d := newDocument(f.Name(), f)
			d.compiled = true
			docs = append(docs, d)
		}
	}
	return docs
}

// markSourceLine marks the whole source line of loc in its document and
// returns that document, or nil when loc has no source line shown here.
// The module's document keeps its own mark on the instruction, so the
// disassembly shows the same stop.
func (p *sourcePane) markSourceLine(loc *debugger.Location) *document {
	p.pair.asm = nil
	if loc == nil || loc.Source.File == nil || loc.Source.Line == 0 {
		return nil
	}
	d := p.docFor(loc.Source.File.Name())
	if d == nil {
		return nil
	}
	d.next = &srcview.Span{From: srcview.Loc{Line: loc.Source.Line, Col: 1}, To: srcview.Loc{Line: loc.Source.Line + 1, Col: 1}}
	return d
}
