package debugger

import (
	"cmp"
	"slices"
)

// Timeline is the recorded run of the current call, for a ruler a front end
// draws and travels on with Goto: the positions history reaches and the
// events met on the way.
type Timeline struct {
	Oldest uint64 // the earliest position history reaches (its oldest checkpoint)
	Newest uint64 // the furthest position the call has run to
	Marks  []TimelineMark
}

// MarkKind says what happened at a mark of the timeline.
type MarkKind uint8

// Mark kinds.
const (
	MarkBreakpoint MarkKind = iota // a breakpoint stopped the run before this instruction
	MarkWatchpoint                 // a watched range or global changed
	MarkTrap                       // the call trapped or threw here
	MarkGrow                       // a memory grew
)

func (k MarkKind) String() string {
	return [...]string{"breakpoint", "watchpoint", "trap", "memory.grow"}[k]
}

// TimelineMark is one event of the timeline, at position Step.
type TimelineMark struct {
	Step  uint64
	Kind  MarkKind
	Label string
}

// maxTimelineMarks bounds the marks a call keeps: a ruler a few thousand
// pixels wide shows no more.
const maxTimelineMarks = 4096

// markStop puts a live stop for a breakpoint, a watchpoint or a failure on
// the timeline.
func (s *Session) markStop(reason StopReason, msg string) {
	switch reason {
	case StopBreakpoint:
		s.noteMark(MarkBreakpoint, msg)
	case StopWatchpoint:
		s.noteMark(MarkWatchpoint, msg)
	case StopTrap, StopException:
		s.noteMark(MarkTrap, msg)
	}
}

// noteMark remembers an event of the live run (replays meet old ones).
func (s *Session) noteMark(kind MarkKind, label string) {
	c := s.call
	if c == nil || s.rs.replaying {
		return
	}
	m := TimelineMark{Step: c.pos, Kind: kind, Label: label}
	i, found := slices.BinarySearchFunc(c.marks, m, func(a, b TimelineMark) int {
		if a.Step != b.Step {
			return cmp.Compare(a.Step, b.Step)
		}
		return int(a.Kind) - int(b.Kind)
	})
	if found || len(c.marks) >= maxTimelineMarks {
		return
	}
	c.marks = slices.Insert(c.marks, i, m)
}

// runTimeline describes the current call's recorded run; nil without history.
func (s *Session) runTimeline() *Timeline {
	c := s.call
	if c == nil || !s.replayable() {
		return nil
	}
	c.furthest = max(c.furthest, c.pos)
	tl := &Timeline{Oldest: c.hist.cks[0].pos, Newest: c.furthest}
	tl.Marks = append(tl.Marks, c.marks...)
	if s.growth.call == c {
		for _, m := range s.memories() {
			for _, e := range s.growth.grows[m.mem] {
				tl.Marks = append(tl.Marks, TimelineMark{Step: e.Step, Kind: MarkGrow, Label: m.name})
			}
		}
	}
	slices.SortStableFunc(tl.Marks, func(a, b TimelineMark) int { return cmp.Compare(a.Step, b.Step) })
	return tl
}
