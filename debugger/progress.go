package debugger

import (
	"sync/atomic"

	"wasmstep/vm"
)

// progressInterval is how many instructions the debug loop runs between
// two updates of the progress (a power of two).
const progressInterval = 4096

// progress is where the machine was when last published, in atomics so
// another goroutine may read it while the machine runs. The two are
// stored apart, so a read may pair a count with the next location.
type progress struct {
	steps atomic.Uint64
	in    atomic.Pointer[instrInfo] // nil when no instruction is known
}

// Progress returns how many instructions the current call has run and the
// instruction it was about to run (zero when none), as of the last stop
// or, while a command runs in the debug loop, of at most progressInterval
// instructions ago. A run in the fast loop (no history, no recent
// instructions kept, nothing watched) shows where it began until it stops.
// Safe from any goroutine.
func (s *Session) Progress() (steps uint64, loc Location) {
	steps = s.progress.steps.Load()
	if in := s.progress.in.Load(); in != nil {
		loc = in.loc
	}
	return steps, loc
}

// progressRunning publishes the instruction the thread is about to run at
// position pos; the hook calls it every progressInterval instructions.
func (s *Session) progressRunning(t *vm.Thread, pos uint64) {
	s.progress.in.Store(s.instr(t.At()))
	s.progress.steps.Store(pos)
}

// progressStopped publishes the stop snap describes.
func (s *Session) progressStopped(snap *Snapshot) {
	var in *instrInfo
	if cur := snap.Current(); cur != nil {
		in = s.instr(s.curFunc(), cur.Location.Instr)
	}
	s.progress.in.Store(in)
	s.progress.steps.Store(snap.Steps)
}
