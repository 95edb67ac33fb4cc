package wasm

import (
	"fmt"
	"strings"
)

// ValKind is the kind of a value type.
type ValKind uint8

// Value kinds.
const (
	KindInvalid ValKind = iota
	KindI32
	KindI64
	KindF32
	KindF64
	KindV128
	KindRef
)

// HeapType is a heap type: a non-negative value is a type index (into the
// module's types, or a canonical type id once linked: see Canonical); the
// abstract heap types are negative.
type HeapType int32

// Abstract heap types. Their values are the negated binary encodings, so a
// decoder maps a byte b to HeapType(-int32(b)).
const (
	HeapFunc     HeapType = -0x70
	HeapExtern   HeapType = -0x6F
	HeapAny      HeapType = -0x6E
	HeapEq       HeapType = -0x6D
	HeapI31      HeapType = -0x6C
	HeapStruct   HeapType = -0x6B
	HeapArray    HeapType = -0x6A
	HeapExn      HeapType = -0x69
	HeapNoExn    HeapType = -0x74
	HeapNoFunc   HeapType = -0x73
	HeapNoExtern HeapType = -0x72
	HeapNone     HeapType = -0x71
)

// IsAbstract reports whether h is an abstract heap type.
func (h HeapType) IsAbstract() bool { return h < 0 }

var heapNames = map[HeapType]string{
	HeapFunc: "func", HeapExtern: "extern", HeapAny: "any", HeapEq: "eq",
	HeapI31: "i31", HeapStruct: "struct", HeapArray: "array", HeapExn: "exn",
	HeapNoExn: "noexn", HeapNoFunc: "nofunc", HeapNoExtern: "noextern", HeapNone: "none",
}

// HeapTypeByName maps an abstract heap type's text name to it.
func HeapTypeByName(name string) (HeapType, bool) {
	for h, n := range heapNames {
		if n == name {
			return h, true
		}
	}
	return 0, false
}

func (h HeapType) String() string {
	if n, ok := heapNames[h]; ok {
		return n
	}
	return fmt.Sprint(int32(h))
}

// ValType is a value type. For KindRef, Nullable and Heap describe the
// reference; the other kinds leave them zero, so ValTypes compare with ==.
type ValType struct {
	Kind     ValKind
	Nullable bool
	Heap     HeapType
}

// Number and vector types.
var (
	I32  = ValType{Kind: KindI32}
	I64  = ValType{Kind: KindI64}
	F32  = ValType{Kind: KindF32}
	F64  = ValType{Kind: KindF64}
	V128 = ValType{Kind: KindV128}
)

// RefType returns the reference type (ref null? h).
func RefType(nullable bool, h HeapType) ValType {
	return ValType{Kind: KindRef, Nullable: nullable, Heap: h}
}

// Common reference type abbreviations.
var (
	FuncRef   = RefType(true, HeapFunc)
	ExternRef = RefType(true, HeapExtern)
	AnyRef    = RefType(true, HeapAny)
	EqRef     = RefType(true, HeapEq)
	I31Ref    = RefType(true, HeapI31)
	StructRef = RefType(true, HeapStruct)
	ArrayRef  = RefType(true, HeapArray)
	ExnRef    = RefType(true, HeapExn)
	NullRef   = RefType(true, HeapNone)
)

// IsRef reports whether t is a reference type.
func (t ValType) IsRef() bool { return t.Kind == KindRef }

// IsNum reports whether t is i32, i64, f32 or f64.
func (t ValType) IsNum() bool { return t.Kind >= KindI32 && t.Kind <= KindF64 }

// Defaultable reports whether t has a default value (zero or null).
func (t ValType) Defaultable() bool { return t.Kind != KindRef || t.Nullable }

