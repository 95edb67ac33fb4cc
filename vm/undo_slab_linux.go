//go:build linux

package vm

import (
	"syscall"
	"unsafe"
)

// undoSlab is pages mapped outside the Go heap: the collector neither
// scans nor frees them (they hold bytes, no pointers), and the range is
// aligned to a huge page and advised to use one.
type undoSlab struct {
	mapping []byte // what to unmap
	pages   []undoPage
}

const madvHugepage = 14 // MADV_HUGEPAGE; the syscall package lacks the name

func mapUndoSlab() undoSlab {
	b, err := syscall.Mmap(-1, 0, 2*undoSlabSize, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return heapUndoSlab() // no address space to spare: the Go heap will do
	}
	// Over-mapped by a slab, so an aligned slab lies inside.
	off := (undoSlabSize - int(uintptr(unsafe.Pointer(&b[0])))%undoSlabSize) % undoSlabSize
	aligned := b[off : off+undoSlabSize]
	_ = syscall.Madvise(aligned, madvHugepage) // advice: without it the slab faults per 4 KiB page
	return undoSlab{b, unsafe.Slice((*undoPage)(unsafe.Pointer(&aligned[0])), undoSlabSize/undoSize)}
}

func (s undoSlab) unmap() {
	if s.mapping != nil {
		_ = syscall.Munmap(s.mapping)
	}
}
