package roundtrip

import (
	"testing"

	"wasmstep/vm/wasm"
)

func TestModuleDiff(t *testing.T) {
	base := func() *wasm.Module {
		return &wasm.Module{
			Types: []wasm.SubType{{Final: true, Comp: wasm.CompType{Kind: wasm.CompFunc}}},
			Funcs: []wasm.Func{wasm.Func{}.WithBody([]wasm.Instr{{Op: wasm.OpI32Const, Imm: 1, Pos: 10}, {Op: wasm.OpDrop}, {Op: wasm.OpEnd}})},
			Names: wasm.Names{Funcs: map[uint32]string{0: "f"}},
		}
	}
	tests := []struct {
		name  string
		edit  func(m *wasm.Module)
		equal bool
	}{
		{"identical", func(*wasm.Module) {}, true},
		{"positions differ", func(m *wasm.Module) { m.Funcs[0].Body()[0].Pos = 99; m.Funcs[0].Pos = 5 }, true},
		{"nil vs empty locals", func(m *wasm.Module) { m.Funcs[0].Locals = []wasm.ValType{} }, true},
		{"nil vs empty name map", func(m *wasm.Module) { m.Names.Globals = map[uint32]string{} }, true},
		{"module name in Name", func(m *wasm.Module) { m.Names.Module, m.Name = "", "m" }, true},
		{"module name differs", func(m *wasm.Module) { m.Names.Module = "n" }, false},
		{"custom sections", func(m *wasm.Module) { m.Customs = []wasm.Custom{{Name: "x"}} }, true},
		{"constant differs", func(m *wasm.Module) { m.Funcs[0].Body()[0].Imm = 2 }, false},
		{"opcode differs", func(m *wasm.Module) { m.Funcs[0].Body()[1].Op = wasm.OpNop }, false},
		{"extra local", func(m *wasm.Module) { m.Funcs[0].Locals = []wasm.ValType{wasm.I32} }, false},
		{"type final flag", func(m *wasm.Module) { m.Types[0].Final = false }, false},
		{"func name differs", func(m *wasm.Module) { m.Names.Funcs[0] = "g" }, false},
		{"func name missing", func(m *wasm.Module) { m.Names.Funcs = nil }, false},
		{"start set", func(m *wasm.Module) { s := uint32(0); m.Start = &s }, false},
		{"ref type nullability", func(m *wasm.Module) {
			m.Funcs[0].Body()[0] = wasm.Instr{Op: wasm.OpRefNull, Ref: wasm.RefType(false, wasm.HeapFunc)}
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := base(), base()
			a.Name, b.Names.Module = "m", "m"
			tt.edit(b)
			diffs := moduleDiff(a, b)
			if got := len(diffs) == 0; got != tt.equal {
				t.Errorf("equal = %v, want %v; diffs: %v", got, tt.equal, diffs)
			}
		})
	}
}
