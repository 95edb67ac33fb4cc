package vm

import (
	"encoding/binary"

	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// maxArrayLen bounds an array allocation; longer requests trap as the
// machine running out of memory would.
const maxArrayLen = 1 << 28

// storage is how a field or element is held.
type storage uint8

const (
	storeNum storage = iota // a number in a uint64
	storeRef                // a reference
	storeI8                 // packed: the low 8 bits
	storeI16                // packed: the low 16 bits
)

func storageOf(st wasm.StorageType) storage {
	switch {
	case st.Packed == wasm.PackedI8:
		return storeI8
	case st.Packed == wasm.PackedI16:
		return storeI16
	case st.Type.IsRef():
		return storeRef
	}
	return storeNum
}

// pack truncates a value for its storage.
func (k storage) pack(v uint64) uint64 {
	switch k {
	case storeI8:
		return v & 0xFF
	case storeI16:
		return v & 0xFFFF
	}
	return v
}

// signExtend widens a packed value as get_s reads it.
func (k storage) signExtend(v uint64) uint64 {
	switch k {
	case storeI8:
		return uint64(uint32(int32(int8(v))))
	case storeI16:
		return uint64(uint32(int32(int16(v))))
	}
	return v
}

// byteSize is an element's size in a data segment.
func byteSize(st wasm.StorageType) uint64 {
	switch st.Packed {
	case wasm.PackedI8:
		return 1
	case wasm.PackedI16:
		return 2
	}
	switch st.Type.Kind {
	case wasm.KindI32, wasm.KindF32:
		return 4
	case wasm.KindV128:
		return 16
	}
	return 8
}

// structLayout is a struct type as its operations need it.
type structLayout struct {
	id      validate.TypeID
	fields  []storage
	hasRefs bool
}

// arrayLayout is an array type as its operations need it.
type arrayLayout struct {
	id   validate.TypeID
	elem storage
	size uint64 // bytes per element in a data segment
	seg  segmentRef
}

func (sl *structLayout) alloc() *Struct {
	s := &Struct{TypeID: sl.id, Fields: make([]uint64, len(sl.fields))}
	if sl.hasRefs {
		s.Refs = make([]Ref, len(sl.fields))
	}
	return s
}

// opStructNew: r[a] = a new struct with fields from slots b...
func opStructNew(t *Thread, o *op) bool {
	sl := o.aux.(*structLayout)
	obj := sl.alloc()
	for i, k := range sl.fields {
		slot := int(o.b) + i
		if k == storeRef {
			obj.Refs[i] = t.r[slot]
		} else {
			obj.Fields[i] = k.pack(t.s[slot])
		}
	}
	t.r[o.a] = obj
	t.pc++
	return true
}

func opStructNewDefault(t *Thread, o *op) bool {
	t.r[o.a] = o.aux.(*structLayout).alloc()
	t.pc++
	return true
}

// opStructGet: s[a] = field c of struct r[b]; imm = 1 sign-extends a packed field.
func opStructGet(t *Thread, o *op) bool {
	obj, _ := t.r[o.b].(*Struct)
	if obj == nil {
		return t.trap(TrapNullStructureReference)
	}
	v := obj.Fields[o.c]
	if o.imm != 0 {
		v = storage(o.imm).signExtend(v)
	}
	t.s[o.a] = v
	t.pc++
	return true
}

func opStructGetRef(t *Thread, o *op) bool {
	obj, _ := t.r[o.b].(*Struct)
	if obj == nil {
		return t.trap(TrapNullStructureReference)
	}
	t.r[o.a] = obj.Refs[o.c]
	t.pc++
	return true
}

// opStructSet: field imm of struct r[b] = slot c.
func opStructSet(t *Thread, o *op) bool {
	obj, _ := t.r[o.b].(*Struct)
	if obj == nil {
		return t.trap(TrapNullStructureReference)
	}
	k := o.aux.(*structLayout).fields[o.imm]
	if k == storeRef {
		obj.Refs[o.imm] = t.r[o.c]
	} else {
		obj.Fields[o.imm] = k.pack(t.s[o.c])
	}
	t.pc++
	return true
}

func (al *arrayLayout) alloc(n uint64) (*Array, bool) {
	if n > maxArrayLen {
		return nil, false
	}
	a := &Array{TypeID: al.id}
	if al.elem == storeRef {
		a.Refs = make([]Ref, n)
	} else {
		a.Elems = make([]uint64, n)
	}
	return a, true
}

// opArrayNew: r[a] = an array of s[c] elements, each slot b.
func opArrayNew(t *Thread, o *op) bool {
	al := o.aux.(*arrayLayout)
	arr, ok := al.alloc(t.s[o.c])
	if !ok {
		return t.trap(TrapOutOfBoundsArray)
	}
	if al.elem == storeRef {
		if r := t.r[o.b]; r != nil {
			for i := range arr.Refs {
				arr.Refs[i] = r
			}
		}
	} else if v := al.elem.pack(t.s[o.b]); v != 0 {
		for i := range arr.Elems {
			arr.Elems[i] = v
		}
	}
	t.r[o.a] = arr
	t.pc++
	return true
}

// opArrayNewDefault: r[a] = an array of s[b] zero or null elements.
func opArrayNewDefault(t *Thread, o *op) bool {
	arr, ok := o.aux.(*arrayLayout).alloc(t.s[o.b])
	if !ok {
		return t.trap(TrapOutOfBoundsArray)
	}
	t.r[o.a] = arr
	t.pc++
	return true
}

// opArrayNewFixed: r[a] = an array of the imm values in slots b...
func opArrayNewFixed(t *Thread, o *op) bool {
	al := o.aux.(*arrayLayout)
	arr, _ := al.alloc(o.imm)
	for i := range int(o.imm) {
		slot := int(o.b) + i
		if al.elem == storeRef {
			arr.Refs[i] = t.r[slot]
		} else {
			arr.Elems[i] = al.elem.pack(t.s[slot])
		}
	}
	t.r[o.a] = arr
	t.pc++
	return true
}

// dataElems reads n elements of a data segment from byte offset off.
func (al *arrayLayout) dataElems(off, n uint64) ([]uint64, bool) {
	data := al.seg.inst.datas[al.seg.idx]
	if n > uint64(len(data)) || off > uint64(len(data)) || n*al.size > uint64(len(data))-off {
		return nil, false
	}
	vals := make([]uint64, n)
	var buf [8]byte
	for i := range vals {
		p := off + uint64(i)*al.size
		copy(buf[:], data[p:p+min(al.size, 8)])
		vals[i] = al.elem.pack(binary.LittleEndian.Uint64(buf[:]))
		clear(buf[:])
	}
	return vals, true
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
func opArrayNewData(t *Thread, o *op) bool {
	al := o.aux.(*arrayLayout)
	vals, ok := al.dataElems(t.s[o.b], t.s[o.b+1])
	if !ok {
		return t.trap(TrapOutOfBoundsMemory)
	}
	t.r[o.a] = &Array{TypeID: al.id, Elems: vals}
	t.pc++
	return true
}

// opArrayNewElem: r[a] = an array of s[b+1] references of a segment from s[b].
func opArrayNewElem(t *Thread, o *op) bool {
	al := o.aux.(*arrayLayout)
	refs, ok := al.elemRefs(t.s[o.b], t.s[o.b+1])
	if !ok {
		return t.trap(TrapOutOfBoundsTable)
	}
	t.r[o.a] = &Array{TypeID: al.id, Refs: append([]Ref{}, refs...)}
	t.pc++
	return true
}

// arrayAt checks array r[b] and index s[c] (or a range of n from it).
func (t *Thread) arrayAt(slot int32, i, n uint64) (*Array, bool) {
	arr, _ := t.r[slot].(*Array)
	if arr == nil {
		return nil, t.trap(TrapNullArrayReference)
	}
	l := uint64(arr.Len())
	if i > l || n > l-i {
		return nil, t.trap(TrapOutOfBoundsArray)
	}
	return arr, true
}

// opArrayGet: s[a] = element s[c] of array r[b]; imm = 1 sign-extends.
func opArrayGet(t *Thread, o *op) bool {
	arr, ok := t.arrayAt(o.b, t.s[o.c], 1)
	if !ok {
		return false
	}
	v := arr.Elems[t.s[o.c]]
	if o.imm != 0 {
		v = storage(o.imm).signExtend(v)
	}
	t.s[o.a] = v
	t.pc++
	return true
}

func opArrayGetRef(t *Thread, o *op) bool {
	arr, ok := t.arrayAt(o.b, t.s[o.c], 1)
	if !ok {
		return false
	}
	t.r[o.a] = arr.Refs[t.s[o.c]]
	t.pc++
	return true
}

// opArraySet: array r[b] [s[b+1]] = slot b+2.
func opArraySet(t *Thread, o *op) bool {
	i := t.s[o.b+1]
	arr, ok := t.arrayAt(o.b, i, 1)
	if !ok {
		return false
	}
	if arr.Refs != nil {
		arr.Refs[i] = t.r[o.b+2]
	} else {
		arr.Elems[i] = o.aux.(*arrayLayout).elem.pack(t.s[o.b+2])
	}
	t.pc++
	return true
}

func opArrayLen(t *Thread, o *op) bool {
	arr, _ := t.r[o.b].(*Array)
	if arr == nil {
		return t.trap(TrapNullArrayReference)
	}
	t.s[o.a] = uint64(arr.Len())
	t.pc++
	return true
}

// opArrayFill: array r[b] from s[b+1], s[b+3] elements = slot b+2.
func opArrayFill(t *Thread, o *op) bool {
	d, n := t.s[o.b+1], t.s[o.b+3]
	arr, ok := t.arrayAt(o.b, d, n)
	if !ok {
		return false
	}
	if arr.Refs != nil {
		r := t.r[o.b+2]
		for i := d; i < d+n; i++ {
			arr.Refs[i] = r
		}
	} else {
		v := o.aux.(*arrayLayout).elem.pack(t.s[o.b+2])
		for i := d; i < d+n; i++ {
			arr.Elems[i] = v
		}
	}
	t.pc++
	return true
}

// opArrayCopy: array r[b] at s[b+1] = s[b+4] elements of array r[b+2] at s[b+3].
func opArrayCopy(t *Thread, o *op) bool {
	d, s, n := t.s[o.b+1], t.s[o.b+3], t.s[o.b+4]
	if t.r[o.b] == nil || t.r[o.b+2] == nil {
		return t.trap(TrapNullArrayReference)
	}
	dst, ok := t.arrayAt(o.b, d, n)
	if !ok {
		return false
	}
	src, ok := t.arrayAt(o.b+2, s, n)
	if !ok {
		return false
	}
	if dst.Refs != nil {
		copy(dst.Refs[d:d+n], src.Refs[s:s+n])
	} else {
		copy(dst.Elems[d:d+n], src.Elems[s:s+n])
	}
	t.pc++
	return true
}

// opArrayInitData: array r[b] at s[b+1] = s[b+3] elements of data from byte s[b+2].
func opArrayInitData(t *Thread, o *op) bool {
	d, s, n := t.s[o.b+1], t.s[o.b+2], t.s[o.b+3]
	arr, ok := t.arrayAt(o.b, d, n)
	if !ok {
		return false
	}
	vals, ok := o.aux.(*arrayLayout).dataElems(s, n)
	if !ok {
		return t.trap(TrapOutOfBoundsMemory)
	}
	copy(arr.Elems[d:d+n], vals)
	t.pc++
	return true
}

// opArrayInitElem: array r[b] at s[b+1] = s[b+3] references of a segment from s[b+2].
func opArrayInitElem(t *Thread, o *op) bool {
	d, s, n := t.s[o.b+1], t.s[o.b+2], t.s[o.b+3]
	arr, ok := t.arrayAt(o.b, d, n)
	if !ok {
		return false
	}
	refs, ok := o.aux.(*arrayLayout).elemRefs(s, n)
	if !ok {
		return t.trap(TrapOutOfBoundsTable)
	}
	copy(arr.Refs[d:d+n], refs)
	t.pc++
	return true
}