// String renders t in the text format; type indices print as numbers.
func (t ValType) String() string {
	switch t.Kind {
	case KindI32:
		return "i32"
	case KindI64:
		return "i64"
	case KindF32:
		return "f32"
	case KindF64:
		return "f64"
	case KindV128:
		return "v128"
	case KindRef:
		if t.Nullable && t.Heap.IsAbstract() {
			// The bottom types abbreviate as nullref, nullfuncref, ...
			switch t.Heap {
			case HeapNone:
				return "nullref"
			case HeapNoFunc:
				return "nullfuncref"
			case HeapNoExtern:
				return "nullexternref"
			case HeapNoExn:
				return "nullexnref"
			}
			return t.Heap.String() + "ref"
		}
		if t.Nullable {
			return fmt.Sprintf("(ref null %s)", t.Heap)
		}
		return fmt.Sprintf("(ref %s)", t.Heap)
	}
	return "invalid"
}

// Packed is a packed storage type of a struct field or array element.
type Packed uint8

// Packed storage types; PackedNone means the field holds a full ValType.
const (
	PackedNone Packed = iota
	PackedI8
	PackedI16
)

// StorageType is a field's storage: a packed integer or a value type.
type StorageType struct {
	Packed Packed
	Type   ValType // meaningful when Packed == PackedNone
}

// Unpacked returns the value type a field of this storage reads as.
func (s StorageType) Unpacked() ValType {
	if s.Packed != PackedNone {
		return I32
	}
	return s.Type
}

func (s StorageType) String() string {
	switch s.Packed {
	case PackedI8:
		return "i8"
	case PackedI16:
		return "i16"
	}
	return s.Type.String()
}

// FieldType is a struct field or array element type.
type FieldType struct {
	Storage StorageType
	Mutable bool
}

// CompKind is the kind of a composite type.
type CompKind uint8

// Composite type kinds.
const (
	CompFunc CompKind = iota
	CompStruct
	CompArray
)

// FuncType is a function signature.
type FuncType struct {
	Params, Results []ValType
}

func (f FuncType) String() string {
	var b strings.Builder
	b.WriteString("[")
	for i, p := range f.Params {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(p.String())
	}
	b.WriteString("] -> [")
	for i, r := range f.Results {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(r.String())
	}
	b.WriteString("]")
	return b.String()
}

// CompType is a composite type: a function, a struct or an array.
type CompType struct {
	Kind   CompKind
	Func   FuncType    // CompFunc
	Fields []FieldType // CompStruct
	Elem   FieldType   // CompArray
}

// SubType is one entry of the type section: a composite type with its
// declared supertypes. Final is true unless declared with (sub ...) without
// "final"; a plain (type (func)) is final.
type SubType struct {
	Final  bool
	Supers []uint32
	Comp   CompType
	Pos    Pos
}

// RecGroup is a range of the module's types that form one recursion group.
// Every type belongs to exactly one group; a type declared outside (rec ...)
// is a group of one with Explicit false.
type RecGroup struct {
	Start, Count uint32
	Explicit     bool // written as (rec ...) / encoded with 0x4E
}

// Limits bound the size of a memory or table.
type Limits struct {
	Min    uint64
	Max    uint64
	HasMax bool
}

// TableType describes a table.
type TableType struct {
	Addr64 bool // table64: indexed by i64
	Limits Limits
	Elem   ValType // a reference type
}

// AddrType returns i64 for a table64 and i32 otherwise.
func (t TableType) AddrType() ValType {
	if t.Addr64 {
		return I64
	}
	return I32
}

// MemType describes a linear memory.
type MemType struct {
	Addr64 bool // memory64: addressed by i64
	Limits Limits
	Shared bool
}

// AddrType returns i64 for a memory64 and i32 otherwise.
func (m MemType) AddrType() ValType {
	if m.Addr64 {
		return I64
	}
	return I32
}

// PageSize is the size of a memory page in bytes.
const PageSize = 65536

// GlobalType describes a global.
type GlobalType struct {
	Type    ValType
	Mutable bool
}

// TagType describes an exception tag: a function type index whose params are
// the exception's payload (results are empty).
type TagType struct {
	TypeIdx uint32
}

// ExternKind is the kind of an import or export.
type ExternKind uint8

// Extern kinds, numbered as in the binary format.
const (
	ExternFunc ExternKind = iota
	ExternTable
	ExternMem
	ExternGlobal
	ExternTag
)

func (k ExternKind) String() string {
	return [...]string{"func", "table", "memory", "global", "tag"}[k]
}
