package validate

import (
	"math"

	"wasmstep/vm/wasm"
)

// heapBot is the heap type of a reference popped from the polymorphic stack
// of unreachable code: a subtype of every heap type. No module uses it.
const heapBot wasm.HeapType = math.MinInt32

// unknown is a value of unknown type in unreachable code: it matches every
// value type.
var unknown = wasm.ValType{}

// IsSubtypeID reports whether the type with id sub is a subtype of the
// type with id super (declared through a chain of supertypes).
func IsSubtypeID(sub, super TypeID) bool {
	if sub == super {
		return true
	}
	a, b := Canonical(sub), Canonical(super)
	if a == nil || b == nil {
		return false
	}
	d := len(b.chain) - 1
	return d < len(a.chain) && a.chain[d] == super
}

// MatchValType reports whether sub is a subtype of super; concrete heap
// types in both are TypeIDs.
func MatchValType(sub, super wasm.ValType) bool {
	if sub.Kind == wasm.KindInvalid {
		return true
	}
	if sub.Kind != super.Kind {
		return false
	}
	if sub.Kind != wasm.KindRef {
		return true
	}
	if sub.Nullable && !super.Nullable {
		return false
	}
	return matchHeap(sub.Heap, super.Heap)
}

// matchHeap is subtyping between canonical heap types.
func matchHeap(sub, super wasm.HeapType) bool {
	if sub == super || sub == heapBot {
		return true
	}
	if super == heapBot {
		return false
	}
	switch {
	case sub >= 0 && super >= 0:
		return IsSubtypeID(TypeID(sub), TypeID(super))
	case sub >= 0:
		return matchAbstract(abstractOf(TypeID(sub)), super)
	case super >= 0:
		return sub == bottomOf(abstractOf(TypeID(super)))
	}
	return matchAbstract(sub, super)
}

// abstractOf gives the abstract heap type a concrete type directly refines:
// func, struct or array.
func abstractOf(id TypeID) wasm.HeapType {
	ct := Canonical(id)
	if ct == nil {
		return heapBot
	}
	switch ct.Comp.Kind {
	case wasm.CompStruct:
		return wasm.HeapStruct
	case wasm.CompArray:
		return wasm.HeapArray
	}
	return wasm.HeapFunc
}

// matchAbstract is subtyping between abstract heap types.
func matchAbstract(sub, super wasm.HeapType) bool {
	if sub == super {
		return true
	}
	switch sub {
	case wasm.HeapI31, wasm.HeapStruct, wasm.HeapArray:
		return super == wasm.HeapEq || super == wasm.HeapAny
	case wasm.HeapEq:
		return super == wasm.HeapAny
	case wasm.HeapNone, wasm.HeapNoFunc, wasm.HeapNoExtern, wasm.HeapNoExn:
		return topOf(super) == topOf(sub)
	}
	return false
}

// topOf returns the top of an abstract heap type's hierarchy.
func topOf(h wasm.HeapType) wasm.HeapType {
	switch h {
	case wasm.HeapFunc, wasm.HeapNoFunc:
		return wasm.HeapFunc
	case wasm.HeapExtern, wasm.HeapNoExtern:
		return wasm.HeapExtern
	case wasm.HeapExn, wasm.HeapNoExn:
		return wasm.HeapExn
	case heapBot:
		return heapBot
	}
	return wasm.HeapAny
}

// bottomOf returns the bottom of an abstract heap type's hierarchy.
func bottomOf(h wasm.HeapType) wasm.HeapType {
	switch topOf(h) {
	case wasm.HeapFunc:
		return wasm.HeapNoFunc
	case wasm.HeapExtern:
		return wasm.HeapNoExtern
	case wasm.HeapExn:
		return wasm.HeapNoExn
	case heapBot:
		return heapBot
	}
	return wasm.HeapNone
}

// canonTop returns the top of a canonical heap type's hierarchy.
func canonTop(h wasm.HeapType) wasm.HeapType {
	if h >= 0 {
		h = abstractOf(TypeID(h))
	}
	return topOf(h)
}

// matchComp is the subtyping rule between composite types declared with a
// supertype: functions are contravariant in parameters and covariant in
// results; structs may add fields; mutable fields are invariant.
func matchComp(sub, super *wasm.CompType) bool {
	if sub.Kind != super.Kind {
		return false
	}
	switch sub.Kind {
	case wasm.CompFunc:
		return matchVals(super.Func.Params, sub.Func.Params) && matchVals(sub.Func.Results, super.Func.Results)
	case wasm.CompStruct:
		if len(sub.Fields) < len(super.Fields) {
			return false
		}
		for i := range super.Fields {
			if !matchField(sub.Fields[i], super.Fields[i]) {
				return false
			}
		}
		return true
	}
	return matchField(sub.Elem, super.Elem)
}

func matchVals(sub, super []wasm.ValType) bool {
	if len(sub) != len(super) {
		return false
	}
	for i := range sub {
		if !MatchValType(sub[i], super[i]) {
			return false
		}
	}
	return true
}

func matchField(sub, super wasm.FieldType) bool {
	if sub.Mutable != super.Mutable || !matchStorage(sub.Storage, super.Storage) {
		return false
	}
	return !sub.Mutable || matchStorage(super.Storage, sub.Storage)
}

func matchStorage(sub, super wasm.StorageType) bool {
	if sub.Packed != super.Packed {
		return false
	}
	return sub.Packed != wasm.PackedNone || MatchValType(sub.Type, super.Type)
}
