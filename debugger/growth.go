package debugger

import (
	"cmp"
	"slices"

	"wasmstep/vm"
)

// GrowEvent is a point of a memory's timeline: from instruction Step of the
// call on, the memory has Pages pages.
type GrowEvent struct {
	Step  uint64
	Pages uint64
}

// growthLog records each memory's timeline over the current call. The VM
// reports every successful memory.grow (Memory.OnGrow) at the call's
// position, so a grow inside a Continue is placed at its own instruction.
// It stays correct under step back: a replay re-reports the grows it passes,
// each report replacing the one at its position. Later ones stay: the
// run is deterministic, and going forward by a kept future (future.go)
// passes them without running.
type growthLog struct {
	call  *call // the call the log belongs to; another call starts afresh
	start map[*vm.Memory]uint64
	grows map[*vm.Memory][]GrowEvent
}

// watchGrowth asks every memory of the program to report the growth the
// debugged thread makes; a spawned thread runs on its own goroutine, and the
// session is not safe for concurrent use.
func (s *Session) watchGrowth() {
	for _, m := range s.memories() {
		mem := m.mem
		mem.OnGrow = func(t *vm.Thread, old, pages uint64) {
			if t == s.thread && s.call != nil { // not a thread the program spawned
				s.noteGrow(mem, old, t.CountThrough()-s.call.base, pages)
			}
		}
	}
}

// noteGrow logs that m grew from old pages to pages at position at (the
// grow instruction completed).
func (s *Session) noteGrow(m *vm.Memory, old, at, pages uint64) {
	g := s.growthFor(m, old)
	e := GrowEvent{Step: at, Pages: pages}
	log := g.grows[m]
	i, found := slices.BinarySearchFunc(log, at, func(e GrowEvent, at uint64) int { return cmp.Compare(e.Step, at) })
	if found {
		log[i] = e
	} else {
		g.grows[m] = slices.Insert(log, i, e)
	}
}

// growthFor returns the log of the current call, started afresh for a new
// call, with m's size at the call's start set to pages if not yet known
// (the first stop of a call comes before any of its instructions).
func (s *Session) growthFor(m *vm.Memory, pages uint64) *growthLog {
	g := &s.growth
	if g.call != s.call {
		g.call, g.start, g.grows = s.call, map[*vm.Memory]uint64{}, map[*vm.Memory][]GrowEvent{}
	}
	if _, ok := g.start[m]; !ok {
		g.start[m] = pages
	}
	return g
}

// timeline is memory m's timeline up to position at: its size when the call
// started, then one event per grow. Nil when nothing runs.
func (s *Session) timeline(m *vm.Memory, at uint64) []GrowEvent {
	if s.call == nil {
		return nil
	}
	g := s.growthFor(m, m.Pages())
	out := []GrowEvent{{Step: 0, Pages: g.start[m]}}
	for _, e := range g.grows[m] {
		if e.Step <= at {
			out = append(out, e)
		}
	}
	return out
}
