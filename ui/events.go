package ui

import (
	"path/filepath"

	"wasmstep/debugger"
	"wasmstep/views/console"
	"wasmstep/views/trace"
)

// onEvent takes an engine event, on the worker goroutine, into the pump.
// Stops are not taken: the command that stopped returns its snapshot.
func (w *Window) onEvent(ev debugger.Event) {
	if ev.Kind == debugger.EventOutput {
		w.pump.add(func(b *batch) {
			b.console = append(b.console, console.Entry{Kind: console.Output, Text: printableOutput(ev.Output) + "\n"})
		})
	}
}

// applyBatch shows, once a frame, the output that arrived and, while the
// machine runs, where it is.
func (w *Window) applyBatch(b batch) {
	w.panes.console.Append(b.console...)
	w.updateButtons() // Pause while running
	if !w.work.gate.idle() {
		steps, loc := w.eng.Progress()
		if steps != w.shownSteps {
			w.shownSteps = steps
			w.status.running(steps, loc)
			w.src.showNext(&loc)
		}
	}
}

// showTrace fills the trace pane with the instructions run last before the
// stop (the engine's Recent). The engine records the stack after the newest only; the
// window keeps the stacks of the stops it showed, so stepping fills every
// row, and only rows a run went through say "…".
func (w *Window) showTrace(recent []debugger.TraceEntry) {
	entries := make([]trace.Entry, len(recent))
	for i, e := range recent {
		entries[i] = trace.Entry{
			Step:     e.Step,
			Location: traceLocation(e.Location),
			Instr:    e.Location.Text,
			Effect:   effectText(e.Location),
		}
		if st, ok := w.traceStacks.at(e.Step, e.Location); ok {
			entries[i].Stack = stackValues(st)
		} else {
			entries[i].NoStack = true
		}
	}
	w.panes.trace.Clear()
	w.panes.trace.Append(entries...)
}

// noteTraceStack remembers the stack after the instruction run last, at
// every stop, for the trace pane (shown or not).
func (w *Window) noteTraceStack() {
	if newest := w.data.newest; len(newest) == 1 {
		w.traceStacks.note(newest[0])
	}
}

// traceLocation names the file without its directory: the trace's column
// is narrow and a run rarely leaves one file. Host frames have none.
func traceLocation(l debugger.Location) string {
	if at := locationText(l); at != "" {
		return filepath.Base(at)
	}
	return ""
}
