package wat

import (
	"math"
	"testing"

	"wasmstep/vm/wasm"
)

// instrTestModule gives names to a few indices so instructions can show them.
func instrTestModule() *wasm.Module {
	return &wasm.Module{
		Types: []wasm.SubType{
			{Final: true, Comp: wasm.CompType{Kind: wasm.CompFunc}},
			{Final: true, Comp: wasm.CompType{Kind: wasm.CompStruct, Fields: []wasm.FieldType{
				{Storage: wasm.StorageType{Type: wasm.I32}}, {Storage: wasm.StorageType{Type: wasm.I64}}}}},
		},
		Names: wasm.Names{
			Funcs:   map[uint32]string{0: "fib", 1: "has space"},
			Types:   map[uint32]string{1: "point"},
			Fields:  map[uint32]map[uint32]string{1: {1: "y"}},
			Globals: map[uint32]string{0: "g"},
			Mems:    map[uint32]string{1: "heap"},
			Tags:    map[uint32]string{0: "oops"},
			Datas:   map[uint32]string{0: "d"},
		},
	}
}

func TestPrintInstr(t *testing.T) {
	m := instrTestModule()
	f32 := func(f float32) uint64 { return uint64(math.Float32bits(f)) }
	f64 := func(f float64) uint64 { return math.Float64bits(f) }
	tests := []struct {
		in   wasm.Instr
		want string
	}{
		{wasm.Instr{Op: wasm.OpNop}, "nop"},
		{wasm.Instr{Op: wasm.OpI32Const, Imm: 42}, "i32.const 42"},
		{wasm.Instr{Op: wasm.OpI32Const, Imm: 0xFFFFFFFF}, "i32.const -1"},
		{wasm.Instr{Op: wasm.OpI32Const, Imm: 0x80000000}, "i32.const -2147483648"},
		{wasm.Instr{Op: wasm.OpI64Const, Imm: 1 << 63}, "i64.const -9223372036854775808"},
		{wasm.Instr{Op: wasm.OpF32Const, Imm: f32(1.5)}, "f32.const 1.5"},
		{wasm.Instr{Op: wasm.OpF32Const, Imm: f32(0.1)}, "f32.const 0.1"},
		{wasm.Instr{Op: wasm.OpF32Const, Imm: 1}, "f32.const 1e-45"},
		{wasm.Instr{Op: wasm.OpF32Const, Imm: 0x80000000}, "f32.const -0"},
		{wasm.Instr{Op: wasm.OpF32Const, Imm: 0x7F800000}, "f32.const inf"},
		{wasm.Instr{Op: wasm.OpF32Const, Imm: 0xFFC00000}, "f32.const -nan"},
		{wasm.Instr{Op: wasm.OpF32Const, Imm: 0x7F800001}, "f32.const nan:0x1"},
		{wasm.Instr{Op: wasm.OpF64Const, Imm: f64(0.1)}, "f64.const 0.1"},
		{wasm.Instr{Op: wasm.OpF64Const, Imm: f64(1e300)}, "f64.const 1e+300"},
		{wasm.Instr{Op: wasm.OpF64Const, Imm: 0xFFF0000000000000}, "f64.const -inf"},
		{wasm.Instr{Op: wasm.OpF64Const, Imm: 0x7FF8000000000000}, "f64.const nan"},
		{wasm.Instr{Op: wasm.OpF64Const, Imm: 0x7FF4000000000001}, "f64.const nan:0x4000000000001"},
		{wasm.Instr{Op: wasm.OpCall, X: 0}, "call $fib"},
		{wasm.Instr{Op: wasm.OpCall, X: 1}, `call $"has space"`},
		{wasm.Instr{Op: wasm.OpCall, X: 7}, "call 7"},
		{wasm.Instr{Op: wasm.OpLocalGet, X: 3}, "local.get 3"},
		{wasm.Instr{Op: wasm.OpGlobalSet, X: 0}, "global.set $g"},
		{wasm.Instr{Op: wasm.OpBr, X: 2}, "br 2"},
		{wasm.Instr{Op: wasm.OpBrTable, More: &wasm.MoreImm{Labels: []uint32{0, 1, 0}}}, "br_table 0 1 0"},
		{wasm.Instr{Op: wasm.OpCallIndirect, X: 0}, "call_indirect (type 0)"},
		{wasm.Instr{Op: wasm.OpCallIndirect, X: 1, Y: 2}, "call_indirect 2 (type $point)"},
		{wasm.Instr{Op: wasm.OpI32Load, Y: 2}, "i32.load"},
		{wasm.Instr{Op: wasm.OpI32Load, Y: 2, Imm: 8}, "i32.load offset=8"},
		{wasm.Instr{Op: wasm.OpI32Load, Y: 0}, "i32.load align=1"},
		{wasm.Instr{Op: wasm.OpI64Store8, X: 1, Y: 0, Imm: 1 << 40}, "i64.store8 $heap offset=1099511627776"},
		{wasm.Instr{Op: wasm.OpF64Load, Y: 3}, "f64.load"},
		{wasm.Instr{Op: wasm.OpMemorySize, X: 1}, "memory.size $heap"},
		{wasm.Instr{Op: wasm.OpMemoryGrow}, "memory.grow"},
		{wasm.Instr{Op: wasm.OpMemoryCopy, X: 1, Y: 0}, "memory.copy $heap 0"},
		{wasm.Instr{Op: wasm.OpMemoryCopy}, "memory.copy"},
		{wasm.Instr{Op: wasm.OpMemoryInit, X: 0, Y: 1}, "memory.init $heap $d"},
		{wasm.Instr{Op: wasm.OpMemoryInit, X: 3}, "memory.init 3"},
		{wasm.Instr{Op: wasm.OpTableInit, X: 3, Y: 1}, "table.init 1 3"},
		{wasm.Instr{Op: wasm.OpTableCopy, X: 0, Y: 1}, "table.copy 0 1"},
		{wasm.Instr{Op: wasm.OpTableGet, X: 0}, "table.get"},
		{wasm.Instr{Op: wasm.OpSelect}, "select"},
		{wasm.Instr{Op: wasm.OpSelectT, More: &wasm.MoreImm{Types: []wasm.ValType{wasm.I32}}}, "select (result i32)"},
		{wasm.Instr{Op: wasm.OpRefNull, Ref: wasm.FuncRef}, "ref.null func"},
		{wasm.Instr{Op: wasm.OpRefNull, Ref: wasm.RefType(true, 1)}, "ref.null $point"},
		{wasm.Instr{Op: wasm.OpRefTest, Ref: wasm.RefType(false, 1)}, "ref.test (ref $point)"},
		{wasm.Instr{Op: wasm.OpRefCast, Ref: wasm.RefType(true, wasm.HeapNone)}, "ref.cast nullref"},
		{wasm.Instr{Op: wasm.OpRefCast, Ref: wasm.RefType(false, wasm.HeapI31)}, "ref.cast (ref i31)"},
		{wasm.Instr{Op: wasm.OpBrOnCast, X: 1, Ref: wasm.AnyRef, More: &wasm.MoreImm{Ref2: wasm.RefType(false, 1)}}, "br_on_cast 1 anyref (ref $point)"},
		{wasm.Instr{Op: wasm.OpBrOnCastFail, X: 0, Ref: wasm.EqRef, More: &wasm.MoreImm{Ref2: wasm.RefType(true, wasm.HeapNoFunc)}}, "br_on_cast_fail 0 eqref nullfuncref"},
		{wasm.Instr{Op: wasm.OpStructGet, X: 1, Y: 1}, "struct.get $point $y"},
		{wasm.Instr{Op: wasm.OpStructGetS, X: 1, Y: 0}, "struct.get_s $point 0"},
		{wasm.Instr{Op: wasm.OpStructNew, X: 1}, "struct.new $point"},
		{wasm.Instr{Op: wasm.OpArrayNewFixed, X: 2, Y: 5}, "array.new_fixed 2 5"},
		{wasm.Instr{Op: wasm.OpArrayNewData, X: 2, Y: 0}, "array.new_data 2 $d"},
		{wasm.Instr{Op: wasm.OpArrayCopy, X: 2, Y: 3}, "array.copy 2 3"},
		{wasm.Instr{Op: wasm.OpThrow, X: 0}, "throw $oops"},
		{wasm.Instr{Op: wasm.OpBlock}, "block"},
		{withBlock(wasm.OpLoop, wasm.BlockType{Kind: wasm.BlockValue, Value: wasm.I64}), "loop (result i64)"},
		{withBlock(wasm.OpIf, wasm.BlockType{Kind: wasm.BlockIndex, Index: 1}), "if (type $point)"},
		{wasm.Instr{Op: wasm.OpTryTable, More: &wasm.MoreImm{Catches: []wasm.Catch{
			{Kind: wasm.CatchTag, Tag: 0, Label: 1}, {Kind: wasm.CatchTagRef, Tag: 2, Label: 0},
			{Kind: wasm.CatchAll, Label: 2}, {Kind: wasm.CatchAllRef, Label: 3}}}},
			"try_table (catch $oops 1) (catch_ref 2 0) (catch_all 2) (catch_all_ref 3)"},
		{wasm.Instr{Op: wasm.Op(60000)}, "unknown_op_60000"},
	}
	if got := PrintInstr(&wasm.Instr{Op: wasm.OpCall, X: 3}, nil); got != "call 3" {
		t.Errorf("PrintInstr without a module = %q, want %q", got, "call 3")
	}
	for _, tt := range tests {
		if got := PrintInstr(&tt.in, m); got != tt.want {
			t.Errorf("PrintInstr(%v) = %q, want %q", tt.in.Op, got, tt.want)
		}
	}
}

