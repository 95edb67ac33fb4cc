package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"wasmstep/debugger"
)

// A long run that went through the per-instruction loop says why beside
// its instruction count; a step, always there, does not.
func TestStatusSaysWhyTheDebugLoopRan(t *testing.T) {
	test.NewTempApp(t)
	b := newStatusBar()
	snap := &debugger.Snapshot{State: debugger.StateStopped, Reason: debugger.StopBreakpoint, Steps: 1200,
		DebugLoop: "numbering the GC objects the program allocates"}
	b.show(snap)
	if got := b.steps.Text; !strings.Contains(got, "per-instruction loop: numbering the GC objects") {
		t.Errorf("after a breakpoint: %q", got)
	}
	snap.Reason = debugger.StopStep
	b.show(snap)
	if got := b.steps.Text; strings.Contains(got, "loop") {
		t.Errorf("after a step: %q", got)
	}
}
