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
	"wasmstep/views/threads"
	"wasmstep/views/trace"
)

// Sizes of the scrolling logs.
const (
	consoleLines = 5000
	traceEntries = 1000
)

// panes are the views the window feeds from snapshots.
type panes struct {
	display *stack.Controls // how stack, locals and globals write values
	stack   *stack.View
	locals  *locals.View
	globals *locals.GlobalsView
	frames  *callstack.View
	threads *threads.View
	memory  *memory.View
	tables  *tables.View
	heap    *gcheap.View
	console *console.View
	trace   *trace.View
}

func newPanes() *panes {
	p := &panes{
		display: stack.NewControls(),
		stack:   stack.New(),
		locals:  locals.New(),
		globals: locals.NewGlobals(),
		frames:  callstack.New(),
		threads: threads.New(),
		memory:  memory.NewView(),
		tables:  tables.New(),
		heap:    gcheap.NewView(),
		console: console.New(consoleLines),
		trace:   trace.New(traceEntries),
	}
	p.display.OnChanged = p.setDisplay
	return p
}

// setDisplay writes the values of the stack, locals and globals as d says.
func (p *panes) setDisplay(d stack.Display) {
	p.stack.SetDisplay(d)
	p.locals.SetDisplay(d)
	p.globals.SetDisplay(d)
}

// showFrame shows frame i of s in the views that depend on the frame.
// Auto lanes follow the instruction the frame runs next.
func (p *panes) showFrame(s *debugger.Snapshot, i int) {
	m := stackModel(s, i)
	p.display.Follow(m.Next.Name)
	p.stack.Update(m)
	var f *debugger.Frame
	if s != nil && i >= 0 && i < len(s.Frames) {
		f = &s.Frames[i]
	}
	p.locals.Update(localsModel(f))
	p.frames.Update(callstackModel(s, i))
}
