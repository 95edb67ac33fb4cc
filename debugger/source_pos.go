package debugger

import (
	"fmt"
	"path/filepath"

	"wasmstep/debugger/debuginfo"
	"wasmstep/vm"
	"wasmstep/vm/source"
)

// SourcePos is a position in a compiled program's source, from DWARF.
type SourcePos struct {
	File      *source.File // the loaded file; nil when it was not found
	Path      string       // the path DWARF names; "" when there is no position
	Line, Col int
}

// String is "file.c:LINE", or "" without a position.
func (p SourcePos) String() string {
	if p.Path == "" || p.Line == 0 {
		return ""
	}
	return fmt.Sprintf("%s:%d", filepath.Base(p.Path), p.Line)
}

// SourceFrame is a source function active in a wasm frame: the frame's own
// function, or one inlined into it (stopped at its call site when it is
// not the innermost).
type SourceFrame struct {
	Func    string
	Pos     SourcePos
	Inlined bool
}

// dwarfOf finds the DWARF of a function and its index among the module's
// defined functions.
func (s *Session) dwarfOf(f *vm.Function) (*dwarfUnit, int, bool) {
	if s.prog == nil || f == nil {
		return nil, 0, false
	}
	ref, ok := s.prog.funcs[f]
	if !ok || ref.module >= len(s.units) || s.units[ref.module].dwarf == nil {
		return nil, 0, false
	}
	d := s.units[ref.module].dwarf
	return d, int(ref.index) - d.imports, true
}

// sourcePos is the DWARF line of instruction pc of f.
func (s *Session) sourcePos(f *vm.Function, pc int) SourcePos {
	d, fn, ok := s.dwarfOf(f)
	if !ok {
		return SourcePos{}
	}
	l, ok := d.info.LineAt(fn, pc)
	if !ok {
		return SourcePos{}
	}
	return SourcePos{File: d.files[l.File], Path: l.File, Line: l.Line, Col: l.Col}
}

// lineOf is the DWARF line record of an instruction.
func (s *Session) lineOf(f *vm.Function, pc int) (debuginfo.Line, bool) {
	d, fn, ok := s.dwarfOf(f)
	if !ok {
		return debuginfo.Line{}, false
	}
	return d.info.LineAt(fn, pc)
}

// sourceFrames lists the source functions of a wasm frame stopped at pc.
func (s *Session) sourceFrames(f *vm.Function, pc int) []SourceFrame {
	d, fn, ok := s.dwarfOf(f)
	if !ok {
		return nil
	}
	var out []SourceFrame
	for _, sf := range d.info.Frames(fn, pc) {
		out = append(out, SourceFrame{Func: sf.Func, Inlined: sf.Inlined,
			Pos: SourcePos{File: d.files[sf.File], Path: sf.File, Line: sf.Line, Col: sf.Col}})
	}
	return out
}

// dwarfLineLocs resolves a line of a compiled program's source file to the
// instructions where the line starts (the first instruction of each of its
// is_stmt rows); it reports false when file is not such a source.
func (s *Session) dwarfLineLocs(file *source.File, line int, locs map[codeLoc]bool) bool {
	mod, path, ok := s.dwarfPath(file)
	if !ok {
		return false
	}
	d, inst := s.units[mod].dwarf, s.prog.insts[mod]
	for _, in := range d.info.LineStarts(path, line) {
		if k := d.imports + in.Func; k < len(inst.Funcs) && inst.Funcs[k].Def != nil {
			locs[codeLoc{inst.Funcs[k], in.PC}] = true
		}
	}
	return true
}
