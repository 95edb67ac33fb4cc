package vm

// sharedReserveLimit is the most address space a shared memory reserves: a
// memory32's whole 4 GiB. A shared memory declaring more (memory64) is
// capped here, so memory.grow past it fails as the specification allows.
const sharedReserveLimit = 1 << 32

// reserveShared gives a shared memory its final place: one flat slice with
// the capacity of its maximum, so growing never moves the bytes other
// threads are reading and writing (the operating system backs only the
// pages touched). It fails when the minimum does not fit the reservation.
func (m *Memory) reserveShared() bool {
	m.limit = min(m.limit, sharedReserveLimit)
	if m.size > m.limit {
		return false
	}
	m.setFlat(make([]byte, m.size, m.limit))
	m.waits = newWaitQueue()
	return true
}
