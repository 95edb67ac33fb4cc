package vm

// sharedReserveLimit is the most address space a shared memory reserves: a
// memory32's whole 4 GiB. A shared memory declaring more (memory64) is
// capped here, so memory.grow past it fails as the specification allows.
const sharedReserveLimit = 1 << 32

// reserveShared gives a shared memory its final place: a reservation of
// its maximum (memory_reserve.go) that stays in place even where the
// system cannot map, so growing never moves the bytes other threads are
// reading and writing. It fails when the minimum does not fit the
// reservation.
func (m *Memory) reserveShared() bool {
	m.limit = min(m.limit, sharedReserveLimit)
	if m.size > m.limit {
		return false
	}
	m.reserve(m.limit, true)
	m.waits = newWaitQueue()
	return m.growFlat(m.size)
}
