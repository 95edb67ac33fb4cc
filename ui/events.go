package ui

import (
	"wasmstep/debugger"
	"wasmstep/views/console"
	"wasmstep/views/trace"
)

// onEvent takes an engine event, on the worker goroutine, into the pump.
// Stops are not taken: the command that stopped returns its snapshot.
func (w *Window) onEvent(ev debugger.Event) {
	switch ev.Kind {
	case debugger.EventStep:
		w.pump.add(func(b *batch) { b.steps = append(b.steps, ev) })
	case debugger.EventOutput:
		w.pump.add(func(b *batch) {
			b.console = append(b.console, console.Entry{Kind: console.Output, Text: ev.Output + "\n"})
		})
	}
}

// applyBatch shows what arrived since the last frame: the trace, the output,
// and while the machine runs, where it is.
func (w *Window) applyBatch(b batch) {
	w.panes.console.Append(b.console...)
	if len(b.steps) == 0 {
		return
	}
	steps := b.steps[max(0, len(b.steps)-traceEntries):]
	entries := make([]trace.Entry, len(steps))
	for i, ev := range steps {
		entries[i] = trace.Entry{Step: ev.Step, Location: locationText(ev.Location), Instr: ev.Location.Text, Stack: stackValues(ev.Stack)}
	}
	w.panes.trace.Append(entries...)
	if w.work.gate.busy {
		last := steps[len(steps)-1]
		w.status.running(&last)
		w.src.showNext(&last.Location)
	}
}
