package roundtrip

import (
	"bytes"
	"testing"

	"wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// namedModule has a debug name in every index space, including names that
// need quoting as identifiers.
func namedModule() *wasm.Module {
	end := wasm.Instr{Op: wasm.OpEnd}
	i32 := func(v uint64) wasm.Instr { return wasm.Instr{Op: wasm.OpI32Const, Imm: v} }
	return &wasm.Module{
		Types: []wasm.SubType{
			{Final: true, Comp: wasm.CompType{Kind: wasm.CompFunc, Func: wasm.FuncType{Params: []wasm.ValType{wasm.I32}}}},
			{Final: true, Comp: wasm.CompType{Kind: wasm.CompStruct, Fields: []wasm.FieldType{
				{Storage: wasm.StorageType{Type: wasm.I32}, Mutable: true}}}},
		},
		RecGroups: []wasm.RecGroup{{Start: 0, Count: 1}, {Start: 1, Count: 1}},
		Imports:   []wasm.Import{{Module: "env", Name: "print", Desc: wasm.ExternType{Kind: wasm.ExternFunc}}},
		Funcs: []wasm.Func{wasm.Func{TypeIdx: 0, Locals: []wasm.ValType{wasm.I32}}.WithBody([]wasm.Instr{
			{Op: wasm.OpLocalGet, X: 1}, {Op: wasm.OpCall, X: 0}, {Op: wasm.OpDataDrop}, {Op: wasm.OpElemDrop}, end})},
		Tables:  []wasm.Table{{Type: wasm.TableType{Limits: wasm.Limits{Min: 1}, Elem: wasm.FuncRef}}},
		Mems:    []wasm.Mem{{Type: wasm.MemType{Limits: wasm.Limits{Min: 1}}}},
		Globals: []wasm.Global{{Type: wasm.GlobalType{Type: wasm.I32}, Init: []wasm.Instr{i32(7), end}}},
		Tags:    []wasm.Tag{{Type: wasm.TagType{TypeIdx: 0}}},
		Elems: []wasm.Elem{{Mode: wasm.SegmentPassive, Type: wasm.RefType(false, wasm.HeapFunc), FuncIndices: true,
			Init: [][]wasm.Instr{{{Op: wasm.OpRefFunc, X: 1}, end}}}},
		Datas: []wasm.Data{{Mode: wasm.SegmentPassive, Init: []byte("hello")}},
		Names: wasm.Names{
			Module:  "named module",
			Funcs:   map[uint32]string{0: "print", 1: "main"},
			Locals:  map[uint32]map[uint32]string{0: {0: "value"}, 1: {0: "arg", 1: "tmp var"}},
			Types:   map[uint32]string{0: "sig", 1: "cell"},
			Fields:  map[uint32]map[uint32]string{1: {0: "val"}},
			Tables:  map[uint32]string{0: "table"},
			Mems:    map[uint32]string{0: "mémoire"},
			Globals: map[uint32]string{0: "seven"},
			Elems:   map[uint32]string{0: "funcs"},
			Datas:   map[uint32]string{0: "greeting"},
			Tags:    map[uint32]string{0: `"quoted"`},
		},
	}
}

// TestNamesRoundTrip checks that names survive printing and parsing, on
// their own and after the name section of a binary.
func TestNamesRoundTrip(t *testing.T) {
	m := namedModule()
	fs := source.NewFileSet()
	if !textRoundTrip(t, fs, "named", m) {
		return
	}
	bin, err := binary.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	decoded, err := binary.Decode(fs.AddBinary("named.wasm", bin))
	if err != nil {
		t.Fatal(err)
	}
	same(t, "names via binary", m, decoded)
	textRoundTrip(t, fs, "named.wasm", decoded)
}

// TestRepeatedNamesStayParsable checks that a name section repeating a name
// prints text that parses, keeping the name on its first holder only.
func TestRepeatedNamesStayParsable(t *testing.T) {
	m := namedModule()
	m.Names.Funcs = map[uint32]string{0: "f", 1: "f"}
	m.Names.Locals = map[uint32]map[uint32]string{1: {0: "x", 1: "x"}}
	var text bytes.Buffer
	if err := wat.Print(&text, m); err != nil {
		t.Fatal(err)
	}
	back, err := wat.ParseModule(source.NewFileSet(), "repeated.wat", text.Bytes())
	if err != nil {
		t.Fatalf("parse of printed text: %v\n%s", err, text.String())
	}
	if got := back.Names.Funcs; len(got) != 1 || got[0] != "f" {
		t.Errorf("function names after printing = %v, want map[0:f]", got)
	}
	if got := back.Names.Locals[1]; len(got) != 1 || got[0] != "x" {
		t.Errorf("local names after printing = %v, want map[0:x]", got)
	}
}
