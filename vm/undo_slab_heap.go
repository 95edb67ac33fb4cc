package vm

// heapUndoSlab is a slab from the Go heap, where mapping one is not
// possible or not worth it.
func heapUndoSlab() undoSlab {
	return undoSlab{pages: make([]undoPage, undoSlabSize/undoSize)}
}
