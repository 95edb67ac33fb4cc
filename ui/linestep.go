package ui

import "wasmstep/debugger"

// lineStepper is what an engine that reads DWARF adds: steps by source
// line. Like sourceInfos it is asked for without widening Engine.
type lineStepper interface {
	StepLine() (*debugger.Snapshot, error)
	StepLineInto() (*debugger.Snapshot, error)
}

// byLine picks how a step moves: by source line while the pane shows a
// compiled program's source, by instruction otherwise, so switching to the
// disassembly is the toggle back to instruction steps.
func (w *Window) byLine(instr stepFunc, line func(lineStepper) (*debugger.Snapshot, error)) stepFunc {
	if w.src.cur == nil || !w.src.cur.compiled {
		return instr
	}
	return func(e Engine) (*debugger.Snapshot, error) {
		if ls, ok := e.(lineStepper); ok {
			return line(ls)
		}
		return instr(e)
	}
}
