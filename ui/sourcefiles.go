package ui

import (
	"strings"

	"wasmstep/debugger"
	"wasmstep/views/callstack"
	srcview "wasmstep/views/source"
	"wasmstep/vm/source"
)

// sourceInfos is what an engine offers when it reads DWARF; the window asks
// for it without widening Engine, so engines without it (the tests' fake)
// show no compiled sources.
type sourceInfos interface {
	SourceInfos() []debugger.SourceInfo
}

// compiledSources are the source files of the modules compiled with DWARF
// (C, C++, Rust, ...), read on the worker after giving the engine the
// source folders remembered for them; they are shown as documents beside
// the modules, whose gutter sets line breakpoints the session resolves
// through the line tables.
func compiledSources(e Engine, dirs []string) []*source.File {
	si, ok := e.(sourceInfos)
	if !ok {
		return nil
	}
	if sd, ok := e.(sourceDirAdder); ok {
		for _, dir := range dirs {
			sd.AddSourceDir(dir)
		}
	}
	var files []*source.File
	for _, info := range si.SourceInfos() {
		files = append(files, info.Files...)
	}
	return files
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

// withSource names a call-stack row by its source functions (an inlined
// call inside the function it was inlined into) and puts the source line
// before the wasm position, for a frame DWARF describes.
func withSource(row *callstack.Frame, f debugger.Frame) {
	if len(f.Source) == 0 {
		return
	}
	names := make([]string, len(f.Source))
	for i, sf := range f.Source {
		names[i] = sf.Func
		if sf.Inlined {
			names[i] += " (inlined)"
		}
	}
	row.Func = strings.Join(names, " in ")
	if pos := f.Location.Source.String(); pos != "" {
		row.Location = pos + "  " + row.Location
	}
}
