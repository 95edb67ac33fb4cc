package ui

import (
	"wasmstep/debugger"
	"wasmstep/vm/source"
)

// Engine is what the window asks of the debugger; *debugger.Session
// satisfies it, and tests use a fake with fixed snapshots.
//
// Every method but Pause and Progress blocks while the machine works or
// reads its live state, and is called only from the window's one command
// goroutine (see worker): the UI goroutine shows snapshots and the copies
// the worker makes with them (see stopData).
type Engine interface {
	LoadFiles(paths ...string) error
	Files() []*source.File
	Exports() []debugger.Export

	Invoke(name string, args []string) (*debugger.Snapshot, error)
	Continue() (*debugger.Snapshot, error)
	StepInto() (*debugger.Snapshot, error)
	StepOver() (*debugger.Snapshot, error)
	StepOut() (*debugger.Snapshot, error)
	StepBack() (*debugger.Snapshot, error)
	ReverseContinue() (*debugger.Snapshot, error)
	Pause()
	Restart() error

	ToggleLineBreakpoint(file *source.File, line int) (set bool, err error)
	SetBreakpoint(spec debugger.BreakSpec) (debugger.Breakpoint, error)
	DeleteBreakpoint(id int) error

	Snapshot() *debugger.Snapshot
	ReadMemory(module int, mem uint32, addr uint64, p []byte) int
	TableEntries(module int, table uint32, from, n uint64) []debugger.TableEntry
	Heap() debugger.HeapGraph
	// The window follows a run without per-instruction events: host output
	// as it comes, Progress polled once a frame, Recent read at each stop.
	SubscribeOutput(f func(debugger.Event)) (cancel func())
	Progress() (steps uint64, loc debugger.Location)
	Recent(n int) []debugger.TraceEntry
}
