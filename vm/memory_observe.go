package vm

// Write observation. A debugger that wants the bytes each run wrote sets
// an observer on the memory; every write then takes the slow store path
// (like a tracked one) and is noted here, after its bounds check, so a
// trapping store notes nothing. Runs of writes close together (a loop
// filling a buffer) merge into one pending range before the observer hears
// of it, so it is called once per run, not once per store.

// ObserveWrites makes f hear of the ranges [start, end) the machine and
// WriteAt, Fill and copies write; nil stops. FlushWrites passes on the
// range still pending.
func (m *Memory) ObserveWrites(f func(start, end uint64)) {
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

// FlushWrites tells the observer of the pending range, if any.
func (m *Memory) FlushWrites() {
	if m.wEnd > m.wStart {
		m.observe(m.wStart, m.wEnd)
	}
	m.wStart, m.wEnd = 0, 0
	m.closeLane() // the lane extends the pending range
}

// writeGap is how far apart two writes may be and still merge into one
// pending range: a loop writing every few bytes (a sieve striking out
// multiples, a column of a matrix) then costs one observer call per run,
// and the ranges widen by at most the gap.
const writeGap = 32

// noteWritten merges [off, off+n) into the pending range, or passes the
// pending one on and starts anew.
func (m *Memory) noteWritten(off, n uint64) {
	end := off + n
	for _, r := range m.watched {
		if off < r[1] && end > r[0] {
			m.onWatched()
			break
		}
	}
	if m.wEnd > m.wStart && off <= m.wEnd+writeGap && end+writeGap >= m.wStart {
		m.wStart, m.wEnd = min(m.wStart, off), max(m.wEnd, end)
		return
	}
	m.FlushWrites()
	m.wStart, m.wEnd = off, end
}
