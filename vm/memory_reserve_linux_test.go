package vm

import (
	"math"
	"runtime"
	"testing"
	"time"

	"wasmstep/vm/wasm"
)

func newFlatMemory(t *testing.T, min, max uint64) *Memory {
	t.Helper()
	m, ok := NewMemory(wasm.MemType{Limits: wasm.Limits{Min: min, Max: max, HasMax: max > 0}}, 0)
	if !ok || m.res == nil || m.res.mem == nil {
		t.Fatal("no mapped memory")
	}
	return m
}

// A flat memory grows in place up to the flat limit, page by page, and
// what it has committed is exactly its size, and counted.
func TestFlatMemoryGrowsInPlace(t *testing.T) {
	m := newFlatMemory(t, 1, 0)
	base := &m.flat[0]
	for m.Size() < flatLimit {
		if _, ok := m.Grow(1); !ok {
			t.Fatalf("grow failed at %d pages", m.Pages())
		}
		m.flat[m.Size()-1] = 1 // the new page is writable
		if &m.flat[0] != base {
			t.Fatalf("the bytes moved at %d pages", m.Pages())
		}
	}
	if m.res.committed != flatLimit || mappedBytes.Load() < flatLimit {
		t.Errorf("committed %d bytes (%d counted), want %d", m.res.committed, mappedBytes.Load(), flatLimit)
	}
	m.truncate(wasm.PageSize)
	if m.res.committed != wasm.PageSize || mappedBytes.Load() >= flatLimit {
		t.Errorf("after cutting back to one page %d bytes are committed (%d counted), want %d", m.res.committed, mappedBytes.Load(), wasm.PageSize)
	}
	if m.Grow(1); m.flat[2*wasm.PageSize-1] != 0 {
		t.Error("a byte cut off survived the cut")
	}
	runtime.KeepAlive(m)
}

// The reservations of memories nobody holds are unmapped: by their
// cleanups after a collection, and at once by collect (which the budget
// runs before saying no), so thousands of instances do not pile up
// address space or committed pages.
func TestReservationsOfDroppedMemoriesAreReleased(t *testing.T) {
	live := func() int {
		reservations.Lock()
		defer reservations.Unlock()
		return len(reservations.of)
	}
	collect()
	before, committed := live(), mappedBytes.Load()
	mappedGoal.Store(math.MaxInt64) // no collection on the way: collect sets it back
	for range 1000 {
		m := newFlatMemory(t, 1, 0)
		m.Grow(15) // 1 MiB committed
	}
	if live() < before+1000 {
		t.Fatalf("%d reservations live, want at least %d", live(), before+1000)
	}
	collect()
	if live() != before || mappedBytes.Load() != committed {
		t.Errorf("after collect: %d reservations, %d bytes committed; want %d, %d", live(), mappedBytes.Load(), before, committed)
	}

	for range 100 {
		newFlatMemory(t, 1, 0)
	}
	runtime.GC()
	for deadline := time.Now().Add(10 * time.Second); live() != before; {
		if time.Now().After(deadline) {
			t.Fatalf("cleanups left %d reservations of %d", live()-before, 100)
		}
		time.Sleep(time.Millisecond)
	}
}

// The budget counts a flat memory's committed pages, which live outside
// the Go heap: a second grow that would pass the budget fails.
func TestBudgetCountsCommittedPages(t *testing.T) {
	collect()
	s := NewStore()
	s.MaxMemory = hostBytes() + 150<<20
	m := newFlatMemory(t, 0, 0)
	th := s.NewThread()
	if !th.growFits(m, 1600) { // 100 MiB
		t.Fatal("the first 100 MiB do not fit")
	}
	m.Grow(1600)
	if th.growFits(m, 1600) {
		t.Error("a second 100 MiB fit a budget of 150 MiB")
	}
	runtime.KeepAlive(m)
}

// Committing pages past the goal collects first, so a program that keeps
// dropping memories does not pile up their pages while the Go heap, by
// which the collector paces itself, stays small.
func TestCommittingPastTheGoalReleasesDroppedMemories(t *testing.T) {
	collect()
	goal, most := mappedGoal.Load(), int64(0)
	for range 200 {
		m := newFlatMemory(t, 0, 0)
		m.Grow(64) // 4 MiB
		most = max(most, mappedBytes.Load())
	}
	if most > goal {
		t.Errorf("dropped memories piled up to %d MiB of committed pages, past the goal of %d MiB", most>>20, goal>>20)
	}
}
