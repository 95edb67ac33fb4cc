package ui

import (
	"wasmstep/debugger"
	"wasmstep/views/console"
	"wasmstep/views/trace"
)

// onEvent takes an engine event, on the worker goroutine, into the pump.
// Stops are not taken: the command that stopped returns its snapshot.
func (w *Window) onEvent(ev debugger.Event) {
	if ev.Kind == debugger.EventOutput {
		w.pump.add(func(b *batch) {
			b.console = append(b.console, console.Entry{Kind: console.Output, Text: ev.Output + "\n"})
		})
	}
}

// applyBatch shows, once a frame, the output that arrived and, while the
// machine runs, where it is.
func (w *Window) applyBatch(b batch) {
	w.panes.console.Append(b.console...)
	if w.work.gate.busy {
		steps, loc := w.eng.Progress()
		w.status.running(steps, loc)
		w.src.showNext(&loc)
	}
}

// showTrace fills the trace pane, at a stop, with the instructions run
// last before it.
func (w *Window) showTrace() {
	recent := w.eng.Recent(traceEntries)
	entries := make([]trace.Entry, len(recent))
	for i, e := range recent {
		entries[i] = trace.Entry{Step: e.Step, Location: locationText(e.Location), Instr: e.Location.Text, Stack: stackValues(e.Stack)}
	}
	w.panes.trace.Clear()
	w.panes.trace.Append(entries...)
}
