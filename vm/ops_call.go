package vm

import "wasmstep/vm/validate"

// indirect is call_indirect's table and expected type.
type indirect struct {
	table *Table
	want  validate.TypeID
}

// opCall calls ref's function with its arguments from slot a. The fast
// path is invoke's, written out here (its helpers inline) so the commonest
// call costs one Go call less.
func opCall(t *Thread, o *op) *op {
	f := o.function()
	fc, base := f.fast, t.base+int(o.a)
	if fc == nil || f.hasBreaks || !t.callsFast(fc, base) {
		return t.callSlow(f, o)
	}
	t.pushFast(fc, base, o)
	t.current(fc, base)
	t.zeroLocals(fc)
	return t.first(fc)
}

func opReturnCall(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	return t.cont(t.tailCall(o.function(), int(o.a), o.skip))
}

// lookupIndirect finds call_indirect's callee: table entry s[b].
func (t *Thread) lookupIndirect(o *op) (*Function, bool) {
	ind := o.indirect()
	r, ok := ind.table.Get(t.s[o.b])
	if !ok {
		return nil, t.trap(TrapUndefinedElement)
	}
	f, _ := r.(*Function)
	if f == nil {
		return nil, t.trap(TrapUninitializedElement)
	}
	if f.TypeID != ind.want && !validate.IsSubtypeID(f.TypeID, ind.want) {
		return nil, t.trap(TrapIndirectCallTypeMismatch)
	}
	return f, true
}

func opCallIndirect(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	f, ok := t.lookupIndirect(o)
	if !ok {
		return nil
	}
	return t.invoke(f, o)
}

func opReturnCallIndirect(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	f, ok := t.lookupIndirect(o)
	return t.cont(ok && t.tailCall(f, int(o.a), o.skip))
}

// opCallRef calls the function reference in r[b].
func opCallRef(t *Thread, o *op) *op {
	f, _ := t.r[o.b].(*Function)
	if f == nil {
		t.pc = int(o.pc)
		return t.cont(t.trap(TrapNullFunctionReference))
	}
	return t.invoke(f, o)
}

func opReturnCallRef(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	f, _ := t.r[o.b].(*Function)
	if f == nil {
		return t.cont(t.trap(TrapNullFunctionReference))
	}
	return t.cont(t.tailCall(f, int(o.a), o.skip))
}
