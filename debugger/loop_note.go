package debugger

// debugLoopReason says why a drive toward tg needs the per-instruction
// debug loop, or "" when the machine may run its fast loop (breakpoints
// are planted in its code). Snapshot.DebugLoop passes it to the front
// ends, since the debug loop runs some 25 times slower.
func (s *Session) debugLoopReason(tg target) string {
	switch {
	case s.rs.replaying:
		return "replaying history"
	case !tg.none && !s.farFrom(tg) && tg.fastDepth == 0:
		return "stepping to a target instruction"
	case s.threads != nil:
		return "interleaving threads"
	case s.recent != nil && !s.replayable():
		return "keeping recent instructions for the trace (history is off)"
	case s.watchesNeedHook():
		return "checking watchpoints (history is off)"
	case s.subs.stepping():
		return "a subscriber follows every step"
	}
	return ""
}
