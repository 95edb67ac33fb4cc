package ui

import (
	"fmt"

	"wasmstep/debugger"
)

// toggleAt sets or clears the breakpoint at line of d: a line breakpoint in
// a text file, a breakpoint on the line's first instruction in a
// disassembly (a binary module's positions are byte offsets, not lines).
// It runs on the worker goroutine.
func toggleAt(e Engine, d *document, line int) (set bool, err error) {
	if d.disasm == nil {
		return e.ToggleLineBreakpoint(d.file, line)
	}
	if id, ok := d.instrBreaks[line]; ok {
		delete(d.instrBreaks, line)
		return false, e.DeleteBreakpoint(id)
	}
	fn, instr, ok := d.disasm.instrAt(line)
	if !ok {
		return false, fmt.Errorf("%s:%d: no instruction starts on this line", d.title(), line)
	}
	bp, err := e.SetBreakpoint(debugger.BreakSpec{Kind: debugger.BreakInstr, Func: fmt.Sprintf("func[%d]", fn), Instr: instr})
	if err != nil {
		return false, err
	}
	// The session finds a function by index in the latest module first:
	// with several modules the index may name another module's function.
	if len(bp.Locations) == 0 || bp.Locations[0].Start.Filename != d.file.Name() {
		_ = e.DeleteBreakpoint(bp.ID)
		return false, fmt.Errorf("%s:%d: function %d is ambiguous among the session's modules", d.title(), line, fn)
	}
	if d.instrBreaks == nil {
		d.instrBreaks = map[int]int{}
	}
	d.instrBreaks[line] = bp.ID
	return true, nil
}
