package wasm

import (
	"slices"
	"testing"
)

// The specification's natural alignments (log2 of the access width) of the
// plain and vector memory instructions.
var specAlign = map[Op]uint32{
	OpI32Load: 2, OpI64Load: 3, OpF32Load: 2, OpF64Load: 3,
	OpI32Load8S: 0, OpI32Load8U: 0, OpI32Load16S: 1, OpI32Load16U: 1,
	OpI64Load8S: 0, OpI64Load8U: 0, OpI64Load16S: 1, OpI64Load16U: 1,
	OpI64Load32S: 2, OpI64Load32U: 2,
	OpI32Store: 2, OpI64Store: 3, OpF32Store: 2, OpF64Store: 3,
	OpI32Store8: 0, OpI32Store16: 1, OpI64Store8: 0, OpI64Store16: 1, OpI64Store32: 2,
	OpV128Load: 4, OpV128Store: 4,
	OpV128Load8x8S: 3, OpV128Load8x8U: 3, OpV128Load16x4S: 3, OpV128Load16x4U: 3,
	OpV128Load32x2S: 3, OpV128Load32x2U: 3,
	OpV128Load8Splat: 0, OpV128Load16Splat: 1, OpV128Load32Splat: 2, OpV128Load64Splat: 3,
	OpV128Load32Zero: 2, OpV128Load64Zero: 3,
	OpV128Load8Lane: 0, OpV128Load16Lane: 1, OpV128Load32Lane: 2, OpV128Load64Lane: 3,
	OpV128Store8Lane: 0, OpV128Store16Lane: 1, OpV128Store32Lane: 2, OpV128Store64Lane: 3,
}

func TestAccessColumns(t *testing.T) {
	for i := range Ops {
		op, info := Op(i), &Ops[i]
		if info.Name == "" || IsAtomic(op) {
			continue
		}
		want, access := specAlign[op]
		if got := info.Access.Width != 0; got != access {
			t.Errorf("%s: memory access %v, want %v", info.Name, got, access)
			continue
		}
		if access && info.Access.NaturalAlign() != want {
			t.Errorf("%s: natural alignment %d, want %d", info.Name, info.Access.NaturalAlign(), want)
		}
	}
	for op, signed := range map[Op]bool{OpI32Load8S: true, OpI64Load32U: false, OpV128Load16x4S: true, OpI32Load: false} {
		if Ops[op].Access.Signed != signed {
			t.Errorf("%s: signed %v, want %v", op, Ops[op].Access.Signed, signed)
		}
	}
}

func TestWritesMemoryColumn(t *testing.T) {
	var writers []string
	for i := range Ops {
		if Ops[i].WritesMemory && !IsAtomic(Op(i)) {
			writers = append(writers, Ops[i].Name)
		}
	}
	want := []string{"i32.store", "i64.store", "f32.store", "f64.store", "i32.store8", "i32.store16",
		"i64.store8", "i64.store16", "i64.store32", "memory.init", "memory.copy", "memory.fill",
		"v128.store", "v128.store8_lane", "v128.store16_lane", "v128.store32_lane", "v128.store64_lane"}
	slices.Sort(writers)
	slices.Sort(want)
	if !slices.Equal(writers, want) {
		t.Errorf("writers %v, want %v", writers, want)
	}
}

func TestSigColumns(t *testing.T) {
	info := &Ops[OpI64Store32]
	if !info.Typed() || !slices.Equal(info.Params(true), []ValType{I64, I64}) ||
		!slices.Equal(info.Params(false), []ValType{I32, I64}) || len(info.Results(false)) != 0 {
		t.Errorf("i64.store32: params %v/%v results %v", info.Params(false), info.Params(true), info.Results(false))
	}
	if Ops[OpLocalGet].Typed() || Ops[OpStructNew].Typed() {
		t.Error("a generic stack effect reads as typed")
	}
	if _, _, ok := Ops[OpI32Load].FixedSig(); ok {
		t.Error("i32.load's address type is the memory's, not fixed")
	}
	if p, r, ok := Ops[OpF64ConvertI32U].FixedSig(); !ok || !slices.Equal(p, []ValType{I32}) || !slices.Equal(r, []ValType{F64}) {
		t.Errorf("f64.convert_i32_u: %v %v %v", p, r, ok)
	}
}

func TestClassAndFeatureColumns(t *testing.T) {
	for op, want := range map[Op]Class{
		OpI32Add: ClassNumeric, OpI64TruncSatF64U: ClassNumeric, OpI32Load: ClassMemory, OpMemoryFill: ClassMemory,
		OpTableFill: ClassTable, OpRefCast: ClassRef, OpArrayLen: ClassGC, OpI8x16Shuffle: ClassSIMD,
		OpAtomicFence: ClassAtomic, OpCatch: ClassLegacyEH, OpThrow: ClassCall, OpBrTable: ClassControl,
		OpSelectT: ClassParametric, OpGlobalSet: ClassVariable, OpF64Const: ClassConst,
	} {
		if Ops[op].Class != want {
			t.Errorf("%s: class %d, want %d", op, Ops[op].Class, want)
		}
	}
	for op, want := range map[Op]Feature{
		OpI32Add: FeatureNone, OpMemoryCopy: FeatureBulkMemory, OpI32x4Add: FeatureSIMD, OpReturnCallRef: FeatureTailCalls,
		OpTryTable: FeatureExceptions, OpRefI31: FeatureGC, OpI64AtomicRmw32CmpxchgU: FeatureThreads,
	} {
		if Ops[op].Feature != want {
			t.Errorf("%s: feature %d, want %d", op, Ops[op].Feature, want)
		}
	}
	if !Ops[OpArrayNewFixed].Allocates || Ops[OpArrayGet].Allocates {
		t.Error("allocating column")
	}
	for op, want := range map[Op]bool{
		OpEnd: true, OpBrOnCastFail: true, OpBrOnNull: true, OpReturnCallIndirect: true, OpThrowRef: true,
		OpDelegate: true, OpUnreachable: true, OpNop: false, OpCall: false, OpRefCast: false, OpLocalSet: false,
	} {
		if Ops[op].Transfers != want {
			t.Errorf("%s: transfers %v, want %v", op, Ops[op].Transfers, want)
		}
	}
	if !Ops[OpI32DivU].Traps || Ops[OpI32Add].Traps || !Ops[OpArrayGet].Traps || Ops[OpArrayNewDefault].Traps {
		t.Error("trapping column")
	}
}

func TestNumOps(t *testing.T) {
	if len(Ops) != NumOps {
		t.Errorf("%d rows, NumOps %d", len(Ops), NumOps)
	}
}
