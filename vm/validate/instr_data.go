package validate

import (
	"math"

	"wasmstep/vm/wasm"
)

// variableOrMemory checks the instructions on locals, globals, tables,
// memories and references, then hands the rest to the GC and numeric
// checks.
func (f *funcChecker) variableOrMemory(in *wasm.Instr) error {
	switch in.Op {
	case wasm.OpLocalGet:
		t, err := f.local(in.X)
		if err != nil {
			return err
		}
		if !f.inited[in.X] {
			return f.errorf("uninitialized local %d", in.X)
		}
		f.push(t)
	case wasm.OpLocalSet, wasm.OpLocalTee:
		t, err := f.local(in.X)
		if err != nil {
			return err
		}
		if _, err := f.popVal(t); err != nil {
			return err
		}
		f.setLocal(in.X)
		if in.Op == wasm.OpLocalTee {
			f.push(t)
		}
	case wasm.OpGlobalGet:
		if int(in.X) >= len(f.globals) {
			return f.indexError("global", in.X)
		}
		f.push(f.globals[in.X].Type)
	case wasm.OpGlobalSet:
		if int(in.X) >= len(f.globals) {
			return f.indexError("global", in.X)
		}
		g := f.globals[in.X]
		if !g.Mutable {
			return f.errorf("global is immutable: cannot set immutable global %d", in.X)
		}
		_, err := f.popVal(g.Type)
		return err
	case wasm.OpTableGet, wasm.OpTableSet, wasm.OpTableSize, wasm.OpTableGrow, wasm.OpTableFill,
		wasm.OpTableCopy, wasm.OpTableInit, wasm.OpElemDrop:
		return f.tableInstr(in)
	case wasm.OpRefNull:
		if err := f.c.refType(in.Ref, f.pos); err != nil {
			return err
		}
		f.push(wasm.RefType(true, in.Ref.Heap))
	case wasm.OpRefIsNull:
		_, err := f.popRef()
		if err != nil {
			return err
		}
		f.push(wasm.I32)
	case wasm.OpRefFunc:
		ti, err := f.c.funcIndex(in.X, f.pos)
		if err != nil {
			return err
		}
		if !f.c.declared[in.X] {
			return f.errorf("undeclared function reference %d", in.X)
		}
		f.push(wasm.RefType(false, wasm.HeapType(ti)))
	case wasm.OpRefEq:
		if _, err := f.popVal(wasm.EqRef); err != nil {
			return err
		}
		if _, err := f.popVal(wasm.EqRef); err != nil {
			return err
		}
		f.push(wasm.I32)
	case wasm.OpRefAsNonNull:
		t, err := f.popRef()
		if err != nil {
			return err
		}
		f.push(wasm.RefType(false, t.Heap))
	case wasm.OpBrOnNull:
		fr, err := f.label(in.X)
		if err != nil {
			return err
		}
		t, err := f.popRef()
		if err != nil {
			return err
		}
		if err := f.popVals(fr.labelTypes()); err != nil {
			return err
		}
		f.pushVals(fr.labelTypes())
		f.push(wasm.RefType(false, t.Heap))
	case wasm.OpBrOnNonNull:
		fr, err := f.label(in.X)
		if err != nil {
			return err
		}
		t, err := f.popRef()
		if err != nil {
			return err
		}
		ts := fr.labelTypes()
		if len(ts) == 0 || !f.match(wasm.RefType(false, t.Heap), ts[len(ts)-1]) {
			return f.errorf("type mismatch: br_on_non_null to label %d, which does not take %s", in.X, typeName(wasm.RefType(false, t.Heap)))
		}
		if err := f.popVals(ts[:len(ts)-1]); err != nil {
			return err
		}
		f.pushVals(ts[:len(ts)-1])
	default:
		return f.gcOrNumeric(in)
	}
	return nil
}

