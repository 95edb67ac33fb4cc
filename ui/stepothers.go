package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"wasmstep/debugger"
)

// stepOthersSetter is an engine whose steps can let the other threads of
// the program run too (*debugger.Session).
type stepOthersSetter interface{ SetStepOthers(on bool) }

// stepOthersItem is the Debug menu's check item: steps move the shown
// thread alone (off, the default) or let the others take their turns (on).
// The choice is remembered between runs of the app.
func (w *Window) stepOthersItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.L("Steps let the other threads run"), nil)
	it.Checked = w.prefs.stepOthers()
	it.Action = func() {
		it.Checked = !it.Checked
		w.setStepOthers(it.Checked)
		if m := w.win.MainMenu(); m != nil {
			m.Refresh()
		}
	}
	return it
}

// setStepOthers remembers the choice and gives it to the session.
func (w *Window) setStepOthers(on bool) {
	w.prefs.setStepOthers(on)
	w.applyStepOthers(w.eng, on)
}

// applyStepOthers gives engine e the choice, on the worker like every
// call of an engine.
func (w *Window) applyStepOthers(e Engine, on bool) {
	w.work.submit(command{eng: e, name: "step others", keep: true, run: func(e Engine) (*debugger.Snapshot, error) {
		if s, ok := e.(stepOthersSetter); ok {
			s.SetStepOthers(on)
		}
		return nil, nil
	}, done: func(*debugger.Snapshot, error) {}})
}
