package ui

import (
	"fmt"
	"io"

	"wasmstep/debugger"
)

// LogStops writes the status bar's line to out at every stop shown, so a
// script driving the real window (the Xvfb test) can see that keys reached
// the session.
func (w *Window) LogStops(out io.Writer) { w.stopLog = out }

func (w *Window) logStop(s *debugger.Snapshot) {
	if w.stopLog != nil && s != nil {
		fmt.Fprintln(w.stopLog, "stop:", w.status.text())
	}
}
