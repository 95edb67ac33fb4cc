package debugger

import "wasmstep/vm"

// firstOriginWindow is the span of history an origin search replays first;
// each further window back is four times longer, so a recent write is
// found at once and an old one costs a small multiple of the distance.
const firstOriginWindow = 1 << 12

// searchBack looks for w's last writer before the current position, span
// by span between checkpoints from the latest back, skipping the spans w
// rules out, and window by window back within a span. It leaves the
// machine somewhere in history; the caller seeks where it wants.
func (s *Session) searchBack(w originWatch) (at uint64, found bool, err error) {
	if fw, ok := w.(fastWatch); ok && s.canReplayFast() {
		return s.searchFastBack(fw)
	}
	c := s.call
	h := c.hist
	cur := c.pos
	for i := h.checkpointAt(cur - min(cur, 1)); i >= 0 && cur > 0; i-- {
		start, end := h.cks[i].pos, cur
		if i+1 < len(h.cks) {
			end = min(end, h.cks[i+1].pos)
		}
		if end <= start || !w.mayWrite(h, i) {
			continue
		}
		for size := uint64(firstOriginWindow); ; size *= 4 {
			from := start
			if end-start > size {
				from = end - size
			}
			if err := s.scanWindow(i, from, end, w); err != nil {
				return 0, false, err
			}
			if at, ok := w.found(); ok {
				return at, true, nil
			}
			if w.done() || from == start {
				break
			}
			end = from
		}
		if w.done() {
			return 0, false, nil
		}
	}
	return 0, false, nil
}

// scanWindow replays from checkpoint i to position from (most of the way
// in the fast loop), then on to end in the debug loop with w watching.
func (s *Session) scanWindow(i int, from, end uint64, w originWatch) error {
	return s.scanRange(i, from, end, func() { w.begin(end) }, func(pos uint64, t *vm.Thread) { w.at(pos, t) })
}

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

// fastWatch is an origin watch the machine itself reports writes to, from
// inside the writing instruction: a memory range (vm.Memory.WatchWrites)
// or a global (vm.Global.WatchSets).
type fastWatch interface {
	originWatch
	arm(wrote func())
}

func (w *memWatch) arm(wrote func()) {
	w.m.WatchWrites([][2]uint64{{w.r.Start, w.r.End}}, wrote)
}

func (w *globalWatch) arm(wrote func()) { w.g.WatchSets(wrote) }

// searchFastBack finds the last write before the current position without
// the debug loop: the machine tells at once of each write, so each span
// the watch does not rule out is replayed at full speed, noting the
// writers.
func (s *Session) searchFastBack(w fastWatch) (at uint64, found bool, err error) {
	c := s.call
	h := c.hist
	cur := c.pos
	defer s.armWatches() // the user's watchpoints again
	var last, end uint64
	var hit bool
	w.arm(func() {
		if pos := s.thread.CountThrough() - c.base; pos <= end {
			last, hit = pos-1, true // the writer, if before the span's end
		}
	})
	for i := h.checkpointAt(cur - min(cur, 1)); i >= 0 && cur > 0; i-- {
		start := h.cks[i].pos
		end = cur
		if i+1 < len(h.cks) {
			end = min(end, h.cks[i+1].pos)
		}
		if end <= start || !w.mayWrite(h, i) {
			continue
		}
		hit = false
		if err := s.restoreCheckpoint(i); err != nil {
			return 0, false, err
		}
		s.rs = runState{replaying: true}
		s.runFastTo(end) // later writes are told too, and passed over
		s.flushWrites()
		s.rs = runState{}
		if hit && last < cur {
			return last, true, nil
		}
	}
	return 0, false, nil
}
