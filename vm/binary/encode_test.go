package binary

import (
	"strings"
	"testing"

	"wasmstep/vm/wasm"
)

// Models that cannot be written give errors, not panics or bad bytes.
func TestEncodeErrors(t *testing.T) {
	fn := func(body ...wasm.Instr) *wasm.Module {
		return &wasm.Module{
			Types: []wasm.SubType{{Final: true}},
			Funcs: []wasm.Func{funcWith(append(body, wasm.Instr{Op: wasm.OpEnd}))},
		}
	}
	tests := []struct {
		name string
		m    *wasm.Module
		want string
	}{
		{"unknown opcode", fn(wasm.Instr{Op: wasm.Op(len(wasm.Ops) + 5)}), "invalid instruction"},
		{"zero opcode", fn(wasm.Instr{}), "invalid instruction"},
		{"br_table without default", fn(wasm.Instr{Op: wasm.OpBrTable}), "default label"},
		{"alignment too big", fn(wasm.Instr{Op: wasm.OpI32Load, Y: 64}), "alignment"},
		{"bad value type", &wasm.Module{Globals: []wasm.Global{{Init: []wasm.Instr{{Op: wasm.OpEnd}}}}}, "invalid value type"},
		{"groups out of order", &wasm.Module{
			Types:     []wasm.SubType{{Final: true}, {Final: true}},
			RecGroups: []wasm.RecGroup{{Start: 1, Count: 1}, {Start: 0, Count: 1}},
		}, "recursion groups"},
		{"groups too short", &wasm.Module{
			Types:     []wasm.SubType{{Final: true}, {Final: true}},
			RecGroups: []wasm.RecGroup{{Start: 0, Count: 1}},
		}, "recursion groups"},
	}
	for _, tt := range tests {
		b, err := Encode(tt.m)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got % x, %v; want error %q", tt.name, b, err, tt.want)
		}
	}
}

// Types without recursion groups are written one group each, and an
// explicit group keeps its 0x4E.
func TestEncodeTypes(t *testing.T) {
	st := wasm.SubType{Final: true, Comp: wasm.CompType{Kind: wasm.CompStruct,
		Fields: []wasm.FieldType{{Storage: wasm.StorageType{Packed: wasm.PackedI8}, Mutable: true}}}}
	sub := wasm.SubType{Supers: []uint32{0}, Comp: wasm.CompType{Kind: wasm.CompArray,
		Elem: wasm.FieldType{Storage: wasm.StorageType{Type: wasm.RefType(false, 0)}}}}
	b, err := Encode(&wasm.Module{Types: []wasm.SubType{st}})
	if want := module(section(secType, 1, codeStruct, 1, codeI8, 1)); err != nil || string(b) != string(want) {
		t.Errorf("got % x, %v; want % x", b, err, want)
	}
	m := &wasm.Module{Types: []wasm.SubType{st, sub}, RecGroups: []wasm.RecGroup{{Start: 0, Count: 2, Explicit: true}}}
	b, err = Encode(m)
	want := module(section(secType, 1, codeRec, 2, codeStruct, 1, codeI8, 1,
		codeSub, 1, 0, codeArray, codeRef, 0, 0))
	if err != nil || string(b) != string(want) {
		t.Errorf("got % x, %v; want % x", b, err, want)
	}
	if d := moduleDiff(m, mustDecode(t, b)); d != "" {
		t.Errorf("%s", d)
	}
}
