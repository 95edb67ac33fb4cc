package wat

import (
	"errors"
	"strings"
	"testing"

	"wasmstep/vm/wasm"
)

func i32Const(v int32) wasm.Instr { return wasm.Instr{Op: wasm.OpI32Const, Imm: uint64(uint32(v))} }

var end = wasm.Instr{Op: wasm.OpEnd}

// fibModule is a small module using most kinds of fields.
func fibModule() *wasm.Module {
	i32i32 := wasm.SubType{Final: true, Comp: wasm.CompType{Kind: wasm.CompFunc,
		Func: wasm.FuncType{Params: []wasm.ValType{wasm.I32}, Results: []wasm.ValType{wasm.I32}}}}
	start := uint32(1)
	return &wasm.Module{
		Name:      "demo",
		Types:     []wasm.SubType{i32i32, {Final: true, Comp: wasm.CompType{Kind: wasm.CompFunc}}},
		RecGroups: []wasm.RecGroup{{Start: 0, Count: 1}, {Start: 1, Count: 1}},
		Imports: []wasm.Import{{Module: "env", Name: "log", Desc: wasm.ExternType{Kind: wasm.ExternFunc, Func: 0}},
			{Module: "env", Name: "mem", Desc: wasm.ExternType{Kind: wasm.ExternMem,
				Mem: wasm.MemType{Limits: wasm.Limits{Min: 1, Max: 2, HasMax: true}, Shared: true}}}},
		Funcs: []wasm.Func{
			wasm.Func{TypeIdx: 0, Locals: []wasm.ValType{wasm.I64, wasm.I32}}.WithBody([]wasm.Instr{
				withBlock(wasm.OpBlock, wasm.BlockType{Kind: wasm.BlockValue, Value: wasm.I32}),
				{Op: wasm.OpLoop},
				{Op: wasm.OpLocalGet, X: 0},
				{Op: wasm.OpBrIf, X: 0},
				{Op: wasm.OpLocalGet, X: 2},
				{Op: wasm.OpBrIf, X: 1},
				{Op: wasm.OpBr, X: 2},
				end,
				i32Const(-1),
				end,
				{Op: wasm.OpCall, X: 0},
				end,
			}),
			wasm.Func{TypeIdx: 1}.WithBody([]wasm.Instr{end}),
		},
		Tables: []wasm.Table{{Type: wasm.TableType{Addr64: true, Limits: wasm.Limits{Min: 2}, Elem: wasm.FuncRef}}},
		Mems:   []wasm.Mem{{Type: wasm.MemType{Addr64: true, Limits: wasm.Limits{Min: 0}}}},
		Globals: []wasm.Global{{Type: wasm.GlobalType{Type: wasm.I32, Mutable: true},
			Init: []wasm.Instr{i32Const(1), i32Const(2), {Op: wasm.OpI32Add}, end}}},
		Exports: []wasm.Export{{Name: "fib", Kind: wasm.ExternFunc, Index: 1}, {Name: "mem\n", Kind: wasm.ExternMem, Index: 0}},
		Start:   &start,
		Elems: []wasm.Elem{
			{Mode: wasm.SegmentActive, Offset: []wasm.Instr{{Op: wasm.OpI64Const}, end}, Type: funcIndexElemType,
				FuncIndices: true, Init: [][]wasm.Instr{{{Op: wasm.OpRefFunc, X: 1}, end}}},
			{Mode: wasm.SegmentDeclarative, Type: wasm.FuncRef, Init: [][]wasm.Instr{
				{{Op: wasm.OpRefNull, Ref: wasm.FuncRef}, end}}},
		},
		Datas: []wasm.Data{{Mode: wasm.SegmentActive, Mem: 1, Offset: []wasm.Instr{{Op: wasm.OpI64Const, Imm: 8}, end},
			Init: []byte("hi\"\x00")}, {Mode: wasm.SegmentPassive, Init: []byte{}}},
		Names: wasm.Names{
			Funcs:  map[uint32]string{0: "log", 1: "fib", 2: "fib"}, // a repeated name is dropped
			Locals: map[uint32]map[uint32]string{1: {0: "n", 2: "acc"}},
			Labels: map[uint32]map[uint32]string{1: {0: "done", 1: "again"}},
			Mems:   map[uint32]string{1: "own"},
		},
	}
}

const fibText = `(module $demo
  (type (func (param i32) (result i32)))
  (type (func))
  (import "env" "log" (func $log (type 0) (param i32) (result i32)))
  (import "env" "mem" (memory 1 2 shared))
  (func $fib (type 0) (param $n i32) (result i32)
    (local i64) (local $acc i32)
    block $done (result i32)
      loop $again
        local.get $n
        br_if $again
        local.get $acc
        br_if $done
        br 2
      end
      i32.const -1
    end
    call $log
  )
  (func (type 1)
  )
  (table i64 2 funcref)
  (memory $own i64 0)
  (global (mut i32) (i32.const 1) (i32.const 2) (i32.add))
  (export "fib" (func $fib))
  (export "mem\n" (memory 0))
  (start $fib)
  (elem (i64.const 0) func $fib)
  (elem declare funcref (ref.null func))
  (data (memory $own) (i64.const 8) "hi\"\00")
  (data "")
)
`

func TestPrintModule(t *testing.T) {
	var b strings.Builder
	if err := Print(&b, fibModule()); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != fibText {
		t.Errorf("Print:\n%s\nwant:\n%s", got, fibText)
	}
}

