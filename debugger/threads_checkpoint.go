package debugger

import "wasmstep/vm"

// threadsCheckpoint is the threads' part of a checkpoint: every thread's
// continuation, the scheduler's waits, and which thread was current, so
// that a replay from the checkpoint, following the marks, interleaves the
// threads exactly as they ran.
type threadsCheckpoint struct {
	list   []*dbgThread
	states []*vm.ThreadState
	skips  []dbgThread // each thread's resume bookkeeping (skipNext, skipAt)
	on     int
	sched  *vm.SchedState
}

// checkpointThreads captures the threads; nil without threads.
func (s *Session) checkpointThreads() *threadsCheckpoint {
	g := s.threads
	if g == nil {
		return nil
	}
	cp := &threadsCheckpoint{list: append([]*dbgThread(nil), g.list...), on: g.on, sched: g.sched.Checkpoint()}
	for _, d := range g.list {
		cp.states = append(cp.states, d.t.Checkpoint())
		cp.skips = append(cp.skips, dbgThread{skipNext: d.skipNext, skipAt: d.skipAt})
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
// program's and the spawned threads'.
func (s *Session) checkpointInsts() []*vm.Instance {
	if s.threads == nil {
		return s.prog.insts
	}
	insts := append([]*vm.Instance(nil), s.prog.insts...)
	for _, d := range s.threads.list {
		if d.inst != nil {
			insts = append(insts, d.inst)
		}
	}
	return insts
}

// bytes estimates the memory the checkpoint holds.
func (cp *threadsCheckpoint) bytes() int64 {
	if cp == nil {
		return 0
	}
	n := cp.sched.Bytes()
	for _, st := range cp.states {
		n += st.Bytes()
	}
	return n
}