// tableInstr checks the table instructions.
func (f *funcChecker) tableInstr(in *wasm.Instr) error {
	if in.Op == wasm.OpElemDrop {
		if int(in.X) >= len(f.c.m.Elems) {
			return f.indexError("elem segment", in.X)
		}
		return nil
	}
	if in.Op == wasm.OpTableInit {
		tt, err := f.table(in.Y)
		if err != nil {
			return err
		}
		if int(in.X) >= len(f.c.m.Elems) {
			return f.indexError("elem segment", in.X)
		}
		if et := f.c.m.Elems[in.X].Type; !f.match(et, tt.Elem) {
			return f.errorf("type mismatch: elem segment %d of %s into table %d of %s", in.X, et, in.Y, tt.Elem)
		}
		return f.popVals3(tt.AddrType(), wasm.I32, wasm.I32)
	}
	tt, err := f.table(in.X)
	if err != nil {
		return err
	}
	at := tt.AddrType()
	switch in.Op {
	case wasm.OpTableGet:
		if _, err := f.popVal(at); err != nil {
			return err
		}
		f.push(tt.Elem)
	case wasm.OpTableSet:
		return f.popVals2(at, tt.Elem)
	case wasm.OpTableSize:
		f.push(at)
	case wasm.OpTableGrow:
		if err := f.popVals2(tt.Elem, at); err != nil {
			return err
		}
		f.push(at)
	case wasm.OpTableFill:
		return f.popVals3(at, tt.Elem, at)
	case wasm.OpTableCopy:
		src, err := f.table(in.Y)
		if err != nil {
			return err
		}
		if !f.match(src.Elem, tt.Elem) {
			return f.errorf("type mismatch: table.copy from table %d of %s into table %d of %s", in.Y, src.Elem, in.X, tt.Elem)
		}
		return f.popVals3(at, src.AddrType(), minAddr(at, src.AddrType()))
	}
	return nil
}

// minAddr is the address type able to index both of two tables or memories.
func minAddr(a, b wasm.ValType) wasm.ValType {
	if a == wasm.I32 || b == wasm.I32 {
		return wasm.I32
	}
	return wasm.I64
}

func (f *funcChecker) popVals2(a, b wasm.ValType) error {
	ts := [2]wasm.ValType{a, b}
	return f.popVals(ts[:])
}

func (f *funcChecker) popVals3(a, b, c wasm.ValType) error {
	ts := [3]wasm.ValType{a, b, c}
	return f.popVals(ts[:])
}

func (f *funcChecker) table(x uint32) (wasm.TableType, error) {
	if int(x) >= len(f.c.tables) {
		return wasm.TableType{}, f.indexError("table", x)
	}
	return f.c.tables[x], nil
}

func (f *funcChecker) memory(x uint32) (wasm.MemType, error) {
	if int(x) >= len(f.c.mems) {
		return wasm.MemType{}, f.indexError("memory", x)
	}
	return f.c.mems[x], nil
}

// numeric checks an instruction whose stack effect the opcode table gives:
// numeric ones, and memory ones once their memory's address type is known.
func (f *funcChecker) numeric(in *wasm.Instr) error {
	if int(in.Op) >= len(opSigs) || !opSigs[in.Op].ok {
		return f.errorf("unknown operator %s", in.Op)
	}
	sig := &opSigs[in.Op]
	if err := f.laneImmediates(in); err != nil {
		return err
	}
	addr64 := 0
	switch wasm.Ops[in.Op].Imm {
	case wasm.ImmMemArg, wasm.ImmMemArgLane:
		mt, err := f.memory(in.X)
		if err != nil {
			return err
		}
		if err := f.alignment(in); err != nil {
			return err
		}
		if !mt.Addr64 && in.Imm > math.MaxUint32 {
			return f.errorf("offset out of range: %d does not fit a 32-bit memory", in.Imm)
		}
		addr64 = b2i(mt.Addr64)
	case wasm.ImmMem:
		mt, err := f.memory(in.X)
		if err != nil {
			return err
		}
		addr64 = b2i(mt.Addr64)
	case wasm.ImmMemInit:
		mt, err := f.memory(in.Y)
		if err != nil {
			return err
		}
		if err := f.dataIndex(in.X); err != nil {
			return err
		}
		addr64 = b2i(mt.Addr64)
	case wasm.ImmData:
		if err := f.dataIndex(in.X); err != nil {
			return err
		}
	case wasm.ImmTwoMems:
		dst, err := f.memory(in.X)
		if err != nil {
			return err
		}
		src, err := f.memory(in.Y)
		if err != nil {
			return err
		}
		return f.popVals3(dst.AddrType(), src.AddrType(), minAddr(dst.AddrType(), src.AddrType()))
	}
	if err := f.popVals(sig.params[addr64]); err != nil {
		return err
	}
	f.pushVals(sig.results[addr64])
	return nil
}

func (f *funcChecker) dataIndex(x uint32) error {
	if int(x) >= len(f.c.m.Datas) {
		return f.indexError("data segment", x)
	}
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
