package ui

import (
	"fyne.io/fyne/v2/widget"

	"wasmstep/debugger"
	"wasmstep/vm/wasm"
)

// updateButtons enables the toolbar's buttons that can act in the current
// state and disables the others, so the toolbar shows what is possible.
func (w *Window) updateButtons() {
	running := w.pump.running()
	loaded := len(w.paths) > 0
	funcs := false
	for _, e := range w.exports {
		funcs = funcs || e.Kind == wasm.ExternFunc
	}
	stopped := w.snap != nil && w.snap.State == debugger.StateStopped
	forward := funcs && !running && (stopped || w.noCall())
	backward := !running && w.snap != nil && w.snap.Steps > 0
	a := w.actions()
	for label, on := range map[string]bool{
		a.invoke.label:  funcs && !running,
		a.cont.label:    forward,
		a.over.label:    forward,
		a.into.label:    forward,
		a.out.label:     !running && stopped,
		a.pause.label:   running,
		a.back.label:    backward,
		a.reverse.label: backward,
		a.restart.label: loaded && !running,
		a.find.label:    loaded,
	} {
		setEnabled(w.buttons[label], on)
	}
}

func setEnabled(b *widget.Button, on bool) {
	switch {
	case b == nil:
	case on:
		b.Enable()
	default:
		b.Disable()
	}
}
