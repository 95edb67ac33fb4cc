package debugger

import "wasmstep/vm"

// firstOriginWindow is the span of history an origin search replays first;
// each further window back is four times longer, so a recent write is
// found at once and an old one costs a small multiple of the distance.
const firstOriginWindow = 1 << 12

// windowGrowth is how much longer each window back is than the one after
// it. Each window replays from its span's checkpoint, so fewer, longer
// windows cost fewer replays; that pays when the scan passes over the
// calls at full speed (a frame's own values), while a scan of every
// instruction does best to stay short.
func windowGrowth(w originWatch) uint64 {
	if _, ok := w.(frameWatch); ok {
		return 64
	}
	return 4
}

// searchBack looks for w's last writer before the current position, span
// by span between checkpoints from the latest back, skipping the spans w
// rules out, and window by window back within a span. It leaves the
// machine somewhere in history; the caller seeks where it wants.
func (s *Session) searchBack(w originWatch) (at uint64, found bool, err error) {
	if fw, ok := w.(fastWatch); ok && s.canReplayFast() {
		return s.searchFastBack(fw)
	}
	h := s.call.hist
	err = h.spansBack(s.call.pos, func(i int, start, end uint64) (bool, error) {
		if !w.mayWrite(h, i) {
			return false, nil
		}
		return windowsBack(start, end, windowGrowth(w), func(from, end uint64) (bool, error) {
			if err := s.scanWindow(i, from, end, w); err != nil {
				return true, err
			}
			_, ok := w.found()
			return ok || w.done(), nil
		})
	})
	if err != nil {
		return 0, false, err
	}
	at, found = w.found()
	return at, found, nil
}

// scanWindow replays from checkpoint i to position from (most of the way
// in the fast loop), then on to end in the debug loop with w watching.
func (s *Session) scanWindow(i int, from, end uint64, w originWatch) error {
	begin := func() { w.begin(end) }
	if fw, ok := w.(frameWatch); ok {
		// Nothing a callee runs writes the frame's locals or operand
		// stack: the calls it makes run at full speed.
		begin = func() {
			w.begin(end)
			s.rs.scanDepth = fw.frameDepth()
		}
	}
	return s.scanRange(i, from, end, begin, func(pos uint64, t *vm.Thread) { w.at(pos, t) })
}

// runCallees runs the calls a frame-bound scan passes over in the fast
// loop, until the thread is back in the scanned frames or at the scan's
// end: it may stop a few instructions past the end, but only inside a
// callee, where the scan looks at nothing.
func (s *Session) runCallees(t *vm.Thread) vm.StopReason {
	c := s.call
	t.StopAtCount(c.base + s.rs.tg.at)
	t.StopAtDepth(s.rs.scanDepth + 1)
	r := t.Run()
	t.StopAtCount(0)
	t.StopAtDepth(0)
	c.pos = t.Steps() - c.base
	return r
}

// frameWatch is an origin watch on a frame's own values (a local, an
// operand stack value), which only the frame's own instructions and the
// call entering it write.
type frameWatch interface{ frameDepth() int }

func (a *frameActivation) frameDepth() int { return a.depth }

// scanRange replays from checkpoint i to position from (most of the way in
// the fast loop), then on to end in the debug loop calling scan at every
// boundary, end included; begin, if not nil, runs at from.
func (s *Session) scanRange(i int, from, end uint64, begin func(), scan func(pos uint64, t *vm.Thread)) error {
	if err := s.replay(i, from, nil); err != nil {
		return err
	}
	s.rs = runState{replaying: true}
	if begin != nil {
		begin() // a memory watch hooks s.rs.onWrite
	}
	s.rs.scan = scan
	defer func() { s.rs = runState{} }()
	if end > s.call.pos {
		s.drive(seekTarget(end))
	}
	if c := s.call; !c.done && c.pos == end {
		scan(end, s.thread) // the boundary at end itself
	}
	return nil
}
