package vm

import (
	"runtime"
	"sync"
	"sync/atomic"
	"weak"

	"wasmstep/vm/wasm"
)

// Flat memories that grow in place. A flat memory's bytes live in a
// reservation of the address space it may reach (its limit, at most
// flatLimit; a shared memory's at most sharedReserveLimit), mapped from the
// operating system without access, and growing makes the next pages
// usable: the bytes never move, so memory.grow neither copies the memory
// nor faults it in again, and no old copy waits for the collector. Where
// the system cannot map (another system, no address space left), the bytes
// are a Go slice that doubles, copying, as they grow (an inPlace one, a
// shared memory's, is allocated at its full size at once).
//
// Mapped bytes are outside the Go heap, so the memory budget (budget.go)
// adds what the reservations have committed (mappedBytes) to the heap's
// size; reserved address space costs nothing. A reservation is unmapped
// when its memory becomes unreachable (a cleanup), or when the memory
// leaves flat storage.
type reservation struct {
	mem       []byte // the whole mapping; nil when the bytes are a Go slice
	heap      []byte // the Go slice holding the bytes when not mapped
	size      uint64 // bytes reserved
	committed uint64 // bytes of mem usable (read and write)
	cleanup   runtime.Cleanup
	released  bool // under the registry's lock
}

// mappedBytes is what all live reservations have committed.
var mappedBytes atomic.Int64

// Committing past mappedGoal runs a collection first, which releases the
// reservations of dropped memories: the collector paces itself by the Go
// heap alone, so without it a program dropping memories (a test suite, a
// debugger reloading) could pile up their pages between collections. Each
// collection sets the goal to twice what stays committed, as the
// collector's own goal doubles the live heap.
var mappedGoal atomic.Int64

const minMappedGoal = 64 << 20

func init() { mappedGoal.Store(minMappedGoal) }

// reservations holds a weak pointer to the memory of each live mapped
// reservation, so releaseUnreachable can release the reservations of
// memories the collector found unreachable without waiting for their
// cleanups, which run later on a goroutine of their own.
var reservations = struct {
	sync.Mutex
	of map[*reservation]weak.Pointer[Memory]
}{of: map[*reservation]weak.Pointer[Memory]{}}

// reserve gives m a reservation of n bytes, released when m becomes
// unreachable; inPlace: the bytes must never move even if the system cannot
// map.
func (m *Memory) reserve(n uint64, inPlace bool) {
	n = (n + wasm.PageSize - 1) &^ (wasm.PageSize - 1) // whole system pages: 64 KiB is a multiple of all
	r := &reservation{size: n}
	if n > 0 {
		r.mem = mapReserve(n)
	}
	if r.mem == nil {
		c := uint64(0)
		if inPlace {
			c = n
		}
		r.heap = make([]byte, 0, c)
		m.res = r
		return
	}
	r.cleanup = runtime.AddCleanup(m, (*reservation).release, r)
	reservations.Lock()
	reservations.of[r] = weak.Make(m)
	reservations.Unlock()
	m.res = r
}

// grow makes the first size bytes usable, zero past the previous size, and
// returns them; false (nothing changed) if the system refuses the memory.
func (r *reservation) grow(size uint64) ([]byte, bool) {
	if r.mem == nil {
		if size > uint64(cap(r.heap)) {
			// Doubling keeps a program growing page by page from
			// copying the memory on every grow.
			b := make([]byte, size, min(max(size, 2*uint64(cap(r.heap))), r.size))
			copy(b, r.heap)
			r.heap = b
		}
		r.heap = r.heap[:size]
		return r.heap, true
	}
	if size > r.committed {
		if mappedBytes.Load()+int64(size-r.committed) > mappedGoal.Load() {
			collect()
		}
		if !mapCommit(r.mem[r.committed:size]) {
			return nil, false
		}
		mappedBytes.Add(int64(size - r.committed))
		r.committed = size
	}
	return r.mem[:size:size], true
}

// shrink zeroes the bytes from size on, gives their pages back and
// returns the first size bytes.
func (r *reservation) shrink(size uint64) []byte {
	if r.mem == nil {
		clear(r.heap[size:]) // grow reuses the capacity as zeros
		r.heap = r.heap[:size]
		return r.heap
	}
	mapDecommit(r.mem[size:r.committed])
	mappedBytes.Add(-int64(r.committed - size))
	r.committed = size
	return r.mem[:size:size]
}

// release unmaps the reservation; once only, whoever calls first (the
// cleanup, releaseUnreachable, or the memory leaving flat storage). The
// accounting is done under the registry's lock, so once releaseUnreachable
// returns, the reservations it found dead are uncounted even where a
// cleanup got to one first.
func (r *reservation) release() {
	if r.mem == nil {
		return
	}
	reservations.Lock()
	if r.released {
		reservations.Unlock()
		return
	}
	r.released = true
	delete(reservations.of, r)
	mappedBytes.Add(-int64(r.committed))
	reservations.Unlock()
	mapRelease(r.mem)
}

// dropReservation releases the memory's reservation now, as it leaves
// flat storage.
func (m *Memory) dropReservation() {
	m.res.cleanup.Stop()
	m.res.release()
	m.res = nil
}

// releaseUnreachable releases the reservations of memories the last
// collection found unreachable, whose cleanups may not have run yet.
func releaseUnreachable() {
	var dead []*reservation
	reservations.Lock()
	for r, w := range reservations.of {
		if w.Value() == nil {
			dead = append(dead, r)
		}
	}
	reservations.Unlock()
	for _, r := range dead {
		r.release()
	}
}

// hostBytes is what the budget counts: the Go heap and the bytes the
// reservations have committed.
func hostBytes() uint64 { return heapBytes() + uint64(mappedBytes.Load()) }

// collect runs a collection, releases what it found unreachable and sets
// the next goal.
func collect() {
	runtime.GC()
	releaseUnreachable()
	mappedGoal.Store(max(2*mappedBytes.Load(), minMappedGoal))
}
