package wasm

import "testing"

// TestEveryRowLooksUpToItself checks the whole table: each row's encoding
// and mnemonic lead back to its own Op. Families of opcodes are numbered
// one after another in separate files, so two families starting at the
// same Op would put rows at the wrong index; this is where that shows.
func TestEveryRowLooksUpToItself(t *testing.T) {
	for i := 1; i < len(Ops); i++ {
		op, info := Op(i), &Ops[i]
		if got, ok := OpByEncoding(info.Prefix, info.Code); !ok || got != op {
			t.Errorf("OpByEncoding(%#x, %#x) = %d, want %d (%s)", info.Prefix, info.Code, got, op, info.Name)
		}
		if op == OpSelectT {
			continue // shares "select" with the untyped form
		}
		if got, ok := OpByName(info.Name); !ok || got != op {
			t.Errorf("OpByName(%q) = %d, want %d", info.Name, got, op)
		}
	}
}

// TestLegacyEHRows pins the legacy exception rows against the legacy
// exception-handling proposal's opcode list.
func TestLegacyEHRows(t *testing.T) {
	tests := []struct {
		op   Op
		name string
		code uint32
		imm  ImmKind
	}{
		{OpTry, "try", 0x06, ImmBlock},
		{OpCatch, "catch", 0x07, ImmTag},
		{OpRethrow, "rethrow", 0x09, ImmLabel},
		{OpDelegate, "delegate", 0x18, ImmLabel},
		{OpCatchAll, "catch_all", 0x19, ImmNone},
	}
	if len(legacyEHOps) != len(tests) {
		t.Errorf("%d legacy rows, want %d", len(legacyEHOps), len(tests))
	}
	for _, tt := range tests {
		info := Ops[tt.op]
		if info.Name != tt.name || info.Prefix != 0 || info.Code != tt.code || info.Imm != tt.imm || info.Doc == "" || info.Sig == "" {
			t.Errorf("Ops[%d] = %s %#x %d, want %s %#x %d with a Sig and Doc", tt.op, info.Name, info.Code, info.Imm, tt.name, tt.code, tt.imm)
		}
	}
}
