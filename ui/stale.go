package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"wasmstep/debugger"
)

// The bottom band's panes cost the most to fill (memory rows, table
// entries, the heap's layout, a thousand trace rows) and only one shows at
// a time: a stop marks them stale and fills only the one shown; the others
// are filled from the shown stop when their tab is picked.

// markStale records that every band pane shows an older stop.
func (w *Window) markStale() {
	w.stale = map[fyne.CanvasObject]bool{w.panes.memory: true, w.panes.tables: true, w.panes.heap: true, w.panes.trace: true}
}

// fillShownTab brings the shown band pane up to the shown stop. It reads
// the engine through the gate (the memory and table views read it as they
// draw), so it waits for the next stop while a command runs.
func (w *Window) fillShownTab() {
	sel := w.dataTabs.Selected()
	if sel == nil || !w.stale[sel.Content] || !w.work.gate.idle() {
		return
	}
	delete(w.stale, sel.Content)
	s, p, gate := w.snap, w.panes, &w.work.gate
	switch sel.Content {
	case p.memory:
		p.memory.Update(memoryModel(s, w.eng, &w.work.gate))
	case p.tables:
		p.tables.Update(tablesModel(s, w.eng, &w.work.gate))
	case p.heap:
		var g debugger.HeapGraph
		if s != nil && (s.Heap.Live > 0 || s.Heap.Unreachable > 0) && !gate.read(func() { g = w.eng.Heap() }) {
			w.stale[p.heap] = true
			return
		}
		p.heap.Update(heapModel(g))
	case p.trace:
		var recent []debugger.TraceEntry
		if !gate.read(func() { recent = w.eng.Recent(traceEntries) }) {
			w.stale[p.trace] = true
			return
		}
		w.showTrace(recent)
	}
}

// watchTabs fills a band pane when its tab is picked.
func (w *Window) watchTabs(tabs *container.AppTabs) {
	tabs.OnSelected = func(*container.TabItem) {
		w.autoTab = w.autoTab && w.picking // the user's choice stays
		w.fillShownTab()
	}
}
