package debugger

import "fmt"

// Goto travels to position n of the call, the state after its first n
// instructions: back by replaying history from the nearest checkpoint,
// forward by running, in the fast loop while far from n. Going forward it
// stops earlier where a breakpoint, a watchpoint, a trap or the call's end
// comes first, and says so; but within the run already recorded, where
// history kept the checkpoints after the machine (future.go), it travels
// there as it does back, by the nearest checkpoint, without stopping.
func (s *Session) Goto(n uint64) (*Snapshot, error) {
	c, err := s.reversible()
	if err != nil {
		return nil, err
	}
	if oldest := c.hist.cks[0].pos; n < oldest {
		return nil, fmt.Errorf("instruction %d is before the oldest one history reaches (%d)", n, oldest)
	}
	c.furthest = max(c.furthest, c.pos)
	if n <= c.pos || (c.hist.future() && n <= c.furthest) {
		if err := s.seek(n); err != nil {
			return nil, err
		}
		return s.stopBack(StopStep, ""), nil
	}
	if c.done {
		return nil, fmt.Errorf("the call ended after %d instructions", c.pos)
	}
	snap, err := s.resume(seekTarget(n))
	if err != nil || c.pos <= n || c.done {
		return snap, err
	}
	// The fast loop ran past n (an op covering many instructions near the
	// end of its run): replay to n exactly.
	if err := s.seek(n); err != nil {
		return nil, err
	}
	return s.stopBack(StopStep, ""), nil
}
