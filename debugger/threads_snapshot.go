package debugger

import (
	"fmt"

	"wasmstep/vm"
)

// ThreadStatus is what a thread of the program is doing at a stop.
type ThreadStatus uint8

// Thread states. Every thread is still at a stop; Running means the
// thread would run on (it is frozen by the stop), Stopped marks the
// thread the stop shows.
const (
	ThreadRunning ThreadStatus = iota
	ThreadStopped
	ThreadWaiting // in memory.atomic.wait; ThreadInfo.WaitAddr says where
	ThreadFinished
)

func (s ThreadStatus) String() string {
	return [...]string{"running", "stopped", "waiting", "finished"}[s]
}

// ThreadInfo describes one thread of the program at a stop.
type ThreadInfo struct {
	ID       int
	Status   ThreadStatus
	Location Location // the next instruction (Instr -1 when it has no frame)
	WaitAddr uint64
}

// threadInfos lists the threads for a snapshot (nil for a program without
// threads) and the id of the one it shows.
func (s *Session) threadInfos() ([]ThreadInfo, int) {
	g := s.threads
	if g == nil || s.call == nil {
		return nil, 0
	}
	out := make([]ThreadInfo, len(g.list))
	for i, d := range g.list {
		info := ThreadInfo{ID: d.id, Location: Location{Module: -1, Instr: -1}}
		if f, pc := d.t.At(); f != nil {
			info.Location = s.location(f, pc)
		}
		switch st, addr := g.sched.Status(d.id); {
		case d.id == g.on && s.call.err != nil:
			info.Status = ThreadStopped // at the trap that ended the call
		case st == vm.SchedFinished || !d.t.Running():
			info.Status = ThreadFinished
		case st == vm.SchedWaiting:
			info.Status, info.WaitAddr = ThreadWaiting, addr
		case d.id == g.on:
			info.Status = ThreadStopped
		}
		out[i] = info
	}
	return out, g.on
}

// SelectThread makes thread id the one the session shows (stack, locals,
// frames) and steps; the others stay where they are.
func (s *Session) SelectThread(id int) (*Snapshot, error) {
	g := s.threads
	if g == nil || s.call == nil {
		return nil, fmt.Errorf("no threads: the program has not spawned any")
	}
	if id < 0 || id >= len(g.list) {
		return nil, fmt.Errorf("no thread %d (there are %d)", id, len(g.list))
	}
	s.switchThread(id)
	snap := s.last
	reason, msg := StopNone, ""
	if snap != nil {
		reason, msg = snap.Reason, snap.Message
	}
	return s.stopBack(reason, msg), nil
}

// ScheduleSeed returns the seed the session interleaves threads with.
func (s *Session) ScheduleSeed() uint64 { return s.opts.ScheduleSeed }
