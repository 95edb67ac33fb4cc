package ui

import (
	"wasmstep/debugger"
	"wasmstep/views/callstack"
	"wasmstep/views/console"
	"wasmstep/views/gcheap"
	"wasmstep/views/locals"
	"wasmstep/views/memory"
	"wasmstep/views/stack"
	"wasmstep/views/tables"
	"wasmstep/views/trace"
)

// Sizes of the scrolling logs.
const (
	consoleLines = 5000
	traceEntries = 1000
)

// panes are the views the window feeds from snapshots.
type panes struct {
	stack   *stack.View
	locals  *locals.View
	globals *locals.GlobalsView
	frames  *callstack.View
	memory  *memory.View
	tables  *tables.View
	heap    *gcheap.View
	console *console.View
	trace   *trace.View
}

func newPanes() *panes {
	return &panes{
		stack:   stack.New(),
		locals:  locals.New(),
		globals: locals.NewGlobals(),
		frames:  callstack.New(),
		memory:  memory.NewView(),
		tables:  tables.New(),
		heap:    gcheap.NewView(),
		console: console.New(consoleLines),
		trace:   trace.New(traceEntries),
	}
}

// showFrame shows frame i of s in the views that depend on the frame.
func (p *panes) showFrame(s *debugger.Snapshot, i int) {
	p.stack.Update(stackModel(s, i))
	var f *debugger.Frame
	if s != nil && i >= 0 && i < len(s.Frames) {
		f = &s.Frames[i]
	}
	p.locals.Update(localsModel(f))
	p.frames.Update(callstackModel(s, i))
}

// showStop shows everything of a stop s, the one after prev; the bulk data (memory, tables, heap)
// is read through eng, so it must be called while the worker is idle.
func (p *panes) showStop(prev, s *debugger.Snapshot, eng Engine, gate *idleGate) {
	p.showFrame(s, 0)
	p.globals.Update(globalsModel(s))
	p.memory.Update(memoryModel(prev, s, eng, gate))
	p.tables.Update(tablesModel(s, eng, gate))
	if s != nil && (s.Heap.Live > 0 || s.Heap.Unreachable > 0) {
		p.heap.Update(heapModel(eng.Heap()))
	} else {
		p.heap.Update(gcheap.Model{})
	}
}
