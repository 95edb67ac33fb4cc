package debugger

// debugLoopReason says why a drive toward tg needs the per-instruction
// debug loop, or "" when the machine may run its fast loop (breakpoints
// are planted in its code). Snapshot.DebugLoop passes it to the front
// ends, since the debug loop runs some 25 times slower.
func (s *Session) debugLoopReason(tg target) string {
	switch {
	case s.rs.replaying:
		return "replaying history"
	case !tg.none:
		return "stepping to a target instruction"
	case s.threads != nil:
		return "interleaving threads"
	case s.call.hist != nil:
		return "recording history for step back"
	case s.recent != nil:
		return "keeping recent instructions for the trace"
	case len(s.watches) > 0:
		return "checking watchpoints"
	case s.subs.stepping():
		return "a subscriber follows every step"
	}
	return ""
}
