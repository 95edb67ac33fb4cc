package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"wasmstep/views/gcheap"
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
// the engine, so it waits for the next stop while a command runs.
func (w *Window) fillShownTab() {
	sel := w.dataTabs.Selected()
	if sel == nil || !w.stale[sel.Content] || !w.work.gate.idle() {
		return
	}
	delete(w.stale, sel.Content)
	s, p := w.snap, w.panes
	switch sel.Content {
	case p.memory:
		p.memory.Update(memoryModel(s, w.eng, &w.work.gate))
	case p.tables:
		p.tables.Update(tablesModel(s, w.eng, &w.work.gate))
	case p.heap:
		if s != nil && (s.Heap.Live > 0 || s.Heap.Unreachable > 0) {
			p.heap.Update(heapModel(w.eng.Heap()))
		} else {
			p.heap.Update(gcheap.Model{})
		}
	case p.trace:
		w.showTrace()
	}
}

// watchTabs fills a band pane when its tab is picked.
func (w *Window) watchTabs(tabs *container.AppTabs) {
	tabs.OnSelected = func(*container.TabItem) { w.fillShownTab() }
}
