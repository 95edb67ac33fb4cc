package debugger

// StepLineOut leaves the innermost source function. A call inlined into
// the wasm function has no frame of its own to return from, so it steps by
// source line until that call is no longer active; otherwise it runs until
// the wasm function returns, as StepOut. Any other stop (a breakpoint, a
// pause, a trap) ends it where it happens.
func (s *Session) StepLineOut() (*Snapshot, error) {
	snap := s.Snapshot()
	cur := snap.Current()
	if cur == nil || len(cur.Source) < 2 || !cur.Source[0].Inlined {
		return s.StepOut()
	}
	depth, active := len(snap.Frames), len(cur.Source)
	for {
		snap, err := s.StepLine()
		if err != nil || snap.State != StateStopped || snap.Reason != StopStep {
			return snap, err
		}
		if d := len(snap.Frames); d < depth || (d == depth && len(snap.Current().Source) < active) {
			return snap, nil
		}
	}
}
