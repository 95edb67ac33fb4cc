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

// fillShownTab brings the shown band pane up to the shown stop, from what
// the worker copied with it; the heap graph and the trace, if the stop came
// without them (their tab was not shown), are asked for and shown when they
// arrive.
func (w *Window) fillShownTab() {
	sel := w.dataTabs.Selected()
	if sel == nil || !w.stale[sel.Content] {
		return
	}
	d, p := w.data, w.panes
	switch sel.Content {
	case p.memory:
		p.memory.Update(w.memoryModel(d))
	case p.tables:
		p.tables.Update(w.tablesModel(d))
	case p.heap:
		if d.heap == nil && hasHeap(d.snap) {
			w.askBand(d, "heap", func(e Engine) func() {
				g := e.Heap()
				return func() { d.heap = &g }
			})
			return
		}
		var g debugger.HeapGraph
		if d.heap != nil {
			g = *d.heap
		}
		p.heap.Update(heapModel(g))
	case p.trace:
		if !d.traced {
			w.askBand(d, "trace", func(e Engine) func() {
				recent := e.Recent(traceEntries)
				return func() { d.trace, d.traced = recent, true }
			})
			return
		}
		w.showTrace(d.trace)
	}
	delete(w.stale, sel.Content)
}

// askBand has the worker copy what a band pane needs for the stop d, once:
// read runs on the worker and returns what keeps the copy in d, run on the
// UI goroutine if d is still the stop shown, which then fills the shown
// pane. The pane keeps the older stop until then.
func (w *Window) askBand(d *stopData, name string, read func(Engine) func()) {
	if d.asked[name] {
		return
	}
	d.asked[name] = true
	var keep func()
	w.work.submit(command{eng: w.eng, name: "read " + name, keep: true, run: func(e Engine) (*debugger.Snapshot, error) {
		keep = read(e)
		return nil, nil
	}, done: func(*debugger.Snapshot, error) {
		if w.data == d {
			keep()
			w.fillShownTab()
		}
	}})
}

// watchTabs fills a band pane when its tab is picked.
func (w *Window) watchTabs(tabs *container.AppTabs) {
	tabs.OnSelected = func(*container.TabItem) {
		w.autoTab = w.autoTab && w.picking // the user's choice stays
		w.fillShownTab()
	}
}
