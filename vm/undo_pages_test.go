package vm

import (
	"sync"
	"testing"
)

// Pages are handed out once each, reused once freed, and every slab goes
// back to the system when none is in use.
func TestUndoPagesReuseAndRelease(t *testing.T) {
	var pool undoPagePool
	perSlab := undoSlabSize / undoSize
	var got []*undoPage
	seen := map[*undoPage]bool{}
	for i := range perSlab + 3 { // into a second slab
		b := pool.get()
		if seen[b] {
			t.Fatalf("page %d handed out twice", i)
		}
		seen[b] = true
		b[0], b[undoSize-1] = byte(i), byte(i>>8) // the pages are writable to their ends
		got = append(got, b)
	}
	if n := len(pool.slabs); n != 2 {
		t.Fatalf("%d slabs for %d pages", n, len(got))
	}
	pool.put(got[5])
	if b := pool.get(); b != got[5] {
		t.Error("a freed page is not reused first")
	}
	for _, b := range got {
		pool.put(b)
	}
	if len(pool.slabs) != 0 || len(pool.free) != 0 || pool.inUse != 0 {
		t.Errorf("after freeing all: %d slabs, %d free, %d in use", len(pool.slabs), len(pool.free), pool.inUse)
	}
}

// Sessions record on their own goroutines.
func TestUndoPagesConcurrent(t *testing.T) {
	var pool undoPagePool
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			var mine []*undoPage
			for i := range 300 {
				b := pool.get()
				b[7] = byte(g)
				mine = append(mine, b)
				if i%3 == 0 {
					pool.put(mine[0])
					mine = mine[1:]
				}
			}
			for _, b := range mine {
				if b[7] != byte(g) {
					t.Error("a page was handed to two goroutines")
				}
				pool.put(b)
			}
		})
	}
	wg.Wait()
}
