package debugger

import (
	"math"

	"wasmstep/vm"
)

// lineStep runs to the start of the next source line (DWARF), as gdb's
// step and next do: it stops at the first instruction of an is_stmt row
// whose line differs from the one the step began on. Returning into a
// caller mid-line makes that caller's line the one to leave; entering a
// function (step into) stops at its first line after the prologue.
type lineStep struct {
	s     *Session
	depth int
	path  string
	line  int
}

func (ls *lineStep) stopsAt(t *vm.Thread) bool {
	f, pc := t.At()
	l, ok := ls.s.lineOf(f, pc)
	d := t.Depth()
	if d < ls.depth {
		ls.depth, ls.path, ls.line = d, l.File, l.Line
		return false
	}
	if !ok || !l.Stmt || l.Prologue {
		return false
	}
	return d > ls.depth || l.Line != ls.line || l.File != ls.path
}

// StepLine runs to the next source line of this function or a caller,
// running calls to completion; without DWARF at the current instruction it
// steps one instruction over calls.
func (s *Session) StepLine() (*Snapshot, error) { return s.stepLine(false) }

// StepLineInto runs to the next source line, entering calls to functions
// with DWARF lines; without DWARF it steps one instruction.
func (s *Session) StepLineInto() (*Snapshot, error) { return s.stepLine(true) }

func (s *Session) stepLine(into bool) (*Snapshot, error) {
	if _, err := s.live(); err != nil {
		return nil, err
	}
	f, pc := s.thread.At()
	l, ok := s.lineOf(f, pc)
	depth := s.thread.Depth()
	if !ok {
		if into {
			return s.resume(stepInto())
		}
		return s.resume(stepOver(depth))
	}
	tg := target{reason: StopStep, maxDepth: depth, src: &lineStep{s: s, depth: depth, path: l.File, line: l.Line}, locked: true}
	if into {
		tg.maxDepth = math.MaxInt
	}
	return s.resume(tg)
}
