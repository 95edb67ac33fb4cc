package debugger

import (
	"fmt"

	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// Continue runs until a breakpoint, watchpoint, trap, pause or the end of
// the call.
func (s *Session) Continue() (*Snapshot, error) { return s.resume(continueTarget()) }

// StepInto runs one instruction; a call stops at the callee's first one.
func (s *Session) StepInto() (*Snapshot, error) { return s.resume(stepInto()) }

// StepOver runs one instruction; a call runs to completion.
func (s *Session) StepOver() (*Snapshot, error) {
	if _, err := s.live(); err != nil {
		return nil, err
	}
	tg := stepOver(s.thread.Depth())
	if _, in := instrAt(s.thread); in != nil && isCall(in.Op) {
		tg.fastDepth = s.thread.Depth() + 1 // the callee returns
	}
	return s.resume(tg)
}

// isCall reports whether op calls a function that returns to the next
// instruction (a tail call replaces the frame instead).
func isCall(op wasm.Op) bool {
	return op == wasm.OpCall || op == wasm.OpCallIndirect || op == wasm.OpCallRef
}

// StepOut runs until the current function returns to its caller.
func (s *Session) StepOut() (*Snapshot, error) {
	if _, err := s.live(); err != nil {
		return nil, err
	}
	tg := stepOut(s.thread.Depth())
	tg.fastDepth = s.thread.Depth()
	return s.resume(tg)
}

// RunTo runs until an instruction that starts on the line is about to run.
func (s *Session) RunTo(file *source.File, line int) (*Snapshot, error) {
	if _, err := s.live(); err != nil {
		return nil, err
	}
	locs := s.lineLocs(file, line)
	if len(locs) == 0 {
		return nil, fmt.Errorf("line %d: no instruction starts on this line", line)
	}
	return s.resume(runTo(locs))
}

// lineLocs returns every instruction of the session that starts on a line.
func (s *Session) lineLocs(file *source.File, line int) map[codeLoc]bool {
	locs := map[codeLoc]bool{}
	if s.prog == nil || file == nil || s.dwarfLineLocs(file, line, locs) {
		return locs
	}
	var scratch []wasm.Instr // bodies not decoded yet stay so
	for i, inst := range s.prog.insts {
		m := s.units[i].mod
		if m.File != file && m.Module.File != file {
			continue
		}
		for _, f := range inst.Funcs {
			if f.Inst != inst || f.Def == nil {
				continue
			}
			for pc, in := range f.Def.ReadBody(&scratch) {
				if in.Pos.IsValid() && file.Position(in.Pos).Line == line {
					locs[codeLoc{f, pc}] = true
				}
			}
		}
	}
	return locs
}
