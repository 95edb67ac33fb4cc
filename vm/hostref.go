package vm

import "wasmstep/vm/wasm"

// HostAnyRef returns an anyref holding the host value v: what
// any.convert_extern makes of ExternRef(v). The suite writes it (ref.host N).
func HostAnyRef(v any) Value {
	if v == nil {
		return RefNull(wasm.HeapAny)
	}
	return Value{Type: wasm.RefType(false, wasm.HeapAny), Ref: internalized{v}}
}

// HostValue returns the host value behind an externref or behind an anyref
// made from one, and false for references the program made itself.
func HostValue(r Ref) (any, bool) {
	switch x := r.(type) {
	case nil, *Function, *Struct, *Array, *Exception, I31, externalized:
		return nil, false
	case internalized:
		return x.host, true
	default:
		return x, true
	}
}
