package vm

import "wasmstep/vm/validate"

// Struct is a GC struct object. Field i's bits are in Fields[i] (packed
// fields hold their truncated value), or its reference in Refs[i].
type Struct struct {
	TypeID validate.TypeID
	Fields []uint64
	Refs   []Ref    // nil when the struct has no reference fields
	Hi     []uint64 // the high halves of v128 fields; nil when it has none
}

// Array is a GC array object: numeric elements in Elems, or reference
// elements in Refs (exactly one is used, by the element type).
type Array struct {
	TypeID validate.TypeID
	Elems  []uint64
	Refs   []Ref
	Hi     []uint64 // the high halves of v128 elements; nil for other types
}

// Len returns the number of elements.
func (a *Array) Len() int {
	if a.Refs != nil {
		return len(a.Refs)
	}
	return len(a.Elems)
}

// I31 is an i31ref: the low 31 bits of an i32, unboxed. It is a plain
// value type stored in the reference slot, so no object is allocated for it
// (Go boxes it in an interface like any small scalar).
type I31 uint32

// Signed returns the value sign-extended from 31 bits.
func (i I31) Signed() int32 { return int32(uint32(i)<<1) >> 1 }

// externalized is an internal reference (struct, array, i31, ...) turned
// into an externref by extern.convert_any; any.convert_extern unwraps it,
// so identity survives the round trip.
type externalized struct{ ref Ref }

// internalized is a host externref turned into an anyref by
// any.convert_extern; extern.convert_any unwraps it.
type internalized struct{ host any }

// externConvertAny implements extern.convert_any.
func externConvertAny(r Ref) Ref {
	switch x := r.(type) {
	case nil:
		return nil
	case internalized:
		return x.host
	}
	return externalized{r}
}

// anyConvertExtern implements any.convert_extern.
func anyConvertExtern(r Ref) Ref {
	switch x := r.(type) {
	case nil:
		return nil
	case externalized:
		return x.ref
	}
	return internalized{r}
}
