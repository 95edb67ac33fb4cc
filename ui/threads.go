package ui

import (
	"errors"
	"fmt"

	"wasmstep/debugger"
	"wasmstep/views/threads"
)

// threadSelector is an engine that can show another thread of the
// program (*debugger.Session); the window's Threads pane uses it.
type threadSelector interface {
	SelectThread(id int) (*debugger.Snapshot, error)
}

var errNoThreads = errors.New("this session cannot select threads")

// threadsModel lists the program's threads at stop s, the shown one
// selected.
func threadsModel(s *debugger.Snapshot) threads.Model {
	if s == nil {
		return threads.Model{}
	}
	m := threads.Model{Threads: make([]threads.Thread, len(s.Threads))}
	for i, th := range s.Threads {
		row := threads.Thread{ID: th.ID, State: th.Status.String()}
		if th.Status == debugger.ThreadWaiting {
			row.State = fmt.Sprintf("waiting on 0x%x", th.WaitAddr)
		}
		if th.Status != debugger.ThreadFinished && th.Location.Instr >= 0 {
			row.Func, row.Location = th.Location.FuncName, locationText(th.Location)
		}
		if th.ID == s.Thread {
			m.Selected = i
		}
		m.Threads[i] = row
	}
	return m
}

// selectThread shows (and makes the steps move) the thread at row i of
// the Threads pane.
func (w *Window) selectThread(i int) {
	if w.snap == nil || i < 0 || i >= len(w.snap.Threads) {
		return
	}
	id := w.snap.Threads[i].ID
	w.run("select thread", false, false, func(e Engine) (*debugger.Snapshot, error) {
		ts, ok := e.(threadSelector)
		if !ok {
			return nil, errNoThreads
		}
		return ts.SelectThread(id)
	})
}
