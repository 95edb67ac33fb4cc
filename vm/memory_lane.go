package vm

import "math/bits"

// The store lane. While a checkpoint tracks a flat memory or an observer
// watches it, every store misses the handlers' in-place path (wflat is
// nil). Most such stores need none of the slow path's work, though: their
// page is saved already for the latest checkpoint, no watched range lies
// in it, and they extend the pending range of writes. The lane is that
// page, [laneLo, laneHi), opened by the slow path after it has done the
// work for a write there; a store inside it and within writeGap of the
// pending range only widens the pending range and writes in place.
// Anything that could make the page need the slow path again (a new
// checkpoint, a flush, new watched ranges, a grow) closes it.

// lane returns the size bytes at addr+offset for a store to write if it
// may take the lane, having widened the pending range to them; nil (nothing
// done) if it must take the slow path. Small enough to inline into the
// store handlers, where size is a constant.
func (m *Memory) lane(addr, offset, size uint64) []byte {
	ea, c := bits.Add64(addr, offset, 0)
	end := ea + size // no wrap once ea < laneHi
	if c != 0 || ea < m.laneLo || ea >= m.laneHi || end > m.laneHi || ea > m.wEnd+writeGap || end+writeGap < m.wStart {
		return nil
	}
	m.wStart, m.wEnd = min(m.wStart, ea), max(m.wEnd, end)
	return m.flat[ea:end]
}

// storeAway is the lane of a store inside the lane's page but away from
// the latest pending range (the handler's lane refused it): it extends an
// older one or starts a new one. False (nothing done) outside the page.
func (m *Memory) storeAway(ea, size, x uint64) bool {
	end := ea + size // no wrap once ea < laneHi
	if ea < m.laneLo || ea >= m.laneHi || end > m.laneHi {
		return false
	}
	m.notePending(ea, end)
	m.putFlat(ea, size, x)
	return true
}

// openLane opens the lane on the undo page holding at, just written
// through the slow path (so saved for the latest checkpoint, and the
// pending range holds at), unless the memory is chunked, unobserved or a
// watched range lies in the page.
func (m *Memory) openLane(at uint64) {
	if m.chunks != nil || m.observe == nil {
		return
	}
	lo := at &^ (undoSize - 1)
	hi := min(lo+undoSize, uint64(len(m.flat)))
	for _, r := range m.watched {
		if r[0] < hi && r[1] > lo {
			return
		}
	}
	m.laneLo, m.laneHi = lo, hi
}

// closeLane sends every store back to the slow path until it reopens.
func (m *Memory) closeLane() { m.laneLo, m.laneHi = 0, 0 }
