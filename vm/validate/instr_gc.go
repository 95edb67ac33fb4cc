package validate

import "wasmstep/vm/wasm"

// gcOrNumeric checks the struct, array, i31, cast and conversion
// instructions; anything else must be described by the opcode table.
func (f *funcChecker) gcOrNumeric(in *wasm.Instr) error {
	switch in.Op {
	case wasm.OpStructNew, wasm.OpStructNewDefault, wasm.OpStructGet, wasm.OpStructGetS,
		wasm.OpStructGetU, wasm.OpStructSet:
		return f.structInstr(in)
	case wasm.OpArrayNew, wasm.OpArrayNewDefault, wasm.OpArrayNewFixed, wasm.OpArrayNewData,
		wasm.OpArrayNewElem:
		return f.arrayNew(in)
	case wasm.OpArrayGet, wasm.OpArrayGetS, wasm.OpArrayGetU, wasm.OpArraySet, wasm.OpArrayFill,
		wasm.OpArrayCopy, wasm.OpArrayInitData, wasm.OpArrayInitElem:
		return f.arrayAccess(in)
	case wasm.OpArrayLen:
		if _, err := f.popVal(wasm.ArrayRef); err != nil {
			return err
		}
		f.push(wasm.I32)
	case wasm.OpRefI31:
		if _, err := f.popVal(wasm.I32); err != nil {
			return err
		}
		f.push(wasm.RefType(false, wasm.HeapI31))
	case wasm.OpI31GetS, wasm.OpI31GetU:
		if _, err := f.popVal(wasm.I31Ref); err != nil {
			return err
		}
		f.push(wasm.I32)
	case wasm.OpAnyConvertExtern, wasm.OpExternConvertAny:
		from, to := wasm.ExternRef, wasm.HeapAny
		if in.Op == wasm.OpExternConvertAny {
			from, to = wasm.AnyRef, wasm.HeapExtern
		}
		t, err := f.popVal(from)
		if err != nil {
			return err
		}
		f.push(wasm.RefType(t.Kind == wasm.KindInvalid || t.Nullable, to))
	case wasm.OpRefTest, wasm.OpRefCast:
		if err := f.c.refType(in.Ref, f.pos); err != nil {
			return err
		}
		if _, err := f.popVal(wasm.RefType(true, f.heapTop(in.Ref.Heap))); err != nil {
			return err
		}
		if in.Op == wasm.OpRefTest {
			f.push(wasm.I32)
		} else {
			f.push(in.Ref)
		}
	case wasm.OpBrOnCast, wasm.OpBrOnCastFail:
		return f.brOnCast(in)
	default:
		return f.numeric(in)
	}
	return nil
}

// heapTop returns the top of a module heap type's hierarchy.
func (f *funcChecker) heapTop(h wasm.HeapType) wasm.HeapType {
	if h >= 0 {
		return canonTop(wasm.HeapType(f.c.ids[h]))
	}
	return topOf(h)
}

// brOnCast checks br_on_cast and br_on_cast_fail: the target type rt2 must
// be a subtype of the source type rt1, and the label must take the type
// the branch passes (rt2, or rt1 minus rt2 for the _fail form).
func (f *funcChecker) brOnCast(in *wasm.Instr) error {
	rt1, rt2 := in.Ref, in.Ref2()
	if err := f.c.refType(rt1, f.pos); err != nil {
		return err
	}
	if err := f.c.refType(rt2, f.pos); err != nil {
		return err
	}
	if !f.match(rt2, rt1) {
		return f.errorf("type mismatch: cast target %s is not a subtype of %s", rt2, rt1)
	}
	fr, err := f.label(in.X)
	if err != nil {
		return err
	}
	diff := wasm.RefType(rt1.Nullable && !rt2.Nullable, rt1.Heap)
	branch, stay := rt2, diff
	if in.Op == wasm.OpBrOnCastFail {
		branch, stay = diff, rt2
	}
	ts := fr.labelTypes()
	if len(ts) == 0 || !f.match(branch, ts[len(ts)-1]) {
		return f.errorf("type mismatch: %s branches with %s to label %d", in.Op, branch, in.X)
	}
	if _, err := f.popVal(rt1); err != nil {
		return err
	}
	if err := f.popVals(ts[:len(ts)-1]); err != nil {
		return err
	}
	f.pushVals(ts[:len(ts)-1])
	f.push(stay)
	return nil
}

// compType returns type x, which must be of the given kind.
func (f *funcChecker) compType(x uint32, kind wasm.CompKind) (*wasm.CompType, error) {
	if int(x) >= len(f.c.m.Types) {
		return nil, f.indexError("type", x)
	}
	ct := &f.c.m.Types[x].Comp
	if ct.Kind != kind {
		return nil, f.errorf("type mismatch: type %d is not a %s type", x, [...]string{"func", "struct", "array"}[kind])
	}
	return ct, nil
}

func (f *funcChecker) structInstr(in *wasm.Instr) error {
	st, err := f.compType(in.X, wasm.CompStruct)
	if err != nil {
		return err
	}
	ref := wasm.RefType(true, wasm.HeapType(in.X))
	switch in.Op {
	case wasm.OpStructNew:
		for i := len(st.Fields) - 1; i >= 0; i-- {
			if _, err := f.popVal(st.Fields[i].Storage.Unpacked()); err != nil {
				return err
			}
		}
		f.push(wasm.RefType(false, ref.Heap))
		return nil
	case wasm.OpStructNewDefault:
		for i, fd := range st.Fields {
			if !fd.Storage.Unpacked().Defaultable() {
				return f.errorf("type mismatch: field %d of type %d has no default value", i, in.X)
			}
		}
		f.push(wasm.RefType(false, ref.Heap))
		return nil
	}
	if int(in.Y) >= len(st.Fields) {
		return f.errorf("unknown field %d of type %d", in.Y, in.X)
	}
	fd := st.Fields[in.Y]
	if in.Op == wasm.OpStructSet {
		if !fd.Mutable {
			return f.errorf("immutable field %d of type %d", in.Y, in.X)
		}
		return f.popVals2(ref, fd.Storage.Unpacked())
	}
	if err := f.checkPacked(in.Op == wasm.OpStructGet, fd.Storage); err != nil {
		return err
	}
	if _, err := f.popVal(ref); err != nil {
		return err
	}
	f.push(fd.Storage.Unpacked())
	return nil
}

