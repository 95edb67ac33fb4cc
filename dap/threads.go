package dap

import (
	"fmt"

	godap "github.com/google/go-dap"

	"wasmstep/debugger"
)

// mainThreadID is the DAP id of the program's first thread; a program's
// thread N (wasi-threads) is DAP thread N+1, as DAP ids start at 1. The
// thread mapping lives here alone. The reading goroutine answers threads
// requests while a program runs, so it reads the list the last stop
// published (srv.threadList), never the session.
const mainThreadID = 1

func (srv *Server) threads() []godap.Thread {
	if l := srv.threadList.Load(); l != nil {
		return *l
	}
	return []godap.Thread{{Id: mainThreadID, Name: "main"}}
}

// noteThreads publishes the threads of a stop for threads requests, and
// returns the DAP id of the thread it shows.
func (srv *Server) noteThreads(snap *debugger.Snapshot) int {
	if len(snap.Threads) == 0 {
		srv.threadList.Store(nil)
		return mainThreadID
	}
	list := make([]godap.Thread, len(snap.Threads))
	for i, th := range snap.Threads {
		state := th.Status.String()
		if th.Status == debugger.ThreadWaiting {
			state = fmt.Sprintf("waiting on 0x%x", th.WaitAddr)
		}
		name := fmt.Sprintf("thread %d (%s)", th.ID, state)
		if th.ID == 0 {
			name = fmt.Sprintf("main (%s)", state)
		}
		list[i] = godap.Thread{Id: th.ID + mainThreadID, Name: name}
	}
	srv.threadList.Store(&list)
	return snap.Thread + mainThreadID
}

// showThread makes the session show (and step) the thread a request
// names, when it is another one of the program's threads.
func (srv *Server) showThread(dapID int) {
	snap := srv.s.Snapshot()
	id := dapID - mainThreadID
	if snap == nil || len(snap.Threads) < 2 || id == snap.Thread || id < 0 || id >= len(snap.Threads) {
		return
	}
	if _, err := srv.s.SelectThread(id); err == nil {
		srv.refs.reset() // frame and variable handles were the other thread's
	}
}
