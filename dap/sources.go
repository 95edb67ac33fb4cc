package dap

import (
	"path/filepath"

	godap "github.com/google/go-dap"

	"wasmstep/vm/source"
)

// The source mapping lives here alone: a position of the program becomes a
// DAP source and line, and an editor's file and line becomes a loaded file
// and line of the Session. Today the lines are those of .wat files; source
// languages mapped through DWARF will be resolved here too.

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
