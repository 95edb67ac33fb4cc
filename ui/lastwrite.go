package ui

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/debugger"
)

// picked is the value "Go to last write" asks about: the one last tapped
// in a pane (a hex byte or the selected bytes, a stack row, a local, a
// global, a table row, a GC field). It outlives the stop it was picked at,
// so asking again at the write it found finds the write before.
type picked struct {
	q    debugger.OriginQuery
	what string // the value as the status bar names it
	ok   bool
}

// pick makes q the value "Go to last write" asks about.
func (w *Window) pick(q debugger.OriginQuery, what string) {
	w.picked = picked{q: q, what: what, ok: true}
}

// menuAt returns what picks a value and offers "Go to last write" for it,
// with its key, in a menu at the canvas position at.
func (w *Window) menuAt(at fyne.Position) func(q debugger.OriginQuery, what string) {
	return func(q debugger.OriginQuery, what string) {
		w.pick(q, what)
		item := w.menuItem(w.actions().lastWrite)
		item.Label = lang.L("Go to last write") + ": " + what
		widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", item), w.win.Canvas(), at)
	}
}

// GoToLastWrite travels back to the instruction that last wrote the value
// picked last, and stops before it.
func (w *Window) GoToLastWrite() {
	if !w.picked.ok {
		w.status.showError(errors.New(lang.L("pick a byte, a stack value, a local, a global, a table entry or a GC field first")))
		return
	}
	p := w.picked
	w.status.asked = p.what
	w.run("last write", false, false, func(e Engine) (*debugger.Snapshot, error) { return e.Origin(p.q) })
}

// The panes' picks as queries, with the names the status bar gives them.

func (w *Window) pickMemory(mem int, from, to uint64) (debugger.OriginQuery, string) {
	name := fmt.Sprintf("memory %d", mem)
	if w.snap != nil && mem < len(w.snap.Memories) && w.snap.Memories[mem].Name != "" {
		name = w.snap.Memories[mem].Name
	}
	what := fmt.Sprintf("%s[0x%x]", name, from)
	if to > from+1 {
		what = fmt.Sprintf("%s[0x%x..0x%x]", name, from, to-1)
	}
	return debugger.OriginQuery{Kind: debugger.OriginMemory, Mem: mem, Addr: from, Len: to - from}, what
}

func (w *Window) pickLocal(i int) (debugger.OriginQuery, string) {
	what := fmt.Sprintf("local %d", i)
	if f := w.shownFrame(); f != nil && i < len(f.Locals) && f.Locals[i].Name != "" {
		what = f.Locals[i].Name
	}
	return debugger.OriginQuery{Kind: debugger.OriginLocal, Frame: w.frame, Local: i}, what
}

func (w *Window) pickStack(fromTop int) (debugger.OriginQuery, string) {
	return debugger.OriginQuery{Kind: debugger.OriginStack, Frame: w.frame, Stack: fromTop},
		lang.L("stack value {{.Index}}", map[string]any{"Index": fromTop})
}

func (w *Window) pickGlobal(i int) (debugger.OriginQuery, string) {
	name := fmt.Sprint(i)
	if w.snap != nil && i < len(w.snap.Globals) {
		g := w.snap.Globals[i]
		name = fmt.Sprint(g.Index)
		if g.Name != "" {
			name = g.Name
		}
	}
	return debugger.OriginQuery{Kind: debugger.OriginGlobal, Global: name}, name
}

func (w *Window) pickTable(table, slot int) (debugger.OriginQuery, string) {
	name := fmt.Sprintf("table %d", table)
	if w.snap != nil && table < len(w.snap.Tables) && w.snap.Tables[table].Name != "" {
		name = w.snap.Tables[table].Name
	}
	return debugger.OriginQuery{Kind: debugger.OriginTable, Table: table, Slot: uint64(slot)}, fmt.Sprintf("%s[%d]", name, slot)
}

func (w *Window) pickField(object, field int) (debugger.OriginQuery, string) {
	return debugger.OriginQuery{Kind: debugger.OriginHeap, Object: object, Field: field},
		lang.L("field {{.Field}} of object {{.Object}}", map[string]any{"Field": field, "Object": object})
}

// shownFrame is the frame the panes show, or nil.
func (w *Window) shownFrame() *debugger.Frame {
	if w.snap == nil || w.frame >= len(w.snap.Frames) {
		return nil
	}
	return &w.snap.Frames[w.frame]
}

// wirePicks lets every pane that shows a value pick it for "Go to last
// write", by a tap (then the key) or by its context menu.
func (w *Window) wirePicks() {
	p := w.panes
	p.memory.OnPick = func(i int, from, to uint64) { w.pick(w.pickMemory(i, from, to)) }
	p.memory.OnMenu = func(i int, from, to uint64, at fyne.Position) { w.menuAt(at)(w.pickMemory(i, from, to)) }
	p.stack.OnPick = func(i int) { w.pick(w.pickStack(i)) }
	p.stack.OnMenu = func(i int, at fyne.Position) { w.menuAt(at)(w.pickStack(i)) }
	p.locals.OnPick = func(i int) { w.pick(w.pickLocal(i)) }
	p.locals.OnMenu = func(i int, at fyne.Position) { w.menuAt(at)(w.pickLocal(i)) }
	p.globals.OnPick = func(i int) { w.pick(w.pickGlobal(i)) }
	p.globals.OnMenu = func(i int, at fyne.Position) { w.menuAt(at)(w.pickGlobal(i)) }
	p.tables.OnPick = func(t, slot int) { w.pick(w.pickTable(t, slot)) }
	p.tables.OnMenu = func(t, slot int, at fyne.Position) { w.menuAt(at)(w.pickTable(t, slot)) }
	p.heap.OnPickField = func(id, field int) { w.pick(w.pickField(id, field)) }
	p.heap.OnFieldMenu = func(id, field int, at fyne.Position) { w.menuAt(at)(w.pickField(id, field)) }
}
