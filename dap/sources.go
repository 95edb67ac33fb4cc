package dap

import (
	"path/filepath"

	godap "github.com/google/go-dap"

	"wasmstep/debugger"
	"wasmstep/vm/source"
)

// The source mapping lives here alone: a position of the program becomes a
// DAP source and line, and an editor's file and line becomes a loaded file
// and line of the Session. The lines are those of .wat files; source
// languages mapped through DWARF (C compiled with -g) are loaded as text
// files of the Session too, so the editor names them the same way.

// absPath is a file name as the editor names it.
func absPath(name string) string {
	if p, err := filepath.Abs(name); err == nil {
		return p
	}
	return name
}

// sourceAt is where a position is shown: nil for binary modules, which
// have no lines (their instructions are reached through disassembly).
func sourceAt(p source.Position) (*godap.Source, int, int) {
	if p.Binary || p.Line == 0 || p.Filename == "" {
		return nil, 0, 0
	}
	return &godap.Source{Name: filepath.Base(p.Filename), Path: absPath(p.Filename)}, p.Line, p.Column
}

// dwarfSourceAt is a compiled program's source line (DWARF) as DAP shows
// it; nil when there is none or its file was not found.
func dwarfSourceAt(p debugger.SourcePos) (*godap.Source, int, int) {
	if p.File == nil || p.Line == 0 {
		return nil, 0, 0
	}
	return &godap.Source{Name: filepath.Base(p.File.Name()), Path: absPath(p.File.Name())}, p.Line, p.Col
}

// locationSource is where an instruction is shown: its DWARF source line,
// else its .wat text.
func locationSource(l debugger.Location) (*godap.Source, int, int) {
	if src, line, col := dwarfSourceAt(l.Source); src != nil {
		return src, line, col
	}
	return sourceAt(l.Start)
}

// fileOf finds the loaded text file an editor's source designates.
func (srv *Server) fileOf(src godap.Source) *source.File {
	want := absPath(src.Path)
	for _, f := range srv.s.Files() {
		if !f.Binary() && absPath(f.Name()) == want {
			return f
		}
	}
	return nil
}

// loadedSources lists the program's text files.
func (srv *Server) loadedSources() []godap.Source {
	out := []godap.Source{}
	for _, f := range srv.s.Files() {
		if !f.Binary() {
			out = append(out, godap.Source{Name: filepath.Base(f.Name()), Path: absPath(f.Name())})
		}
	}
	return out
}
