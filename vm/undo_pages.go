package vm

import "sync"

// The pages of undo logs come from slabs of 2 MiB, kept on a free list as
// logs are released and handed out again as new ones save pages. A
// recording run fills its history up to the budget and keeps releasing
// and saving pages at that level; taken one by one from the Go heap, each
// new page costs a page fault (4 KiB at a time, some 10 µs in a virtual
// machine), which was a third of the recording cost of a program writing
// all over its memory (memops). A slab is one huge page where the system
// gives them (undo_slab_linux.go), so it faults once. When no page is in
// use any more (every history released), the slabs go back to the system.
const undoSlabSize = 2 << 20

type undoPagePool struct {
	sync.Mutex // sessions record on their own goroutines
	free       []*undoPage
	slabs      []undoSlab
	inUse      int
}

// undoPages is the pool every store's logs share.
var undoPages undoPagePool

func newUndoPage() *undoPage   { return undoPages.get() }
func freeUndoPage(b *undoPage) { undoPages.put(b) }

// get returns a page for a log to save bytes in (its contents are stale,
// to be overwritten).
func (p *undoPagePool) get() *undoPage {
	p.Lock()
	defer p.Unlock()
	if len(p.free) == 0 {
		s := mapUndoSlab()
		p.slabs = append(p.slabs, s)
		for i := len(s.pages) - 1; i >= 0; i-- {
			p.free = append(p.free, &s.pages[i])
		}
	}
	n := len(p.free) - 1
	b := p.free[n]
	p.free[n] = nil
	p.free = p.free[:n]
	p.inUse++
	return b
}

// put takes back a page no log holds any more.
func (p *undoPagePool) put(b *undoPage) {
	p.Lock()
	defer p.Unlock()
	p.free = append(p.free, b)
	if p.inUse--; p.inUse == 0 {
		for _, s := range p.slabs {
			s.unmap()
		}
		clear(p.free)
		p.free, p.slabs = p.free[:0], nil
	}
}
