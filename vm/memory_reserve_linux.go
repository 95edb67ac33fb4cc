package vm

import "syscall"

// The reservation's system calls on Linux: the address space is mapped
// without access and without reserving swap, and made readable and
// writable as the memory grows, so only committed pages count against the
// system's commit limit.

// mapReserve maps n bytes without access; nil if the system refuses.
func mapReserve(n uint64) []byte {
	b, err := syscall.Mmap(-1, 0, int(n), syscall.PROT_NONE, syscall.MAP_PRIVATE|syscall.MAP_ANON|syscall.MAP_NORESERVE)
	if err != nil {
		return nil
	}
	return b
}

// mapCommit makes b (whole pages of a reservation, zero so far) readable
// and writable; false if the system refuses.
func mapCommit(b []byte) bool {
	return syscall.Mprotect(b, syscall.PROT_READ|syscall.PROT_WRITE) == nil
}

// mapDecommit gives b's pages back (they read as zero when committed
// again) and takes away access.
func mapDecommit(b []byte) {
	if len(b) == 0 {
		return
	}
	// Neither fails on whole pages of a live mapping.
	_ = syscall.Madvise(b, syscall.MADV_DONTNEED)
	_ = syscall.Mprotect(b, syscall.PROT_NONE)
}

// mapRelease unmaps a whole reservation.
func mapRelease(b []byte) { _ = syscall.Munmap(b) }
