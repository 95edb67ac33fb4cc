package roundtrip

import (
	"math/rand/v2"
	"testing"

	"wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// edgeF32 and edgeF64 are bit patterns at the edges of the float formats:
// zeros, subnormals, extremes, infinities, NaNs with various payloads, 0.1.
var (
	edgeF32 = []uint32{0, 0x80000000, 1, 0x807FFFFF, 0x00800000, 0x7F7FFFFF, 0xFF7FFFFF,
		0x7F800000, 0xFF800000, 0x7FC00000, 0xFFC00000, 0x7F800001, 0x7FBFFFFF, 0x3DCCCCCD}
	edgeF64 = []uint64{0, 1 << 63, 1, 0x000FFFFFFFFFFFFF, 0x0010000000000000, 0x7FEFFFFFFFFFFFFF,
		0x7FF0000000000000, 0xFFF0000000000000, 0x7FF8000000000000, 0x7FF0000000000001,
		0xFFFFFFFFFFFFFFFF, 0x3FB999999999999A}
)

// TestFloatConstantsRoundTrip prints edge and random float constants and
// checks that they parse and encode back to the same bits.
func TestFloatConstantsRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var body []wasm.Instr
	for _, b := range edgeF32 {
		body = append(body, wasm.Instr{Op: wasm.OpF32Const, Imm: uint64(b)}, wasm.Instr{Op: wasm.OpDrop})
	}
	for _, b := range edgeF64 {
		body = append(body, wasm.Instr{Op: wasm.OpF64Const, Imm: b}, wasm.Instr{Op: wasm.OpDrop})
	}
	for range 3000 {
		body = append(body,
			wasm.Instr{Op: wasm.OpF32Const, Imm: uint64(rng.Uint32())}, wasm.Instr{Op: wasm.OpDrop},
			wasm.Instr{Op: wasm.OpF64Const, Imm: rng.Uint64()}, wasm.Instr{Op: wasm.OpDrop})
	}
	body = append(body, wasm.Instr{Op: wasm.OpEnd})
	m := &wasm.Module{
		Types:     []wasm.SubType{{Final: true, Comp: wasm.CompType{Kind: wasm.CompFunc}}},
		RecGroups: []wasm.RecGroup{{Start: 0, Count: 1}},
		Funcs:     []wasm.Func{wasm.Func{}.WithBody(body)},
	}
	fs := source.NewFileSet()
	textRoundTrip(t, fs, "floats", m)
	bin, err := binary.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	decoded, err := binary.Decode(fs.AddBinary("floats.wasm", bin))
	if err != nil {
		t.Fatal(err)
	}
	same(t, "floats via binary", m, decoded)
}
