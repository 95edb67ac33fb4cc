package vm

import (
	"encoding/binary"
	"fmt"

	"wasmstep/vm/validate"
)

// arrayLayout is an array type as its operations need it.
type arrayLayout struct {
	id   validate.TypeID
	elem storage
	size uint64 // bytes per element in a data segment
	seg  segmentRef
}

// elemBytes is what one element takes in the machine: a uint64, or a Ref
// (an interface, two words).
func (al *arrayLayout) elemBytes() uint64 {
	if al.elem == storeRef || al.elem == storeWide {
		return 16
	}
	return 8
}

// width is the operand slots an element takes: two for a v128.
func (al *arrayLayout) width() int32 {
	if al.elem == storeWide {
		return 2
	}
	return 1
}

// fits reports whether an array of n elements stays within maxBytes.
func (al *arrayLayout) fits(n, maxBytes uint64) bool { return n <= maxBytes/al.elemBytes() }

// alloc makes an array of n zero or null elements; fits must hold.
func (al *arrayLayout) alloc(n uint64) *Array {
	a := &Array{TypeID: al.id}
	if al.elem == storeRef {
		a.Refs = make([]Ref, n)
	} else {
		a.Elems = make([]uint64, n)
	}
	if al.elem == storeWide {
		a.Hi = make([]uint64, n)
	}
	return a
}

// newArray allocates an array of n elements for an instruction: past
// Store.MaxArrayBytes it traps as the machine running out of memory would,
// and it spends the step budget on the elements it initialises.
func (t *Thread) newArray(al *arrayLayout, n uint64) (*Array, bool) {
	if !al.fits(n, t.store.arrayByteLimit()) {
		return nil, t.trap(TrapAllocationTooLarge)
	}
	if !t.chargeBulk(n, bulkElemShift) || !t.gcAllocFits(n*al.elemBytes(), fmt.Sprintf("an array of %d elements", n)) {
		return nil, false
	}
	a := al.alloc(n)
	if t.OnAlloc != nil {
		t.OnAlloc(a)
	}
	return a, true
}

// opArrayNew: r[a] = an array of s[c] elements, each slot b.
func opArrayNew(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	al := o.arrayLayout()
	arr, ok := t.newArray(al, t.s[o.c])
	if !ok {
		return nil
	}
	if al.elem == storeRef {
		if r := t.r[o.b]; r != nil {
			for i := range arr.Refs {
				arr.Refs[i] = r
			}
		}
	} else if al.elem == storeWide {
		fillV128(arr, 0, uint64(len(arr.Elems)), t.s[o.b], t.s[o.b+1])
	} else if v := al.elem.pack(t.s[o.b]); v != 0 {
		for i := range arr.Elems {
			arr.Elems[i] = v
		}
	}
	t.r[o.a] = arr
	return next(o)
}

// opArrayNewDefault: r[a] = an array of s[b] zero or null elements.
func opArrayNewDefault(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	arr, ok := t.newArray(o.arrayLayout(), t.s[o.b])
	if !ok {
		return nil
	}
	t.r[o.a] = arr
	return next(o)
}

// opArrayNewFixed: r[a] = an array of the imm values in slots b...
func opArrayNewFixed(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	al := o.arrayLayout()
	arr, ok := t.newArray(al, o.imm)
	if !ok {
		return nil
	}
	for i := range int(o.imm) {
		slot := int(o.b) + i*int(al.width())
		switch al.elem {
		case storeRef:
			arr.Refs[i] = t.r[slot]
		case storeWide:
			arr.Elems[i], arr.Hi[i] = t.s[slot], t.s[slot+1]
		default:
			arr.Elems[i] = al.elem.pack(t.s[slot])
		}
	}
	t.r[o.a] = arr
	return next(o)
}

// dataFits reports whether n elements from byte off lie in the data segment.
func (al *arrayLayout) dataFits(off, n uint64) bool {
	l := uint64(len(al.seg.inst.datas[al.seg.idx]))
	return n <= l && off <= l && n*al.size <= l-off
}

// readData fills dst (and hi, for v128 elements) with elements of the
// data segment from byte off; dataFits must hold.
func (al *arrayLayout) readData(dst, hi []uint64, off uint64) {
	data := al.seg.inst.datas[al.seg.idx]
	var buf [8]byte
	for i := range dst {
		p := off + uint64(i)*al.size
		copy(buf[:], data[p:p+min(al.size, 8)])
		dst[i] = al.elem.pack(binary.LittleEndian.Uint64(buf[:]))
		clear(buf[:])
		if al.elem == storeWide {
			hi[i] = binary.LittleEndian.Uint64(data[p+8 : p+16])
		}
	}
}

// elemRefs returns n references of an element segment from offset off.
func (al *arrayLayout) elemRefs(off, n uint64) ([]Ref, bool) {
	elems := al.seg.inst.elems[al.seg.idx]
	if off > uint64(len(elems)) || n > uint64(len(elems))-off {
		return nil, false
	}
	return elems[off : off+n], true
}

// opArrayNewData: r[a] = an array of s[b+1] elements from data at byte s[b].
func opArrayNewData(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	al := o.arrayLayout()
	off, n := t.s[o.b], t.s[o.b+1]
	if !al.dataFits(off, n) {
		return t.cont(t.trap(TrapOutOfBoundsMemory))
	}
	arr, ok := t.newArray(al, n)
	if !ok {
		return nil
	}
	al.readData(arr.Elems, arr.Hi, off)
	t.r[o.a] = arr
	return next(o)
}

// opArrayNewElem: r[a] = an array of s[b+1] references of a segment from s[b].
func opArrayNewElem(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	al := o.arrayLayout()
	refs, ok := al.elemRefs(t.s[o.b], t.s[o.b+1])
	if !ok {
		return t.cont(t.trap(TrapOutOfBoundsTable))
	}
	arr, ok := t.newArray(al, uint64(len(refs)))
	if !ok {
		return nil
	}
	copy(arr.Refs, refs)
	t.r[o.a] = arr
	return next(o)
}
