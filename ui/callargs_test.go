package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// Before a call, the arguments on the stack are labelled with the callee's
// parameter names.
func TestStackLabelsCallArguments(t *testing.T) {
	w := openSource(t, "call.wat", `(module
  (func $sub (param $lhs i32) (param $rhs i32) (result i32) (i32.sub (local.get $lhs) (local.get $rhs)))
  (func (export "main") (result i32) (call $sub (i32.const 7) (i32.const 2))))`)
	press(w, fyne.KeyF11) // main, stopped at entry
	press(w, fyne.KeyF11)
	press(w, fyne.KeyF11) // before the call
	got := rendered(w.panes.stack)
	if !slices.Contains(got, "→ $lhs") || !slices.Contains(got, "→ $rhs") {
		t.Errorf("stack shows %q, want the arguments labelled → $lhs and → $rhs", strings.Join(got, "|"))
	}
}
