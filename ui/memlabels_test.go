package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// An imported memory's tab names its import; a shared memory says so.
func TestMemoryTabsNameImportsAndSharing(t *testing.T) {
	w := openSource(t, "mems.wat", `(module
  (import "js" "mem0" (memory 1))
  (memory $sh 1 1 shared)
  (func (export "main") (i32.store (i32.const 0) (i32.const 7))))`)
	press(w, fyne.KeyF10) // starts main, the only export
	got := strings.Join(rendered(w.panes.memory), "|")
	for _, want := range []string{"0 js.mem0 (1 page)", "1 $sh · shared (1 page)"} {
		if !strings.Contains(got, want) {
			t.Errorf("memory tabs %q lack %q", got, want)
		}
	}
}
