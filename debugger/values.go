package debugger

import (
	"fmt"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// value converts a machine value; t is its static type as the module
// writes it (type indices for naming), or the value's own type.
func (s *Session) value(v vm.Value, t wasm.ValType) Value {
	if t.Kind == wasm.KindInvalid {
		t = v.Type
	}
	out := Value{Type: t, Lo: v.Bits, Hi: v.Hi, Object: -1}
	if t.Kind != wasm.KindRef {
		return out
	}
	out.Null = v.Ref == nil
	out.Ref, out.Object = s.describeRef(v.Ref, t)
	return out
}

// describeRef names a reference and gives the heap object id it points to.
func (s *Session) describeRef(r vm.Ref, t wasm.ValType) (string, int) {
	switch x := r.(type) {
	case nil:
		if !t.Heap.IsAbstract() {
			return "ref.null", -1 // a type index means nothing without its module
		}
		return vm.Value{Type: t}.String(), -1
	case *vm.Struct, *vm.Array:
		id := s.heap.id(x)
		return fmt.Sprintf("%s #%d", s.typeName(objectTypeID(x)), id), id
	case *vm.Function:
		return "func " + s.funcName(x), -1
	case vm.I31:
		return fmt.Sprintf("i31 %d", x.Signed()), -1
	case *vm.Exception:
		return "exn " + x.Error(), -1
	}
	return vm.Value{Type: wasm.ExternRef, Ref: r}.String(), -1
}

// String renders a value as the command line prints it: i32:3, f64:1.5,
// or the reference's description.
func (v Value) String() string {
	if v.Type.Kind == wasm.KindRef {
		return v.Ref
	}
	return vm.Value{Type: v.Type, Bits: v.Lo, Hi: v.Hi}.String()
}
