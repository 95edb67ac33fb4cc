// Package threads lists the program's threads at a stop; selecting one
// tells the window to show (and step) that thread.
package threads

// Model is the threads at a stop.
type Model struct {
	Threads  []Thread
	Selected int // the index of the thread the window shows
}

// Thread is one thread of the program.
type Thread struct {
	ID       int
	State    string // "running", "stopped", "waiting on 0x40", "finished" (translated by the view)
	Func     string // the function it is in; "" when finished
	Location string // "file:line:col"; "" when finished
}
