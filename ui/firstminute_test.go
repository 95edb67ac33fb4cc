package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The invoke dialog puts the cursor in the first argument, labels the
// arguments by their parameters' names, runs on Enter and closes on Esc.
func TestInvokeDialogKeys(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.showInvokeDialog()
	f := w.invoke
	if got := w.Window().Canvas().Focused(); got != f.entries[0] {
		t.Fatalf("focused %v, want the first argument", got)
	}
	if got := texts(f.args); !strings.Contains(got, "$n : i32") {
		t.Errorf("argument labels %q, want $n : i32", got)
	}
	f.pick.SetSelected("add") // unnamed parameters keep their index
	if got := texts(f.args); !strings.Contains(got, "0 : i32") || !strings.Contains(got, "1 : i32") {
		t.Errorf("argument labels %q, want 0 : i32 and 1 : i32", got)
	}
	press(w, fyne.KeyEscape)
	if w.invokeDlg.visible {
		t.Fatal("Esc in the first argument left the dialog open")
	}

	w.showInvokeDialog()
	f = w.invoke
	f.pick.SetSelected("fib")
	w.Window().Canvas().Focus(f.entries[0])
	test.Type(f.entries[0], "7")
	press(w, fyne.KeyReturn)
	if w.invokeDlg.visible {
		t.Error("Enter left the dialog open")
	}
	if got := fake(w).commands(); got[len(got)-1] != "continue" || got[len(got)-2] != "invoke fib [7]" {
		t.Errorf("commands = %v, want the call run", got)
	}
	w.showInvokeDialog()
	if got := w.invoke.entries[0].Text; got != "7" {
		t.Errorf("the dialog forgot the last argument: %q", got)
	}
}

// Before any call, a stepping key opens the invoke dialog when the program
// has no entry point, and starts the entry point when it has one.
func TestStepKeysBeforeACall(t *testing.T) {
	w := openFake(t, 1280, 800)
	if got := w.status.where.Text(); got != "Invoke an export to start (F8)" {
		t.Errorf("status = %q, want the invoke hint", got)
	}
	press(w, fyne.KeyF10)
	if w.invokeDlg == nil || !w.invokeDlg.visible {
		t.Fatal("F10 before a call did not open the invoke dialog")
	}
	if got := fake(w).commands(); !slices.Equal(got, []string{"load"}) {
		t.Errorf("commands = %v: F10 ran something", got)
	}

	path := filepath.Join(t.TempDir(), "main.wat")
	if err := os.WriteFile(path, []byte("(module (func (export \"main\") nop) (func (export \"sq\") (param i32)))"), 0o644); err != nil {
		t.Fatal(err)
	}
	w.invokeDlg.hide()
	w.Open(path)
	w.Settle()
	if got := w.status.where.Text(); !strings.Contains(got, "F10 steps into main") {
		t.Errorf("status = %q, want the entry point's hint", got)
	}
	press(w, fyne.KeyF10)
	press(w, fyne.KeyF10)
	if got := fake(w).commands(); !slices.Equal(got, []string{"load", "invoke main []", "step over"}) {
		t.Errorf("commands = %v, want main started at entry, then a step", got)
	}
}

// The toolbar's buttons are enabled only when they can act.
func TestButtonsFollowTheState(t *testing.T) {
	w := openFake(t, 1280, 800)
	a := w.actions()
	enabled := func() []string {
		var on []string
		for _, act := range []action{a.invoke, a.cont, a.pause, a.over, a.into, a.out, a.back, a.reverse, a.restart} {
			if !w.buttons[act.label].Disabled() {
				on = append(on, act.short)
			}
		}
		return on
	}
	if got, want := enabled(), []string{"Invoke", "Continue", "Over", "Into", "Restart"}; !slices.Equal(got, want) {
		t.Errorf("before a call: %v enabled, want %v", got, want)
	}
	w.Invoke("fib", []string{"3"}, true)
	w.Settle()
	press(w, fyne.KeyF11)
	if got, want := enabled(), []string{"Invoke", "Continue", "Over", "Into", "Out", "Back", "Reverse", "Restart"}; !slices.Equal(got, want) {
		t.Errorf("stopped: %v enabled, want %v", got, want)
	}
	fake(w).blockRun = true
	w.Continue()
	if got, want := enabled(), []string{"Pause"}; !slices.Equal(got, want) {
		t.Errorf("running: %v enabled, want %v", got, want)
	}
	w.Pause()
	if got := w.status.state.Text; got != "Pausing…" {
		t.Errorf("status right after Pause: %q, want Pausing…", got)
	}
	w.Settle()
}

// The arguments given to an export are offered again in a new window on
// the same files.
func TestInvokeArgumentsAreRemembered(t *testing.T) {
	w := openFake(t, 1280, 800)
	w.Invoke("fib", []string{"12"}, true)
	w.Settle()
	again := New(w.app, func([]string) Engine { return newFakeEngine() })
	again.Headless()
	t.Cleanup(func() { again.Window().Close() })
	again.prefs = w.prefs // the app's preferences, as a new run reads them
	again.Open("testdata/fib.wat")
	again.Settle()
	again.showInvokeDialog()
	if got := again.invoke.entries[0].Text; got != "12" {
		t.Errorf("a new window offers %q for fib, want 12", got)
	}
}
