package ui

import (
	"fyne.io/fyne/v2/lang"

	"wasmstep/debugger"
	"wasmstep/vm/wasm"
)

// noCall reports whether the session has no call to step: nothing was
// invoked yet, or a restart went back before it. A command still running
// (an invoke in flight) counts as a call, so a held key queues behind it.
func (w *Window) noCall() bool {
	return w.work.gate.idle() && (w.snap == nil || w.snap.State == debugger.StateIdle)
}

// startCall is what Continue and the steps do before any call: start the
// program's entry point (_start, or the only export without parameters),
// stopped at entry for a step, or ask which export to invoke. It reports
// whether it took the key.
func (w *Window) startCall(stepInto bool) bool {
	if !w.noCall() || len(w.paths) == 0 {
		return false
	}
	if c := w.lastCall; c != nil && w.exported(c.name) {
		w.Invoke(c.name, c.args, stepInto) // the call a reload or a restart ended
	} else if name, err := debugger.EntryPoint(w.exports); err == nil {
		w.Invoke(name, nil, stepInto)
	} else {
		w.showInvokeDialog()
	}
	return true
}

// call is an invoked export and its arguments.
type call struct {
	name string
	args []string
}

// exported reports whether the session exports a function by that name.
func (w *Window) exported(name string) bool {
	for _, e := range w.exports {
		if e.Kind == wasm.ExternFunc && e.Name == name {
			return true
		}
	}
	return false
}

// idleHint says what to do next in a session with no call.
func idleHint(exports []debugger.Export) string {
	if name, err := debugger.EntryPoint(exports); err == nil {
		return lang.L("F10 steps into {{.Name}}, F5 runs it; F8 invokes another export", map[string]any{"Name": name})
	}
	for _, e := range exports {
		if e.Kind == wasm.ExternFunc {
			return lang.L("Invoke an export to start (F8)")
		}
	}
	return lang.L("This module exports no function")
}

// showHint puts the idle hint in the status bar while a loaded session has
// no call.
func (w *Window) showHint() {
	switch {
	case len(w.paths) == 0 || (w.snap != nil && w.snap.State != debugger.StateIdle):
	case w.note != "":
		w.status.hint(w.note)
	default:
		w.status.hint(idleHint(w.exports))
	}
}
