package vm

import (
	"fmt"

	"wasmstep/vm/wasm"
)

// evalConst evaluates a constant expression (extended constants and GC
// allocations included) on a small value stack.
func (inst *Instance) evalConst(expr []wasm.Instr) (Value, error) {
	var st []Value
	pop := func() Value {
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v
	}
	for i := range expr {
		in := &expr[i]
		switch in.Op {
		case wasm.OpEnd:
		case wasm.OpI32Const:
			st = append(st, Value{Type: wasm.I32, Bits: in.Imm & 0xFFFFFFFF})
		case wasm.OpI64Const:
			st = append(st, Value{Type: wasm.I64, Bits: in.Imm})
		case wasm.OpF32Const:
			st = append(st, Value{Type: wasm.F32, Bits: in.Imm})
		case wasm.OpF64Const:
			st = append(st, Value{Type: wasm.F64, Bits: in.Imm})
		case wasm.OpV128Const:
			st = append(st, V128(in.Imm, in.ImmHi))
		case wasm.OpI32Add, wasm.OpI32Sub, wasm.OpI32Mul, wasm.OpI64Add, wasm.OpI64Sub, wasm.OpI64Mul:
			y, x := pop(), pop()
			st = append(st, constArith(in.Op, x, y))
		case wasm.OpGlobalGet:
			st = append(st, inst.Globals[in.X].Get())
		case wasm.OpRefNull:
			st = append(st, Value{Type: inst.canon(in.Ref)})
		case wasm.OpRefFunc:
			st = append(st, FuncRef(inst.Funcs[in.X]))
		case wasm.OpRefI31:
			st = append(st, Value{Type: wasm.RefType(false, wasm.HeapI31), Ref: I31(uint32(pop().Bits) & 0x7FFFFFFF)})
		case wasm.OpAnyConvertExtern:
			v := pop()
			st = append(st, Value{Type: wasm.RefType(v.Type.Nullable, wasm.HeapAny), Ref: anyConvertExtern(v.Ref)})
		case wasm.OpExternConvertAny:
			v := pop()
			st = append(st, Value{Type: wasm.RefType(v.Type.Nullable, wasm.HeapExtern), Ref: externConvertAny(v.Ref)})
		case wasm.OpStructNew, wasm.OpStructNewDefault:
			fields := inst.Module.Types[in.X].Comp.Fields
			obj := &Struct{TypeID: inst.typeID(in.X), Fields: make([]uint64, len(fields)), Refs: make([]Ref, len(fields))}
			for _, f := range fields {
				if storageOf(f.Storage) == storeWide {
					obj.Hi = make([]uint64, len(fields))
				}
			}
			if in.Op == wasm.OpStructNew {
				vals := st[len(st)-len(fields):]
				st = st[:len(st)-len(fields)]
				for k, f := range fields {
					obj.Fields[k] = storageOf(f.Storage).pack(vals[k].Bits)
					obj.Refs[k] = vals[k].Ref
					if obj.Hi != nil {
						obj.Hi[k] = vals[k].Hi
					}
				}
			}
			st = append(st, Value{Type: wasm.RefType(false, wasm.HeapType(inst.typeID(in.X))), Ref: obj})
		case wasm.OpArrayNew, wasm.OpArrayNewDefault, wasm.OpArrayNewFixed:
			arr, err := inst.constArray(in, &st)
			if err != nil {
				return Value{}, err
			}
			st = append(st, Value{Type: wasm.RefType(false, wasm.HeapType(inst.typeID(in.X))), Ref: arr})
		default:
			return Value{}, fmt.Errorf("vm: %s in a constant expression", in.Op)
		}
	}
	if len(st) != 1 {
		return Value{}, fmt.Errorf("vm: constant expression left %d values", len(st))
	}
	return st[0], nil
}

func constArith(op wasm.Op, x, y Value) Value {
	switch op {
	case wasm.OpI32Add:
		return I32(x.I32() + y.I32())
	case wasm.OpI32Sub:
		return I32(x.I32() - y.I32())
	case wasm.OpI32Mul:
		return I32(x.I32() * y.I32())
	case wasm.OpI64Add:
		return I64(x.I64() + y.I64())
	case wasm.OpI64Sub:
		return I64(x.I64() - y.I64())
	}
	return I64(x.I64() * y.I64())
}

func (inst *Instance) constArray(in *wasm.Instr, st *[]Value) (*Array, error) {
	pop := func() Value {
		v := (*st)[len(*st)-1]
		*st = (*st)[:len(*st)-1]
		return v
	}
	et := inst.Module.Types[in.X].Comp.Elem.Storage
	al := &arrayLayout{id: inst.typeID(in.X), elem: storageOf(et)}
	// vals repeat over the n elements: one value for array.new, n for
	// array.new_fixed, none for array.new_default.
	var vals []Value
	var n uint64
	switch in.Op {
	case wasm.OpArrayNew:
		n = pop().Bits
		vals = []Value{pop()}
	case wasm.OpArrayNewDefault:
		n = pop().Bits
	case wasm.OpArrayNewFixed:
		n = uint64(in.Y)
		vals = append(vals, (*st)[len(*st)-int(in.Y):]...)
		*st = (*st)[:len(*st)-int(in.Y)]
	}
	if !al.fits(n, inst.Store.arrayByteLimit()) {
		return nil, &Trap{Kind: TrapAllocationTooLarge, PC: -1}
	}
	arr := al.alloc(n)
	for k := range vals {
		for i := uint64(k); i < n; i += uint64(len(vals)) {
			if al.elem == storeRef {
				arr.Refs[i] = vals[k].Ref
			} else {
				arr.Elems[i] = al.elem.pack(vals[k].Bits)
			}
			if arr.Hi != nil {
				arr.Hi[i] = vals[k].Hi
			}
		}
	}
	return arr, nil
}
