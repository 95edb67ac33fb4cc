package ui

import (
	"fmt"
	"io"

	"wasmstep/debugger"
)

// LogStops writes the status bar's line to out at every stop shown, and
// the source lines in view, so a script driving the real window (the Xvfb
// test) can see that keys reached the session and the current line shows.
func (w *Window) LogStops(out io.Writer) { w.stopLog = out }

func (w *Window) logStop(s *debugger.Snapshot) {
	if w.stopLog == nil || s == nil {
		return
	}
	fmt.Fprintln(w.stopLog, "stop:", w.status.text())
	if d := w.src.cur; d != nil && d.next != nil {
		first, last := w.src.view.VisibleLines()
		fmt.Fprintf(w.stopLog, "view: next line %d, lines %d-%d shown\n", d.next.From.Line, first, last)
	}
}
