package debugger

import "sort"

// lineStops reduces the instructions of one source line (from any line
// source: a text module's positions, DWARF) to where a line breakpoint is
// planted: the first instruction of each run of the line's instructions that
// follow one another in a body. A folded expression such as
// (local.set $x (i32.add (local.get $x) (local.get $i))) then stops once
// per visit of its line, not once per instruction; a branch back to the
// run's first instruction is a new visit and stops again. The result is in
// module, function and body order.
func (s *Session) lineStops(set map[codeLoc]bool) []codeLoc {
	var starts []codeLoc
	for l := range set {
		if !set[codeLoc{l.fn, l.pc - 1}] {
			starts = append(starts, l)
		}
	}
	sort.Slice(starts, func(i, j int) bool {
		a, b := starts[i], starts[j]
		if a.fn != b.fn {
			return s.prog.funcs[a.fn].less(s.prog.funcs[b.fn])
		}
		return a.pc < b.pc
	})
	return starts
}
