package debuginfo

// CodeLineFrom is the first line at or after line of a source file where
// an instruction starts a statement (an is_stmt row): where a breakpoint
// asked on a blank line or a comment goes, as gdb moves it. One pass over
// the line records, so a large module costs one scan per request.
func (in *Info) CodeLineFrom(file string, line int) (int, bool) {
	if in == nil {
		return 0, false
	}
	match := map[uint32]bool{}
	for i, f := range in.Files {
		if sameFile(f, file) {
			match[uint32(i+1)] = true
		}
	}
	best := 0
	for _, ls := range in.lines {
		for _, l := range ls {
			if n := int(l.line); l.flags&recStmt != 0 && n >= line && (best == 0 || n < best) && match[l.file] {
				best = n
			}
		}
	}
	return best, best != 0
}
