package ui

import "wasmstep/debugger"

// traceStacks are the operand stacks after the instructions the window
// stopped behind, by their step in the call: the engine gives the stack of
// the newest trace entry only. A step names the same instruction until a
// new call or a restart (clear); the location guards against a stale one.
type traceStacks struct {
	byStep map[uint64]debugger.TraceEntry
}

func (t *traceStacks) note(e debugger.TraceEntry) {
	if t.byStep == nil || len(t.byStep) >= 4*traceEntries {
		t.byStep = map[uint64]debugger.TraceEntry{} // forget old calls' steps at once
	}
	t.byStep[e.Step] = e
}

func (t *traceStacks) at(step uint64, loc debugger.Location) ([]debugger.Value, bool) {
	e, ok := t.byStep[step]
	if !ok || e.Location.Func != loc.Func || e.Location.Instr != loc.Instr || e.Location.Module != loc.Module {
		return nil, false
	}
	return e.Stack, true
}

func (t *traceStacks) clear() { t.byStep = nil }

// clearTrace empties the trace pane and forgets its stacks: a new call.
func (w *Window) clearTrace() {
	w.panes.trace.Clear()
	w.traceStacks.clear()
}
