package ui

import (
	"wasmstep/debugger"
)

// stepFunc is a blocking movement of the machine.
type stepFunc func(Engine) (*debugger.Snapshot, error)

// run submits a movement of the machine; its stop is shown when it
// returns, with what the worker copied for the panes in view.
func (w *Window) run(name string, repeat, live bool, f stepFunc) {
	want := w.wanted()
	var d *stopData
	w.work.submit(command{eng: w.eng, name: name, repeat: repeat, live: live, run: func(e Engine) (*debugger.Snapshot, error) {
		s, err := f(e)
		if err == nil {
			d = capture(e, s, want)
		}
		return s, err
	}, done: func(_ *debugger.Snapshot, err error) { w.stopped(d, err) }})
	if live {
		w.updateButtons() // a long run enables Pause only
	}
}

// stopped shows the result of a movement.
func (w *Window) stopped(d *stopData, err error) {
	if err != nil {
		w.status.showError(err)
		return
	}
	w.show(d)
}

// The debugger's commands, as the toolbar, the keys and the menu give them.
// Steps repeat while their key is held; runs may take long, so the window
// shows them live.

// Before any call, they start one (see startCall).

func (w *Window) Continue() {
	if !w.startCall(false) {
		w.run("continue", false, true, Engine.Continue)
	}
}

func (w *Window) StepOver() {
	if !w.startCall(true) {
		w.run("step over", true, true, w.byLine(Engine.StepOver, lineStepper.StepLine))
	}
}

func (w *Window) StepInto() {
	if !w.startCall(true) {
		w.run("step into", true, false, w.byLine(Engine.StepInto, lineStepper.StepLineInto))
	}
}

func (w *Window) StepOut() {
	if !w.startCall(true) {
		w.run("step out", true, true, Engine.StepOut)
	}
}

func (w *Window) StepBack() { w.run("step back", true, false, Engine.StepBack) }
func (w *Window) ReverseContinue() {
	w.run("reverse continue", false, true, Engine.ReverseContinue)
}

// Pause stops a running machine at once, and drops the commands queued
// behind it.
func (w *Window) Pause() {
	w.work.cancelQueued()
	w.eng.Pause()
	if !w.work.gate.idle() {
		w.status.pausing() // at once: the stop follows when the machine has stopped
	}
}

// Restart starts the program again from its loaded state.
func (w *Window) Restart() {
	w.clearTrace()
	w.status.clearTrap()
	w.run("restart", false, false, func(e Engine) (*debugger.Snapshot, error) {
		if err := e.Restart(); err != nil {
			return nil, err
		}
		return e.Snapshot(), nil
	})
}

// Invoke calls an exported function with arguments written as text; with
// stepInto it stops before the first instruction, otherwise it runs.
func (w *Window) Invoke(name string, args []string, stepInto bool) {
	w.lastCall, w.note = &call{name: name, args: args}, ""
	w.lastArgs[name] = args
	w.prefs.setArgs(w.paths, name, args) // offered again, also after a restart of the app
	w.clearTrace()
	w.status.clearTrap()
	w.run("invoke", false, !stepInto, func(e Engine) (*debugger.Snapshot, error) {
		s, err := e.Invoke(name, args)
		if err != nil || stepInto {
			return s, err
		}
		return e.Continue()
	})
}
