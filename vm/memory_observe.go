package vm

// Write observation. A debugger that wants the bytes each run wrote sets
// an observer on the memory; every write then takes the slow store path
// (like a tracked one) and is noted here, after its bounds check, so a
// trapping store notes nothing. Runs of adjacent writes (a loop filling a
// buffer) merge into one pending range before the observer hears of it,
// so it is called once per run, not once per store.

// ObserveWrites makes f hear of the ranges [start, end) the machine and
// WriteAt, Fill and copies write; nil stops. FlushWrites passes on the
// range still pending.
func (m *Memory) ObserveWrites(f func(start, end uint64)) {
	m.FlushWrites()
	m.observe = f
	m.setFlat(m.flat)
}

// FlushWrites tells the observer of the pending range, if any.
func (m *Memory) FlushWrites() {
	if m.wEnd > m.wStart {
		m.observe(m.wStart, m.wEnd)
	}
	m.wStart, m.wEnd = 0, 0
}

// noteWritten merges [off, off+n) into the pending range, or passes the
// pending one on and starts anew.
func (m *Memory) noteWritten(off, n uint64) {
	end := off + n
	if m.wEnd > m.wStart && off <= m.wEnd && end >= m.wStart {
		m.wStart, m.wEnd = min(m.wStart, off), max(m.wEnd, end)
		return
	}
	m.FlushWrites()
	m.wStart, m.wEnd = off, end
}
