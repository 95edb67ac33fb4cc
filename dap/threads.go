package dap

import godap "github.com/google/go-dap"

// mainThreadID is the one thread the Session runs today. The thread
// mapping lives here alone, so that when the machine runs WebAssembly
// threads each of them gets its id in this file. The reading goroutine
// answers threads requests while a program runs, so what this reads must be
// safe to read beside a run.
const mainThreadID = 1

func (srv *Server) threads() []godap.Thread {
	return []godap.Thread{{Id: mainThreadID, Name: "main"}}
}
