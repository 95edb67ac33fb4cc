package cli

import "wasmstep/debugger"

// startEntry is gdb's `start` (stopAtEntry) and `run`: call the program's
// entry point (see debugger.EntryPoint) without arguments, stopped before
// its first instruction or run to a stop.
func (r *debugREPL) startEntry(stopAtEntry bool) error {
	name, err := debugger.EntryPoint(r.s.Exports())
	if err != nil {
		return err
	}
	snap, err := r.s.Invoke(name, nil)
	if err != nil || stopAtEntry {
		return r.stopped(snap, err)
	}
	return r.stopped(r.s.Continue())
}
