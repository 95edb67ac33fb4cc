package debugger

import "wasmstep/vm"

// Watchpoints in the fast loop. A watchpoint does not need the
// per-instruction hook while the call has history: each memory tells at
// once of a write into a watched range (vm.Memory.WatchWrites) and a
// watched global of each global.set (vm.Global.WatchSets); the session
// notes the position of the writing instruction and pauses the machine,
// which stops within a poll interval. The drive then replays to just
// before that instruction and runs it in the debug loop, whose hook
// compares the watched value as always: a write that changed nothing
// resumes the fast loop from there.

// watchesNeedHook reports whether a watchpoint needs the debug loop: only
// without history to replay to the writer.
func (s *Session) watchesNeedHook() bool {
	return len(s.watches) > 0 && !s.replayable()
}

// armWatches hands each memory the ranges watched in it.
func (s *Session) armWatches() {
	ranges := map[*vm.Memory][][2]uint64{}
	for _, w := range s.watches {
		if w.mem != nil {
			ranges[w.mem] = append(ranges[w.mem], [2]uint64{w.Addr, w.Addr + w.Len})
		}
	}
	for _, m := range s.memories() {
		m.mem.WatchWrites(ranges[m.mem], s.watchedWrite)
	}
	watched := map[*vm.Global]bool{}
	for _, w := range s.watches {
		if w.glob != nil {
			watched[w.glob] = true
		}
	}
	for _, g := range s.globalList() {
		if watched[g.g] {
			g.g.WatchSets(s.watchedWrite)
		} else {
			g.g.WatchSets(nil)
		}
	}
}

// watchedWrite runs inside an instruction writing a watched range.
func (s *Session) watchedWrite() {
	c := s.call
	if c == nil || s.rs.replaying || s.rs.watchAt != 0 || s.rs.hooked {
		return // the hook compares the bytes itself
	}
	s.rs.watchAt = s.thread.CountThrough() - c.base
	s.thread.Pause()
}

// rewindToWatchedWrite puts the machine back before the instruction that
// wrote a watched range, noted at position at (after it), and has the
// drive run it in the debug loop; it reports false without history.
func (s *Session) rewindToWatchedWrite(at uint64) bool {
	rs := s.rs
	if err := s.seek(at - 1); err != nil {
		return false
	}
	s.rs = rs
	s.rs.resumePos, s.rs.debugUntil = s.call.pos, at
	s.lastAt.fn, s.lastAt.pc = s.thread.At() // the writer, which runs first
	return true
}
