// Package debugger is wasmstep's debugger engine, apart from its front
// ends: a Session loads and links a program, runs calls on one machine and
// stops it by breakpoints, watchpoints, traps, pauses and stepping commands,
// all built from one stop mechanism (see target.go); it steps backwards by
// replaying recorded history, and describes every stop with an immutable
// Snapshot.
package debugger

import (
	"io"
	"sync/atomic"

	"wasmstep/vm"
	"wasmstep/vm/host"
	"wasmstep/vm/source"
)

// LinkFunc equips each new program's linker with host modules (WASI,
// spectest, automatic imports); out is the sink for host output (it becomes
// output events and goes to Options.Stdout). The returned Closer, if any,
// is closed when the program is dropped (Restart, Close).
type LinkFunc func(l *host.Linker, st *vm.Store, out io.Writer) (io.Closer, error)

// DefaultHistoryBytes is the default bound of the history's memory.
const DefaultHistoryBytes = 64 << 20

// Options configure a session.
type Options struct {
	Link   LinkFunc
	Stdout io.Writer // host output sink; nil discards it (output events still fire)
	// NoHistory turns reverse execution off, letting Continue run in the
	// fast loop. With history, the current call stays reachable backwards
	// from its start, or from its oldest checkpoint that fits HistoryBytes.
	NoHistory bool
	// HistoryBytes bounds the memory the history holds (the machine's
	// checkpoints, recorded host results): 0 means DefaultHistoryBytes.
	HistoryBytes  int64
	MaxCallDepth  int  // 0: the VM's default
	NoBreakOnTrap bool // let traps end the call instead of stopping at them
	// Recent is how many of the last executed instructions the session
	// keeps for Session.Recent; keeping any makes runs use the debug loop.
	Recent int
	// ScheduleSeed seeds the interleaving of a program's threads
	// (wasi-threads): the same seed gives the same schedule (threads.go).
	ScheduleSeed uint64

	checkpointEvery uint64 // initial checkpoint spacing; tests make it small
}

// Session owns one linked program and the machine running it. Its methods
// are called from one goroutine, except Pause.
type Session struct {
	opts  Options
	fs    *source.FileSet
	units []*unit
	prog  *program
	out   *outputWriter

	thread   *vm.Thread                // the thread the session shows and steps
	threads  *threadGroup              // the call's threads, if the program can spawn (threads.go)
	hookFn   vm.Hook                   // s.hook, bound once
	pausing  atomic.Pointer[vm.Thread] // the running thread, for Pause
	pauseReq atomic.Bool               // Pause was called during this drive
	call     *call                     // the invoked call, nil when idle
	rs       runState
	lastAt   codeLoc // the instruction the hook saw last (watchpoint messages)
	instrs   map[codeLoc]*instrInfo
	recent   *recentRing // nil unless Options.Recent
	progress progress

	bps     breakpoints
	watches []*watchpoint
	subs    subscribers

	gen    uint64
	last   *Snapshot
	prev   stopState // what the previous stop saw, for Changed and Written
	writes writeLog  // memory written since the previous stop
	heap   heapTracker
	growth growthLog // each memory's size over the call

	srcDirs []string // folders to find compiled programs' sources in

	stepOthers bool // steps let the other threads run too (SetStepOthers)
}

// NewSession returns an empty session.
func NewSession(opts Options) *Session {
	if opts.HistoryBytes == 0 {
		opts.HistoryBytes = DefaultHistoryBytes
	}
	if opts.checkpointEvery == 0 {
		opts.checkpointEvery = defaultCheckpointEvery
	}
	s := &Session{opts: opts, fs: source.NewFileSet(), instrs: map[codeLoc]*instrInfo{}}
	s.hookFn = s.hook
	if opts.Recent > 0 {
		s.recent = newRecentRing(opts.Recent)
	}
	s.out = &outputWriter{s: s}
	s.bps.init()
	s.heap.init()
	return s
}

// FileSet returns the positions of every loaded file.
func (s *Session) FileSet() *source.FileSet { return s.fs }

// Files returns the loaded source files in load order.
func (s *Session) Files() []*source.File { return s.fs.Files() }

// Snapshot returns the snapshot of the last stop, or of the program as
// loaded (nil before anything is loaded).
func (s *Session) Snapshot() *Snapshot { return s.last }

// Pause asks a running call to stop at the next instruction boundary. It is
// the only method safe to call from another goroutine.
func (s *Session) Pause() {
	if t := s.pausing.Load(); t != nil {
		s.pauseReq.Store(true)
		t.Pause()
	}
}
