package vm

import (
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// storage is how a field or element is held.
type storage uint8

const (
	storeNum  storage = iota // a number in a uint64
	storeRef                 // a reference
	storeI8                  // packed: the low 8 bits
	storeI16                 // packed: the low 16 bits
	storeWide                // a v128: the low half, with the high half in Hi
)

func storageOf(st wasm.StorageType) storage {
	switch {
	case st.Packed == wasm.PackedI8:
		return storeI8
	case st.Packed == wasm.PackedI16:
		return storeI16
	case st.Type.IsRef():
		return storeRef
	case st.Type.Kind == wasm.KindV128:
		return storeWide
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
	hasV128 bool
	slots   int32 // operand slots of struct.new: two per v128 field
}

func (sl *structLayout) alloc() *Struct {
	s := &Struct{TypeID: sl.id, Fields: make([]uint64, len(sl.fields))}
	if sl.hasRefs {
		s.Refs = make([]Ref, len(sl.fields))
	}
	if sl.hasV128 {
		s.Hi = make([]uint64, len(sl.fields))
	}
	return s
}

// bytes is roughly what a struct of the layout takes in the Go heap.
func (sl *structLayout) bytes() uint64 {
	n := uint64(len(sl.fields)) * 8
	if sl.hasV128 {
		n *= 2
	}
	if sl.hasRefs {
		n += uint64(len(sl.fields)) * refBytes
	}
	return n
}

// opStructNew: r[a] = a new struct with fields from slots b...
func opStructNew(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	sl := o.structLayout()
	if !t.gcAllocFits(sl.bytes(), "a struct") {
		return nil
	}
	obj := sl.alloc()
	if t.OnAlloc != nil {
		t.OnAlloc(obj)
	}
	slot := int(o.b)
	for i, k := range sl.fields {
		switch k {
		case storeRef:
			obj.Refs[i] = t.r[slot]
		case storeWide:
			obj.Fields[i], obj.Hi[i] = t.s[slot], t.s[slot+1]
			slot++
		default:
			obj.Fields[i] = k.pack(t.s[slot])
		}
		slot++
	}
	t.r[o.a] = obj
	return next(o)
}

func opStructNewDefault(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	sl := o.structLayout()
	if !t.gcAllocFits(sl.bytes(), "a struct") {
		return nil
	}
	obj := sl.alloc()
	if t.OnAlloc != nil {
		t.OnAlloc(obj)
	}
	t.r[o.a] = obj
	return next(o)
}

// opStructGet: s[a] = field c of struct r[b]; imm = 1 sign-extends a packed field.
func opStructGet(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	obj, _ := t.r[o.b].(*Struct)
	if obj == nil {
		return t.cont(t.trap(TrapNullStructureReference))
	}
	v := obj.Fields[o.c]
	if o.imm != 0 {
		v = storage(o.imm).signExtend(v)
	}
	t.s[o.a] = v
	return next(o)
}

func opStructGetRef(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	obj, _ := t.r[o.b].(*Struct)
	if obj == nil {
		return t.cont(t.trap(TrapNullStructureReference))
	}
	t.r[o.a] = obj.Refs[o.c]
	return next(o)
}

// opStructSet: field imm of struct r[b] = slot c.
func opStructSet(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	obj, _ := t.r[o.b].(*Struct)
	if obj == nil {
		return t.cont(t.trap(TrapNullStructureReference))
	}
	k := o.structLayout().fields[o.imm]
	t.saveStructField(obj, int(o.imm), k == storeRef)
	if k == storeRef {
		obj.Refs[o.imm] = t.r[o.c]
	} else {
		obj.Fields[o.imm] = k.pack(t.s[o.c])
	}
	return next(o)
}
