package debugger

import "wasmstep/vm/source"

// SourceCodeLine is the first line at or after line of a compiled
// program's source file (DWARF) where a statement starts; false when there
// is none or file is not such a source (.wat lines are taken as given).
func (s *Session) SourceCodeLine(file *source.File, line int) (int, bool) {
	mod, path, ok := s.dwarfPath(file)
	if !ok {
		return 0, false
	}
	return s.units[mod].dwarf.info.CodeLineFrom(path, line)
}