// TestPrintInstrInBody checks that an instruction inside a function body
// shows the function's local and label names.
func TestPrintInstrInBody(t *testing.T) {
	m := instrTestModule()
	m.Funcs = []wasm.Func{wasm.Func{}.WithBody([]wasm.Instr{
		{Op: wasm.OpBlock}, {Op: wasm.OpLocalGet, X: 0}, {Op: wasm.OpEnd},
		{Op: wasm.OpLoop}, {Op: wasm.OpEnd}, {Op: wasm.OpEnd}})}
	m.Names.Locals = map[uint32]map[uint32]string{0: {0: "n"}}
	m.Names.Labels = map[uint32]map[uint32]string{0: {0: "exit", 1: "again"}}
	body := m.Funcs[0].Body()
	if got := PrintInstr(&body[1], m); got != "local.get $n" {
		t.Errorf("local.get in body = %q, want %q", got, "local.get $n")
	}
	if got := PrintInstr(&body[0], m); got != "block $exit" {
		t.Errorf("block in body = %q, want %q", got, "block $exit")
	}
	if got := PrintInstr(&body[3], m); got != "loop $again" {
		t.Errorf("loop in body = %q, want %q", got, "loop $again")
	}
	detached := body[1]
	if got := PrintInstr(&detached, m); got != "local.get 0" {
		t.Errorf("copied local.get = %q, want %q", got, "local.get 0")
	}
}

// withBlock makes a structured instruction of block type bt.
func withBlock(op wasm.Op, bt wasm.BlockType) wasm.Instr {
	in := wasm.Instr{Op: op}
	in.SetBlock(bt)
	return in
}
