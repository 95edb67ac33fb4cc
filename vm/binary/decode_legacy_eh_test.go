package binary

import (
	"bytes"
	"testing"

	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// funcBody wraps a function body's instructions (final end included) as
// the module's only function.
func funcBody(code ...byte) []byte {
	body := append([]byte{0}, code...)
	return module(typeVoid, oneFunc, section(secCode, append([]byte{1, byte(len(body))}, body...)...))
}

// TestLegacyEHEncoding checks that the legacy instructions decode from the
// proposal's opcodes and are written back byte for byte.
func TestLegacyEHEncoding(t *testing.T) {
	// try (catch 0 rethrow 0) (catch_all) end; try delegate 1 end
	code := []byte{0x06, 0x40, 0x07, 0x00, 0x09, 0x00, 0x19, 0x0b, 0x06, 0x7f, 0x41, 0x01, 0x18, 0x00, 0x1a, 0x0b}
	b := module(typeVoid, oneFunc, section(secTag, 1, 0, 0), section(secCode, append([]byte{1, byte(len(code) + 1), 0}, code...)...))
	m := mustDecode(t, b)
	want := []wasm.Op{wasm.OpTry, wasm.OpCatch, wasm.OpRethrow, wasm.OpCatchAll, wasm.OpEnd,
		wasm.OpTry, wasm.OpI32Const, wasm.OpDelegate, wasm.OpDrop, wasm.OpEnd}
	body := m.Funcs[0].Body()
	if len(body) != len(want) {
		t.Fatalf("%d instructions, want %d", len(body), len(want))
	}
	for i, in := range body {
		if in.Op != want[i] {
			t.Errorf("instr %d: %s, want %s", i, in.Op, want[i])
		}
	}
	enc, err := Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(enc, code) {
		t.Errorf("encoding % x does not contain % x", enc, code)
	}
}

// TestLegacyEHMisplacedClauses checks that a clause with no try to belong
// to is an error at its offset.
func TestLegacyEHMisplacedClauses(t *testing.T) {
	tests := []struct {
		name string
		b    []byte
		want string
	}{
		{"catch_all outside a try", funcBody(0x19, 0x0b), "t.wasm:0x17: END opcode expected"},
		{"delegate ending a block", funcBody(0x02, 0x40, 0x18, 0x00, 0x0b), "t.wasm:0x19: END opcode expected"},
		{"catch after catch_all", funcBody(0x06, 0x40, 0x19, 0x07, 0x00, 0x0b, 0x0b), "t.wasm:0x1a: END opcode expected"},
		{"delegate after catch_all", funcBody(0x06, 0x40, 0x19, 0x18, 0x00, 0x0b), "t.wasm:0x1a: END opcode expected"},
	}
	for _, tt := range tests {
		_, err := Decode(source.NewFileSet().AddBinary("t.wasm", tt.b))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: got %v, want %q", tt.name, err, tt.want)
		}
	}
}
