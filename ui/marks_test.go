package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// A trap is marked at its instruction with its reason; the finder's
// target line is outlined until the next stop.
func TestTrapAndTargetMarks(t *testing.T) {
	w := openSource(t, "trap.wat", "(module\n  (func (export \"main\")\n    (drop (i32.div_s (i32.const 1) (i32.const 0)))))\n")
	d := w.src.cur
	w.jump(place{text: "func main", doc: d, line: 2})
	if d.model().Target != 2 {
		t.Errorf("target line = %d, want 2", d.model().Target)
	}
	press(w, fyne.KeyF5) // runs main: it traps
	m := d.model()
	if m.Target != 0 {
		t.Error("the stop kept the finder's target line")
	}
	if len(m.Errors) != 1 || m.Errors[0].Line != 3 || !strings.HasPrefix(m.Errors[0].Msg, "Trap: ") {
		t.Fatalf("marks = %+v, want the trap on line 3", m.Errors)
	}
}

// The source pane's badge lists the proposals the module uses.
func TestFeatureBadge(t *testing.T) {
	d := newDocument("../examples/gc_linked_list.wat", nil)
	if got := featureBadge(d); got != "Uses: GC" {
		t.Errorf("badge %q, want Uses: GC", got)
	}
	if got := featureBadge(newDocument("../examples/add.wat", nil)); got != "" {
		t.Errorf("add.wat badge %q, want none", got)
	}
}
