//go:build !linux

package vm

// undoSlab is pages from the Go heap (mapping huge pages is Linux's).
type undoSlab struct {
	mapping []byte // always nil: the collector frees the pages
	pages   []undoPage
}

func mapUndoSlab() undoSlab { return heapUndoSlab() }

func (s undoSlab) unmap() {}
