package vm

import "unsafe"

// inBounds is the byte at b[ea], where the caller has checked that the
// bytes it accesses from there lie in b (effAddr: ea+size <= len(b), no
// wrap-around). The generated loads and stores read and write through it,
// as an array of their size, so that check is the only one: indexing b
// again would test the bounds twice more.
func inBounds(b []byte, ea uint64) *byte {
	return (*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(b)), ea))
}
