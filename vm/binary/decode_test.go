package binary

import (
	"bytes"
	"errors"
	"testing"

	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// module assembles a binary module from sections.
func module(sections ...[]byte) []byte {
	b := []byte("\x00asm\x01\x00\x00\x00")
	for _, s := range sections {
		b = append(b, s...)
	}
	return b
}

// section frames content as a section with the given id.
func section(id byte, content ...byte) []byte {
	return appendSection(nil, id, content)
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

func mustDecode(t *testing.T, b []byte) *wasm.Module {
	t.Helper()
	m, err := Decode(source.NewFileSet().AddBinary("t.wasm", b))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

var (
	typeVoid = section(secType, 1, codeFunc, 0, 0)
	oneFunc  = section(secFunction, 1, 0)
)

func TestDecodePositionsAndErrors(t *testing.T) {
	// (func (drop (i32.const 1))) : the body starts at offset 0x16.
	b := module(typeVoid, oneFunc, section(secCode, 1, 5, 0, 0x41, 1, 0x1a, 0x0b))
	fs := source.NewFileSet()
	f := fs.AddBinary("p.wasm", b)
	m, err := Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if m.File != f {
		t.Errorf("Module.File not set")
	}
	body := m.Funcs[0].Body()
	wantOps := []wasm.Op{wasm.OpI32Const, wasm.OpDrop, wasm.OpEnd}
	wantOffsets := []int{0x17, 0x19, 0x1a}
	if len(body) != len(wantOps) {
		t.Fatalf("body has %d instructions, want %d", len(body), len(wantOps))
	}
	for i, in := range body {
		if in.Op != wantOps[i] || fs.Position(in.Pos).Offset != wantOffsets[i] {
			t.Errorf("instr %d: %s at 0x%x, want %s at 0x%x", i, in.Op, fs.Position(in.Pos).Offset, wantOps[i], wantOffsets[i])
		}
	}
	if off := fs.Position(m.Funcs[0].Pos).Offset; off != 0x15 {
		t.Errorf("func at 0x%x, want 0x15", off)
	}

	// An illegal opcode in place of drop.
	b[0x19] = 0xff
	_, err = Decode(source.NewFileSet().AddBinary("p.wasm", b))
	var se *source.Error
	if !errors.As(err, &se) || !se.Pos.Binary || se.Pos.Offset != 0x19 {
		t.Fatalf("got %v, want a binary source.Error at 0x19", err)
	}
	if want := "p.wasm:0x19: illegal opcode ff"; err.Error() != want {
		t.Errorf("got %q, want %q", err, want)
	}
}

func TestDecodeInstructions(t *testing.T) {
	tests := []struct {
		name string
		code []byte // the body's instructions, before the final end
		want wasm.Instr
	}{
		{"memarg", []byte{0x28, 0x02, 0x10}, wasm.Instr{Op: wasm.OpI32Load, Y: 2, Imm: 16}},
		{"memarg with memory", []byte{0x28, 0x42, 0x03, 0x80, 0x01}, wasm.Instr{Op: wasm.OpI32Load, X: 3, Y: 2, Imm: 128}},
		{"call_indirect", []byte{0x11, 0x02, 0x01}, wasm.Instr{Op: wasm.OpCallIndirect, X: 2, Y: 1}},
		{"i32.const -1", []byte{0x41, 0x7f}, wasm.Instr{Op: wasm.OpI32Const, Imm: 0xffffffff}},
		{"f32.const 1", []byte{0x43, 0x00, 0x00, 0x80, 0x3f}, wasm.Instr{Op: wasm.OpF32Const, Imm: 0x3f800000}},
		{"br_table", []byte{0x0e, 0x02, 0x00, 0x01, 0x02}, wasm.Instr{Op: wasm.OpBrTable, More: &wasm.MoreImm{Labels: []uint32{0, 1, 2}}}},
		{"select t", []byte{0x1c, 0x01, 0x7e}, wasm.Instr{Op: wasm.OpSelectT, More: &wasm.MoreImm{Types: []wasm.ValType{wasm.I64}}}},
		{"ref.null index", []byte{0xd0, 0x05}, wasm.Instr{Op: wasm.OpRefNull, Ref: wasm.RefType(true, 5)}},
		{"ref.test", []byte{0xfb, 0x14, 0x6c}, wasm.Instr{Op: wasm.OpRefTest, Ref: wasm.RefType(false, wasm.HeapI31)}},
		{"ref.test null", []byte{0xfb, 0x15, 0x6c}, wasm.Instr{Op: wasm.OpRefTest, Ref: wasm.RefType(true, wasm.HeapI31)}},
		{"br_on_cast", []byte{0xfb, 0x18, 0x01, 0x00, 0x6e, 0x03}, wasm.Instr{Op: wasm.OpBrOnCast, Ref: wasm.AnyRef, More: &wasm.MoreImm{Ref2: wasm.RefType(false, 3)}}},
		{"table.init", []byte{0xfc, 0x0c, 0x04, 0x01}, wasm.Instr{Op: wasm.OpTableInit, X: 4, Y: 1}},
		{"struct.get", []byte{0xfb, 0x02, 0x01, 0x02}, wasm.Instr{Op: wasm.OpStructGet, X: 1, Y: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := append(append([]byte{0}, tt.code...), 0x0b)
			code := append([]byte{1, byte(len(body))}, body...)
			m := mustDecode(t, module(typeVoid, oneFunc, section(secCode, code...)))
			got := withoutPositions(m).Funcs[0].Body()[0]
			if d := moduleDiff(&wasm.Module{Funcs: []wasm.Func{funcWith([]wasm.Instr{got})}},
				&wasm.Module{Funcs: []wasm.Func{funcWith([]wasm.Instr{tt.want})}}); d != "" {
				t.Fatalf("%s", d)
			}
			enc, err := Encode(m)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(enc, tt.code) {
				t.Errorf("encoding % x does not contain % x", enc, tt.code)
			}
		})
	}
}

// TestElementForms checks that each of the eight element segment encodings
// decodes to the right model and is written back byte for byte.
func TestElementForms(t *testing.T) {
	offset := []byte{0x41, 0x00, 0x0b}
	refNullFunc := []byte{0xd0, 0x70, 0x0b}
	tests := []struct {
		flags   byte
		rest    []byte
		mode    wasm.SegmentMode
		table   uint32
		typ     wasm.ValType
		indices bool
	}{
		{0, cat(offset, []byte{1, 0}), wasm.SegmentActive, 0, wasm.RefType(false, wasm.HeapFunc), true},
		{1, []byte{0x00, 1, 0}, wasm.SegmentPassive, 0, wasm.RefType(false, wasm.HeapFunc), true},
		{2, cat([]byte{1}, offset, []byte{0x00, 1, 0}), wasm.SegmentActive, 1, wasm.RefType(false, wasm.HeapFunc), true},
		{3, []byte{0x00, 1, 0}, wasm.SegmentDeclarative, 0, wasm.RefType(false, wasm.HeapFunc), true},
		{4, cat(offset, []byte{1}, refNullFunc), wasm.SegmentActive, 0, wasm.FuncRef, false},
		{5, cat([]byte{0x70, 1}, refNullFunc), wasm.SegmentPassive, 0, wasm.FuncRef, false},
		{6, cat([]byte{1}, offset, []byte{0x70, 1}, refNullFunc), wasm.SegmentActive, 1, wasm.FuncRef, false},
		{7, cat([]byte{0x70, 1}, refNullFunc), wasm.SegmentDeclarative, 0, wasm.FuncRef, false},
	}
	for _, tt := range tests {
		elemSec := section(secElement, append([]byte{1, tt.flags}, tt.rest...)...)
		b := module(typeVoid, oneFunc, elemSec, section(secCode, 1, 2, 0, 0x0b))
		m := mustDecode(t, b)
		e := m.Elems[0]
		if e.Mode != tt.mode || e.Table != tt.table || e.Type != tt.typ || e.FuncIndices != tt.indices || len(e.Init) != 1 {
			t.Errorf("flags %d: got %+v", tt.flags, e)
		}
		enc, err := Encode(m)
		if err != nil || !bytes.Equal(enc, b) {
			t.Errorf("flags %d: encoded % x (%v), want % x", tt.flags, enc, err, b)
		}
	}
}

func TestDataCountAndCustoms(t *testing.T) {
	// memory.init needs the data count section even if the model has none.
	m := &wasm.Module{
		Types:     []wasm.SubType{{Final: true}},
		RecGroups: []wasm.RecGroup{{Start: 0, Count: 1}},
		Mems:      []wasm.Mem{{}},
		Funcs: []wasm.Func{funcWith([]wasm.Instr{
			{Op: wasm.OpI32Const}, {Op: wasm.OpI32Const}, {Op: wasm.OpI32Const},
			{Op: wasm.OpMemoryInit}, {Op: wasm.OpEnd}})},
		Datas: []wasm.Data{{Mode: wasm.SegmentPassive, Init: []byte("hi")}},
		Customs: []wasm.Custom{
			{Name: "first", Data: []byte{1}},
			{Name: "after-mem", Data: []byte{2}, After: secMemory},
			{Name: "after-data", Data: []byte{3}, After: secData},
		},
		Names: wasm.Names{Module: "m", Funcs: map[uint32]string{0: "init"},
			Locals: map[uint32]map[uint32]string{0: {0: "x"}}},
	}
	enc, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	got := mustDecode(t, enc)
	if got.DataCount == nil || *got.DataCount != 1 {
		t.Errorf("data count %v, want 1", got.DataCount)
	}
	if d := moduleDiff(m, withDataCount(got, nil)); d != "" {
		t.Errorf("%s", d)
	}
}

func withDataCount(m *wasm.Module, n *uint32) *wasm.Module {
	c := *m
	c.DataCount = n
	return &c
}

func TestMalformedNameSectionIgnored(t *testing.T) {
	good := appendCustom(nil, "name", []byte{nameFunc, 4, 1, 0, 1, 'f'})
	m := mustDecode(t, module(good))
	if m.Names.Funcs[0] != "f" {
		t.Fatalf("names %+v", m.Names)
	}
	// Subsections out of order, an index map out of order, a truncation.
	for _, bad := range [][]byte{
		{nameFunc, 4, 1, 0, 1, 'f', nameModule, 2, 1, 'm'},
		{nameFunc, 7, 2, 1, 1, 'f', 0, 1, 'g'},
		{nameFunc, 9, 1, 0},
	} {
		m := mustDecode(t, module(appendCustom(nil, "name", bad)))
		if m.Names.Funcs != nil || m.Names.Module != "" || len(m.Customs) != 0 {
			t.Errorf("% x: names %+v, customs %d", bad, m.Names, len(m.Customs))
		}
	}
}

// Every immediate kind the opcode table uses has a reader and a writer.
func TestImmKindsCovered(t *testing.T) {
	for op := range wasm.Ops {
		info := &wasm.Ops[op]
		if info.Name == "" || info.Imm == wasm.ImmNone {
			continue
		}
		if int(info.Imm) >= len(immReaders) || immReaders[info.Imm] == nil {
			t.Errorf("%s: no immediate reader", info.Name)
		}
		if int(info.Imm) >= len(immWriters) || immWriters[info.Imm] == nil {
			t.Errorf("%s: no immediate writer", info.Name)
		}
	}
}

func TestHostileLengths(t *testing.T) {
	tests := []struct {
		name string
		b    []byte
		want string
	}{
		{"huge vector", module(section(secType, 0xff, 0xff, 0xff, 0xff, 0x0f)), errLengthBounds},
		{"huge section", append([]byte("\x00asm\x01\x00\x00\x00"), 1, 0xff, 0xff, 0xff, 0xff, 0x0f), errLengthBounds},
		{"locals beyond the limit", module(typeVoid, oneFunc,
			section(secCode, 1, 7, 1, 0xff, 0xff, 0xff, 0x0f, 0x7f, 0x0b)), "too many locals"},
	}
	for _, tt := range tests {
		_, err := Decode(source.NewFileSet().AddBinary("h.wasm", tt.b))
		if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tt.want)) {
			t.Errorf("%s: got %v, want %q", tt.name, err, tt.want)
		}
	}
}
