package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
)

// layout arranges the panes in splits the user can drag. The memory grid
// needs most of a 1024-pixel width, so the bulk data (memories, tables,
// heap) and the logs share a full-width band of tabs at the bottom; above
// it, the source sits beside the operand stack, with locals, globals and
// the call stack in tabs under the stack, and one bar choosing how the
// stack, locals and globals write values (at the toolbar's end on short
// windows, see displaySlots). It fits 1024×640 (see
// bandLayout) and grows with the window.
func (w *Window) layout() fyne.CanvasObject {
	p := w.panes
	vars := container.NewAppTabs(
		container.NewTabItem(lang.L("Locals"), p.locals),
		container.NewTabItem(lang.L("Globals"), p.globals),
		container.NewTabItem(lang.L("Call stack"), p.frames),
		container.NewTabItem(lang.L("Threads"), p.threads),
	)
	machine := container.NewVSplit(p.stack, vars)
	machine.Offset = 0.5
	w.machineSplit = machine
	// Each pane scrolls its own rows: nested in another scroller, a table
	// draws past the outer one's edge.
	slots := newDisplaySlots(p.display)
	right := container.NewBorder(slots.overMach, nil, nil, nil, machine)
	// The ruler of the recorded run sits under the source, the code it
	// travels through, and leaves the band's height to the memories.
	top := container.NewHSplit(container.NewBorder(nil, w.ruler, nil, nil, w.src.content), right)
	top.Offset = 0.55
	w.topSplit = top

	w.dataTabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Memory"), p.memory),
		container.NewTabItem(lang.L("Tables"), p.tables),
		container.NewTabItem(lang.L("GC heap"), p.heap),
		container.NewTabItem(lang.L("Console"), p.console),
		container.NewTabItem(lang.L("Trace"), p.trace),
	)
	w.watchTabs(w.dataTabs)
	w.band = newBand(top, w.dataTabs)
	w.band.onHeight = func(h float32) { slots.place(isShort(h)) }
	bar := container.NewBorder(nil, nil, nil, slots.inBar, w.toolbar())
	slots.parents = []*fyne.Container{bar, right}
	return container.NewBorder(bar, w.status.content, nil, nil, w.band.content())
}
