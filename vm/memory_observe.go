package vm

// Write observation. A debugger that wants the bytes each run wrote sets
// an observer on the memory; every write then takes the slow store path or
// the store lane (like a tracked one) and is noted here, after its bounds
// check, so a trapping store notes nothing. Runs of writes close together
// (a loop filling a buffer) merge into a pending range; a few are pending
// at once, so a program writing two or three places in turn (a sort
// swapping elements, with its stack frame) keeps extending them. A write
// away from all of them passes the oldest on to a batch, and the observer
// hears of a whole batch at once (when it fills, and at FlushWrites), so a
// loop writing far apart (a sieve striking out multiples of a large prime)
// costs an append per write, not a call.

// writeBatch is how many ranges the observer hears of at once at most;
// pendingRuns how many runs of writes are pending at once.
const (
	writeBatch  = 256
	pendingRuns = 4
)

// ObserveWrites makes f hear of the ranges [start, end) the machine and
// WriteAt, Fill and copies write, in order, in batches (the slice is
// reused once f returns); nil stops. FlushWrites passes on the ranges
// still held back.
func (m *Memory) ObserveWrites(f func(ranges [][2]uint64)) {
	m.FlushWrites()
	m.observe = f
	m.setFlat(m.flat)
}

// WatchWrites makes hit be called at once, from inside the writing
// instruction, for each write overlapping one of ranges ([start, end)
// pairs), so a debugger can tell which instruction wrote (Thread.
// CountThrough) without a per-instruction hook. It needs an observer
// (ObserveWrites); nil ranges stop it.
func (m *Memory) WatchWrites(ranges [][2]uint64, hit func()) {
	m.watched, m.onWatched = ranges, hit
	m.closeLane()
}

// HearNoMoreOf tells the memory that its observer has no use for writes
// inside [lo, hi) until the next FlushWrites: a debugger whose written
// ranges and span write set take those bytes in already (a program writing
// all over a buffer) then pays a compare or two per write instead of
// noting it. Writes overlapping a watched range still call its hit.
func (m *Memory) HearNoMoreOf(lo, hi uint64) { m.heardLo, m.heardHi = lo, hi }

// FlushWrites tells the observer of the ranges held back, and that it
// hears of every write again (HearNoMoreOf).
func (m *Memory) FlushWrites() {
	for range 1 + len(m.older) {
		m.passOn()
	}
	if len(m.batch) > 0 {
		m.observe(m.batch)
		m.batch = m.batch[:0]
	}
	// Only now: the observer may have set it again while hearing of the
	// last batch, and what it heard of belongs to the run before the flush.
	m.heardLo, m.heardHi = 0, 0
	m.closeLane() // the lane extends the latest pending range
}

// passOn moves the oldest pending range, if any, to the batch, which the
// observer hears of when full, and the latest to its place.
func (m *Memory) passOn() {
	oldest := &m.older[m.oldest]
	if oldest[1] > oldest[0] {
		if len(m.batch) == writeBatch {
			m.observe(m.batch)
			m.batch = m.batch[:0]
		}
		m.batch = append(m.batch, *oldest)
	}
	*oldest = [2]uint64{m.wStart, m.wEnd}
	if m.oldest++; m.oldest == len(m.older) {
		m.oldest = 0
	}
	m.wStart, m.wEnd = 0, 0
}

// writeGap is how far apart two writes may be and still merge into one
// pending range: a loop writing every few bytes (a column of a matrix)
// then passes on one range per run, and the ranges widen by at most the
// gap.
const writeGap = 32

// near reports whether [off, end) merges into the pending range [start,
// stop).
func near(start, stop, off, end uint64) bool {
	return stop > start && off <= stop+writeGap && end+writeGap >= start
}

// noteWritten merges [off, off+n) into a pending range, which becomes the
// latest ([wStart, wEnd), the one the store lane extends), or passes the
// oldest on and starts anew.
func (m *Memory) noteWritten(off, n uint64) {
	end := off + n
	for _, r := range m.watched {
		if off < r[1] && end > r[0] {
			m.onWatched()
			break
		}
	}
	m.notePending(off, end)
}

// notePending is noteWritten for a write no watched range overlaps.
func (m *Memory) notePending(off, end uint64) {
	if near(m.wStart, m.wEnd, off, end) {
		m.wStart, m.wEnd = min(m.wStart, off), max(m.wEnd, end)
		return
	}
	if off >= m.heardLo && end <= m.heardHi {
		// The region heard of becomes the latest run: the writes inside
		// it after this one extend it for nothing, the store lane's
		// included; heard of again at the flush, it changes nothing.
		m.passOn()
		m.wStart, m.wEnd = m.heardLo, m.heardHi
		return
	}
	for i := range m.older { // by index: a range over the array would copy it
		r := &m.older[i]
		if start, stop := r[0], r[1]; near(start, stop, off, end) {
			r[0], r[1] = m.wStart, m.wEnd
			m.wStart, m.wEnd = min(start, off), max(stop, end)
			return
		}
	}
	m.passOn()
	m.wStart, m.wEnd = off, end
}
