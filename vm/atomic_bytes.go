package vm

import (
	"math/bits"
	"sync/atomic"
	"unsafe"
)

// Atomic accesses work on the memory's bytes in place with sync/atomic, so
// threads running on other goroutines see them as the threads proposal
// requires. An 8- or 16-bit access updates the aligned 32-bit word holding
// it with compare-and-swap. The bytes are little-endian whatever the host;
// on a big-endian host each word is byte-swapped around the operation.

var bigEndianHost = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 0
}()

func le32(v uint32) uint32 {
	if bigEndianHost {
		return bits.ReverseBytes32(v)
	}
	return v
}

func le64(v uint64) uint64 {
	if bigEndianHost {
		return bits.ReverseBytes64(v)
	}
	return v
}

// The word pointers: b's backing array comes from make and is at least
// 8-byte aligned, and ea is aligned to the access size.
func word32(b []byte, ea uint64) *uint32 { return (*uint32)(unsafe.Pointer(&b[ea&^3])) }
func word64(b []byte, ea uint64) *uint64 { return (*uint64)(unsafe.Pointer(&b[ea])) }

// sizeMask keeps the low size bytes of a value.
func sizeMask(size uint64) uint64 {
	if size == 8 {
		return ^uint64(0)
	}
	return 1<<(size*8) - 1
}

// rmwKind names the read-modify-write operations.
type rmwKind int32

const (
	rmwAdd rmwKind = iota
	rmwSub
	rmwAnd
	rmwOr
	rmwXor
	rmwXchg
)

func (k rmwKind) apply(old, v uint64) uint64 {
	switch k {
	case rmwAdd:
		return old + v
	case rmwSub:
		return old - v
	case rmwAnd:
		return old & v
	case rmwOr:
		return old | v
	case rmwXor:
		return old ^ v
	}
	return v
}

// atomicLoadBytes reads size bytes at ea.
func atomicLoadBytes(b []byte, ea, size uint64) uint64 {
	switch size {
	case 8:
		return le64(atomic.LoadUint64(word64(b, ea)))
	case 4:
		return uint64(le32(atomic.LoadUint32(word32(b, ea))))
	}
	w := le32(atomic.LoadUint32(word32(b, ea)))
	return uint64(w>>((ea&3)*8)) & sizeMask(size)
}

// atomicStoreBytes writes the low size bytes of v at ea.
func atomicStoreBytes(b []byte, ea, size, v uint64) {
	switch size {
	case 8:
		atomic.StoreUint64(word64(b, ea), le64(v))
	case 4:
		atomic.StoreUint32(word32(b, ea), le32(uint32(v)))
	default:
		atomicRMWBytes(b, ea, size, rmwXchg, v)
	}
}

// atomicRMWBytes applies k with operand v to the size bytes at ea and
// returns their old value.
func atomicRMWBytes(b []byte, ea, size uint64, k rmwKind, v uint64) uint64 {
	if !bigEndianHost && (size == 4 || size == 8) && (k == rmwAdd || k == rmwSub || k == rmwXchg) {
		d := v // what to add
		if k == rmwSub {
			d = -v
		}
		switch {
		case size == 8 && k == rmwXchg:
			return atomic.SwapUint64(word64(b, ea), v)
		case size == 8:
			return atomic.AddUint64(word64(b, ea), d) - d
		case k == rmwXchg:
			return uint64(atomic.SwapUint32(word32(b, ea), uint32(v)))
		default:
			return uint64(atomic.AddUint32(word32(b, ea), uint32(d)) - uint32(d))
		}
	}
	if size == 8 {
		p := word64(b, ea)
		for {
			o := atomic.LoadUint64(p)
			old := le64(o)
			if atomic.CompareAndSwapUint64(p, o, le64(k.apply(old, v))) {
				return old
			}
		}
	}
	return updateWord(b, ea, size, func(old uint64) uint64 { return k.apply(old, v) })
}

// atomicCmpxchgBytes writes repl at ea if the size bytes there equal
// expected, and returns their old value.
func atomicCmpxchgBytes(b []byte, ea, size, expected, repl uint64) uint64 {
	switch size {
	case 8:
		p := word64(b, ea)
		for {
			o := atomic.LoadUint64(p)
			if le64(o) != expected || atomic.CompareAndSwapUint64(p, o, le64(repl)) {
				return le64(o)
			}
		}
	case 4:
		p := word32(b, ea)
		for {
			o := atomic.LoadUint32(p)
			if uint64(le32(o)) != expected || atomic.CompareAndSwapUint32(p, o, le32(uint32(repl))) {
				return uint64(le32(o))
			}
		}
	}
	return updateWord(b, ea, size, func(old uint64) uint64 {
		if old == expected {
			return repl
		}
		return old
	})
}

// updateWord replaces the 1, 2 or 4 bytes at ea by f of their old value
// with compare-and-swap on the 32-bit word holding them, and returns the
// old value.
func updateWord(b []byte, ea, size uint64, f func(old uint64) uint64) uint64 {
	p := word32(b, ea)
	shift := (ea & 3) * 8
	mask := uint32(sizeMask(size)) << shift
	for {
		o := atomic.LoadUint32(p)
		w := le32(o)
		old := uint64((w & mask) >> shift)
		nw := w&^mask | uint32(f(old))<<shift&mask
		if atomic.CompareAndSwapUint32(p, o, le32(nw)) {
			return old
		}
	}
}
