//go:build !refcheck

package vm

import "unsafe"

// refTo is the ref of an op that carries p.
func refTo[T carried](p *T) unsafe.Pointer {
	return unsafe.Pointer(p)
}

// refAs reads a ref as the kind T it was set with.
func refAs[T carried](ref unsafe.Pointer) *T {
	return (*T)(ref)
}
