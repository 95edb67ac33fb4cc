package ui

import (
	"wasmstep/debugger"
)

// setBreakpoints sets the breakpoints want() names once the commands queued
// before it are done; want runs on the worker goroutine, so it may only read
// what those commands' done functions wrote.
func (w *Window) setBreakpoints(want func() map[*document][]int) {
	type placed struct {
		d    *document
		line int
	}
	var set []placed
	w.work.submit(command{eng: w.eng, name: "breakpoints", run: func(e Engine) (*debugger.Snapshot, error) {
		for d, lines := range want() {
			for _, line := range lines {
				if on, err := toggleAt(e, d, line); err == nil && on {
					set = append(set, placed{d, line})
				}
			}
		}
		return nil, nil
	}, done: func(*debugger.Snapshot, error) {
		for _, p := range set {
			p.d.setBreakpoint(p.line, true)
		}
		w.src.refresh()
	}})
}

// toggleBreakpoint sets or clears the breakpoint at line of d, as the
// gutter and F9 ask, and remembers the file's breakpoints.
func (w *Window) toggleBreakpoint(d *document, line int) {
	if d.file == nil {
		return
	}
	var set bool
	w.work.submit(command{eng: w.eng, name: "toggle breakpoint", run: func(e Engine) (*debugger.Snapshot, error) {
		var err error
		set, err = toggleAt(e, d, line)
		return nil, err
	}, done: func(_ *debugger.Snapshot, err error) {
		if err != nil {
			w.status.showError(err)
			return
		}
		d.setBreakpoint(line, set)
		w.prefs.setBreakpoints(d.path, d.breakpoints)
		w.src.refresh()
	}})
}

// toggleBreakpointHere is F9: the line last jumped to, or the next
// instruction's line.
func (w *Window) toggleBreakpointHere() {
	d := w.src.cur
	if d == nil {
		return
	}
	line := w.bpLine
	if line == 0 && d.next != nil {
		line = d.next.From.Line
	}
	if line > 0 {
		w.toggleBreakpoint(d, line)
	}
}
