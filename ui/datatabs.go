package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"

	"wasmstep/debugger"
)

// pickDataTab leaves the Memory tab when the program has no memory, for a
// tab with something to show: the GC heap once objects live, else the
// tables, else the console; a tab picked this way follows the program (the
// heap once objects live). A tab the user picked stays.
func (w *Window) pickDataTab(s *debugger.Snapshot) {
	sel := w.dataTabs.Selected()
	if s == nil || len(s.Memories) > 0 || sel == nil || (sel.Content != w.panes.memory && !w.autoTab) {
		return
	}
	var want fyne.CanvasObject
	switch {
	case s.Heap.Live > 0:
		want = w.panes.heap
	case len(s.Tables) > 0:
		want = w.panes.tables
	default:
		want = w.panes.console // the program's output, if any
	}
	for _, it := range w.dataTabs.Items {
		if it.Content == want && it != sel {
			w.picking = true
			w.dataTabs.Select(it)
			w.picking, w.autoTab = false, true
		}
	}
}

// DataTabs are the names ShowDataTab takes, in the band's order.
var DataTabs = []string{"memory", "tables", "gc", "console", "trace"}

// ShowDataTab selects a tab of the bottom band by its name in DataTabs.
func (w *Window) ShowDataTab(name string) error {
	i := slices.Index(DataTabs, name)
	if i < 0 {
		return fmt.Errorf("no tab %q (want one of %s)", name, strings.Join(DataTabs, ", "))
	}
	w.dataTabs.SelectIndex(i)
	return nil
}
