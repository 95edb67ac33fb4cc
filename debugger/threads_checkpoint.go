package debugger

import (
	"slices"

	"wasmstep/vm"
)

// threadsCheckpoint is the threads' part of a checkpoint: every thread's
// continuation, the scheduler's waits, and which thread was current, so
// that a replay from the checkpoint, following the marks, interleaves the
// threads exactly as they ran.
type threadsCheckpoint struct {
	list   []*dbgThread
	states []*vm.ThreadState
	skips  []threadResume
	on     int
	sched  *vm.SchedState
	fresh  int64 // the bytes of the states copied for this checkpoint
}

// threadResume is a thread's resume bookkeeping (dbgThread.skipNext).
type threadResume struct {
	skipNext bool
	skipAt   *codeLoc
}

// checkpointThreads captures the threads; nil without threads.
func (s *Session) checkpointThreads() *threadsCheckpoint {
	g := s.threads
	if g == nil {
		return nil
	}
	cp := &threadsCheckpoint{list: append([]*dbgThread(nil), g.list...), on: g.on, sched: g.sched.Checkpoint()}
	for _, d := range g.list {
		if d.dirty || d.saved == nil {
			d.saved, d.dirty = d.t.Checkpoint(), false
			cp.fresh += d.saved.Bytes()
		}
		cp.states = append(cp.states, d.saved)
		cp.skips = append(cp.skips, threadResume{d.skipNext, d.skipAt})
	}
	return cp
}

// restoreThreads puts the threads back as cp has them (before the
// session's current thread is restored from the checkpoint's own copy).
// Threads spawned since are dropped; a replay spawns them again.
func (s *Session) restoreThreads(cp *threadsCheckpoint) {
	g := s.threads
	if g == nil || cp == nil {
		return
	}
	for _, d := range g.list[min(len(cp.list), len(g.list)):] {
		s.dropClones(d.inst)
	}
	g.list = append(g.list[:0], cp.list...)
	for i, d := range g.list {
		d.t.Restore(cp.states[i])
		d.saved, d.dirty = cp.states[i], false
		d.skipNext, d.skipAt = cp.skips[i].skipNext, cp.skips[i].skipAt
	}
	g.sched.Restore(cp.sched)
	g.on, g.turnOver = cp.on, false
	s.thread = g.list[g.on].t
}

// dropClones forgets a dropped thread's instance's functions.
func (s *Session) dropClones(inst *vm.Instance) {
	if inst == nil {
		return
	}
	for _, f := range inst.Funcs {
		if _, ok := s.threads.clones[f]; ok && f.Inst == inst {
			delete(s.threads.clones, f)
			delete(s.prog.funcs, f)
		}
	}
}

// checkpointInsts is every instance whose state a checkpoint keeps: the
// program's and the spawned threads' that have state of their own (a
// store's checkpoints copy every instance they ever covered, so a program
// spawning thousands of threads would copy thousands each time).
func (s *Session) checkpointInsts() []*vm.Instance {
	if s.threads == nil {
		return s.prog.insts
	}
	insts := append([]*vm.Instance(nil), s.prog.insts...)
	for _, d := range s.threads.list {
		if d.inst != nil && !s.coveredBy(d.inst, s.prog.insts) {
			insts = append(insts, d.inst)
		}
	}
	return insts
}

// coveredBy reports whether checkpoints of insts keep all of inst's state:
// it has none but memories, and those are insts' too.
func (s *Session) coveredBy(inst *vm.Instance, insts []*vm.Instance) bool {
	if !inst.Stateless() {
		return false
	}
	for _, m := range inst.Mems {
		shared := false
		for _, o := range insts {
			shared = shared || slices.Contains(o.Mems, m)
		}
		if !shared {
			return false
		}
	}
	return true
}

// bytes estimates the memory the checkpoint holds.
func (cp *threadsCheckpoint) bytes() int64 {
	if cp == nil {
		return 0
	}
	return cp.sched.Bytes() + cp.fresh
}
