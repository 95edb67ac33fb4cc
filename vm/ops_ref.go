package vm

import (
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

func opRefNull(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.r[o.a] = nil
	return next(o)
}

func opRefIsNull(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.s[o.a] = b2u(t.r[o.b] == nil)
	return next(o)
}

// opRefFunc: r[a] = ref's function.
func opRefFunc(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.r[o.a] = o.function()
	return next(o)
}

// opRefEq compares eqrefs: identity for objects, value for i31.
func opRefEq(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.s[o.a] = b2u(t.r[o.b] == t.r[o.c])
	return next(o)
}

func opRefAsNonNull(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	if t.r[o.b] == nil {
		return t.cont(t.trap(TrapNullReference))
	}
	t.r[o.a] = t.r[o.b]
	return next(o)
}

// condBranch takes a conditional branch: moves the values of ref's brMove (if any),
// then pc = a.
func (t *Thread) condBranch(o *op) bool {
	if m := o.brMove(); m != nil {
		t.moveSlots(m.src, m.dst, m.n)
		if o.a < 0 {
			return t.ret(int(m.dst), m.n)
		}
	}
	t.jump(o)
	return true
}

// opBrOnNull branches if r[b] is null.
func opBrOnNull(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	if t.r[o.b] == nil {
		return t.cont(t.condBranch(o))
	}
	return next(o)
}

// opBrOnNonNull branches with the reference if r[b] is not null.
func opBrOnNonNull(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	if t.r[o.b] != nil {
		return t.cont(t.condBranch(o))
	}
	return next(o)
}

// opBrOnCast branches if r[b] matches the type imm/c (see castType); with
// c < 0 (br_on_cast_fail) if it does not.
func opBrOnCast(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	if refMatches(t.r[o.b], castType(o)) == (o.c >= 0) {
		return t.cont(t.condBranch(o))
	}
	return next(o)
}

// A cast's target type is packed into an op: imm holds the heap type
// (a TypeID or an abstract code), c's low bit nullability (c < 0 inverts
// a br_on_cast into br_on_cast_fail).
func packCast(t wasm.ValType, fail bool) (imm uint64, c int32) {
	imm = uint64(uint32(int32(t.Heap)))
	if t.Nullable {
		c = 1
	}
	if fail {
		c = -1 - c
	}
	return imm, c
}

func castType(o *op) wasm.ValType {
	c := o.c
	if c < 0 {
		c = -1 - c
	}
	return wasm.RefType(c&1 != 0, wasm.HeapType(int32(uint32(o.imm))))
}

func opRefTest(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.s[o.a] = b2u(refMatches(t.r[o.b], castType(o)))
	return next(o)
}

func opRefCast(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	r := t.r[o.b]
	if !refMatches(r, castType(o)) {
		return t.cont(t.trap(TrapCastFailure))
	}
	t.r[o.a] = r
	return next(o)
}

// refMatches reports whether reference r has type rt (canonical: concrete
// heap types are TypeIDs). Validation guarantees r is of rt's hierarchy.
func refMatches(r Ref, rt wasm.ValType) bool {
	if r == nil {
		return rt.Nullable
	}
	if h := rt.Heap; !h.IsAbstract() {
		want := validate.TypeID(h)
		var id validate.TypeID
		switch x := r.(type) {
		case *Struct:
			id = x.TypeID
		case *Array:
			id = x.TypeID
		case *Function:
			id = x.TypeID
		default:
			return false
		}
		return id == want || validate.IsSubtypeID(id, want)
	}
	switch rt.Heap {
	case wasm.HeapEq:
		switch r.(type) {
		case I31, *Struct, *Array:
			return true
		}
		return false
	case wasm.HeapI31:
		_, ok := r.(I31)
		return ok
	case wasm.HeapStruct:
		_, ok := r.(*Struct)
		return ok
	case wasm.HeapArray:
		_, ok := r.(*Array)
		return ok
	case wasm.HeapNone, wasm.HeapNoFunc, wasm.HeapNoExtern, wasm.HeapNoExn:
		return false
	}
	return true // any, func, extern, exn: every non-null reference of the hierarchy
}

func opAnyConvertExtern(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.r[o.a] = anyConvertExtern(t.r[o.b])
	return next(o)
}

func opExternConvertAny(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.r[o.a] = externConvertAny(t.r[o.b])
	return next(o)
}

func opRefI31(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	t.r[o.a] = I31(uint32(t.s[o.b]) & 0x7FFFFFFF)
	return next(o)
}

func opI31GetS(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	i, ok := t.r[o.b].(I31)
	if !ok {
		return t.cont(t.trap(TrapNullI31Reference))
	}
	t.s[o.a] = uint64(uint32(i.Signed()))
	return next(o)
}

func opI31GetU(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	i, ok := t.r[o.b].(I31)
	if !ok {
		return t.cont(t.trap(TrapNullI31Reference))
	}
	t.s[o.a] = uint64(i)
	return next(o)
}