func TestPrintTypes(t *testing.T) {
	field := func(p wasm.Packed, vt wasm.ValType, mut bool) wasm.FieldType {
		return wasm.FieldType{Storage: wasm.StorageType{Packed: p, Type: vt}, Mutable: mut}
	}
	m := &wasm.Module{
		Types: []wasm.SubType{
			{Comp: wasm.CompType{Kind: wasm.CompStruct, Fields: []wasm.FieldType{
				field(wasm.PackedI8, wasm.ValType{}, true), field(0, wasm.RefType(true, 0), false)}}},
			{Final: true, Supers: []uint32{0}, Comp: wasm.CompType{Kind: wasm.CompStruct}},
			{Supers: []uint32{1}, Comp: wasm.CompType{Kind: wasm.CompArray, Elem: field(wasm.PackedI16, wasm.ValType{}, false)}},
			{Final: true, Comp: wasm.CompType{Kind: wasm.CompFunc, Func: wasm.FuncType{
				Params: []wasm.ValType{wasm.RefType(false, wasm.HeapAny), wasm.ExnRef}}}},
		},
		RecGroups: []wasm.RecGroup{{Start: 0, Count: 2, Explicit: true}, {Start: 2, Count: 0, Explicit: true},
			{Start: 2, Count: 1}, {Start: 3, Count: 1, Explicit: true}},
		Tags: []wasm.Tag{{Type: wasm.TagType{TypeIdx: 3}}},
		Names: wasm.Names{
			Types:  map[uint32]string{0: "node", 2: "a b"},
			Fields: map[uint32]map[uint32]string{0: {1: "next"}},
			Tags:   map[uint32]string{0: "é"},
		},
	}
	want := `(module
  (rec
    (type $node (sub (struct (field (mut i8)) (field $next (ref null $node)))))
    (type (sub final $node (struct)))
  )
  (rec)
  (type $"a b" (sub 1 (array i16)))
  (rec
    (type (func (param (ref any) exnref)))
  )
  (tag $"é" (type 3) (param (ref any) exnref))
)
`
	var b strings.Builder
	if err := Print(&b, m); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != want {
		t.Errorf("Print:\n%s\nwant:\n%s", got, want)
	}
}

func TestFormatID(t *testing.T) {
	tests := []struct{ name, want string }{
		{"fib", "$fib"},
		{"a.b/c<d>", "$a.b/c<d>"},
		{"has space", `$"has space"`},
		{`q"uote`, `$"q\"uote"`},
		{"tab\t", `$"tab\t"`},
		{"", ""},
		{"\xff", ""},
	}
	for _, tt := range tests {
		if got := formatID(tt.name); got != tt.want {
			t.Errorf("formatID(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestPrintReportsErrors(t *testing.T) {
	if err := Print(failingWriter{}, fibModule()); err == nil {
		t.Error("Print to a failing writer returned nil")
	}
	if err := Print(&strings.Builder{}, nil); err == nil {
		t.Error("Print of a nil module returned nil")
	}
}

// TestPrintMalformedModule checks that out-of-range indices and unknown
// opcodes print something instead of panicking.
func TestPrintMalformedModule(t *testing.T) {
	m := &wasm.Module{
		Funcs:     []wasm.Func{wasm.Func{TypeIdx: 9}.WithBody([]wasm.Instr{end, end, {Op: wasm.Op(9999)}, {Op: wasm.OpElse}})},
		Imports:   []wasm.Import{{Desc: wasm.ExternType{Kind: wasm.ExternKind(17)}}},
		Exports:   []wasm.Export{{Kind: wasm.ExternKind(9)}},
		RecGroups: []wasm.RecGroup{{Start: 5, Count: 3}},
		Elems:     []wasm.Elem{{Init: [][]wasm.Instr{{}}}},
	}
	var b strings.Builder
	if err := Print(&b, m); err != nil {
		t.Fatal(err)
	}
}

// TestPrintLabels checks branch targets: names when they resolve to the
// right block, depths when a name is shadowed or missing, and try_table
// catches resolved outside the try_table's own label.
func TestPrintLabels(t *testing.T) {
	m := &wasm.Module{
		Types: []wasm.SubType{{Final: true, Comp: wasm.CompType{Kind: wasm.CompFunc}}},
		Funcs: []wasm.Func{wasm.Func{}.WithBody([]wasm.Instr{
			{Op: wasm.OpBlock},    // 0: $l
			{Op: wasm.OpBlock},    // 1: $l, shadows 0
			{Op: wasm.OpBr, X: 1}, // the outer $l: shadowed
			{Op: wasm.OpBr, X: 0}, // the inner $l
			{Op: wasm.OpTryTable, More: &wasm.MoreImm{Catches: []wasm.Catch{{Kind: wasm.CatchAll, Label: 0}}}}, // 2: $t
			{Op: wasm.OpBr, X: 0},
			{Op: wasm.OpBrTable, More: &wasm.MoreImm{Labels: []uint32{1, 3, 4}}},
			end, end, end, end,
		})},
		Names: wasm.Names{Labels: map[uint32]map[uint32]string{0: {0: "l", 1: "l", 2: "t"}}},
	}
	want := `(module
  (type (func))
  (func (type 0)
    block $l
      block $l
        br 1
        br $l
        try_table $t (catch_all $l)
          br $t
          br_table $l 3 4
        end
      end
    end
  )
)
`
	var b strings.Builder
	if err := Print(&b, m); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != want {
		t.Errorf("Print:\n%s\nwant:\n%s", got, want)
	}
}