// checkPacked requires a plain get for unpacked storage and a signed or
// unsigned one for packed storage.
func (f *funcChecker) checkPacked(plain bool, s wasm.StorageType) error {
	if plain != (s.Packed == wasm.PackedNone) {
		return f.errorf("type mismatch: %s of a field of type %s", map[bool]string{true: "plain get", false: "signed or unsigned get"}[plain], s)
	}
	return nil
}

func (f *funcChecker) arrayNew(in *wasm.Instr) error {
	at, err := f.compType(in.X, wasm.CompArray)
	if err != nil {
		return err
	}
	elem := at.Elem.Storage.Unpacked()
	switch in.Op {
	case wasm.OpArrayNew:
		if err := f.popVals2(elem, wasm.I32); err != nil {
			return err
		}
	case wasm.OpArrayNewDefault:
		if !elem.Defaultable() {
			return f.errorf("type mismatch: elements of array type %d have no default value", in.X)
		}
		if _, err := f.popVal(wasm.I32); err != nil {
			return err
		}
	case wasm.OpArrayNewFixed:
		for range in.Y {
			if _, err := f.popVal(elem); err != nil {
				return err
			}
		}
	case wasm.OpArrayNewData:
		if err := f.numericElem(in.X, at); err != nil {
			return err
		}
		if err := f.dataIndex(in.Y); err != nil {
			return err
		}
		if err := f.popVals2(wasm.I32, wasm.I32); err != nil {
			return err
		}
	case wasm.OpArrayNewElem:
		if err := f.elemInto(in.Y, in.X, at); err != nil {
			return err
		}
		if err := f.popVals2(wasm.I32, wasm.I32); err != nil {
			return err
		}
	}
	f.push(wasm.RefType(false, wasm.HeapType(in.X)))
	return nil
}

// numericElem requires an array of numbers or vectors, packed or not: the
// element types a data segment's bytes can hold.
func (f *funcChecker) numericElem(x uint32, at *wasm.CompType) error {
	if at.Elem.Storage.Packed == wasm.PackedNone && at.Elem.Storage.Type.IsRef() {
		return f.errorf("array type is not numeric or vector: type %d", x)
	}
	return nil
}

// elemInto requires that elem segment e's references fit array type x.
func (f *funcChecker) elemInto(e, x uint32, at *wasm.CompType) error {
	if int(e) >= len(f.c.m.Elems) {
		return f.indexError("elem segment", e)
	}
	et := f.c.m.Elems[e].Type
	if at.Elem.Storage.Packed != wasm.PackedNone || !f.match(et, at.Elem.Storage.Type) {
		return f.errorf("type mismatch: elem segment %d of %s does not fit array type %d", e, et, x)
	}
	return nil
}

func (f *funcChecker) arrayAccess(in *wasm.Instr) error {
	at, err := f.compType(in.X, wasm.CompArray)
	if err != nil {
		return err
	}
	ref := wasm.RefType(true, wasm.HeapType(in.X))
	elem := at.Elem.Storage.Unpacked()
	if in.Op != wasm.OpArrayGet && in.Op != wasm.OpArrayGetS && in.Op != wasm.OpArrayGetU && !at.Elem.Mutable {
		return f.errorf("immutable array: type %d", in.X)
	}
	switch in.Op {
	case wasm.OpArrayGet, wasm.OpArrayGetS, wasm.OpArrayGetU:
		if err := f.checkPacked(in.Op == wasm.OpArrayGet, at.Elem.Storage); err != nil {
			return err
		}
		if err := f.popVals2(ref, wasm.I32); err != nil {
			return err
		}
		f.push(elem)
		return nil
	case wasm.OpArraySet:
		return f.popVals3(ref, wasm.I32, elem)
	case wasm.OpArrayFill:
		ts := [4]wasm.ValType{ref, wasm.I32, elem, wasm.I32}
		return f.popVals(ts[:])
	case wasm.OpArrayCopy:
		src, err := f.compType(in.Y, wasm.CompArray)
		if err != nil {
			return err
		}
		if !f.matchStorage(src.Elem.Storage, at.Elem.Storage) {
			return f.errorf("array types do not match: copy from type %d into type %d", in.Y, in.X)
		}
		ts := [5]wasm.ValType{ref, wasm.I32, wasm.RefType(true, wasm.HeapType(in.Y)), wasm.I32, wasm.I32}
		return f.popVals(ts[:])
	case wasm.OpArrayInitData:
		if err := f.numericElem(in.X, at); err != nil {
			return err
		}
		if err := f.dataIndex(in.Y); err != nil {
			return err
		}
	case wasm.OpArrayInitElem:
		if err := f.elemInto(in.Y, in.X, at); err != nil {
			return err
		}
	}
	ts := [4]wasm.ValType{ref, wasm.I32, wasm.I32, wasm.I32}
	return f.popVals(ts[:])
}

// matchStorage is storage subtyping for the module's types.
func (f *funcChecker) matchStorage(sub, super wasm.StorageType) bool {
	if sub.Packed != super.Packed {
		return false
	}
	return sub.Packed != wasm.PackedNone || f.match(sub.Type, super.Type)
}
