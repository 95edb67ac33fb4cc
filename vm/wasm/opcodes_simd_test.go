package wasm

import "testing"

// TestOpsHaveNoGaps checks that every Op but OpInvalid has a row.
func TestOpsHaveNoGaps(t *testing.T) {
	for i := 1; i < len(Ops); i++ {
		if Ops[i].Name == "" {
			t.Errorf("Op %d (after %s) has no row", i, Op(i-1))
		}
	}
}

// TestSIMDEncodings checks that each SIMD row has a unique encoding that
// looks up back to its own Op, and a mnemonic that does too.
func TestSIMDEncodings(t *testing.T) {
	seen := map[uint32]Op{}
	for i := range simdOps {
		op := numCoreOps + Op(i)
		info := &Ops[op]
		if info.Prefix != 0xFD {
			t.Errorf("%s: prefix %#x, want 0xFD", info.Name, info.Prefix)
		}
		if prev, dup := seen[info.Code]; dup {
			t.Errorf("%s and %s share code %#x", prev, op, info.Code)
		}
		seen[info.Code] = op
		if got, ok := OpByEncoding(0xFD, info.Code); !ok || got != op {
			t.Errorf("OpByEncoding(0xFD, %#x) = %s, want %s", info.Code, got, op)
		}
		if got, ok := OpByName(info.Name); !ok || got != op {
			t.Errorf("OpByName(%q) = %s, want %s", info.Name, got, op)
		}
		if info.Sig == "" || info.Doc == "" {
			t.Errorf("%s: missing Sig or Doc", info.Name)
		}
	}
	if len(seen) != 256 {
		t.Errorf("%d SIMD opcodes, want 236 SIMD and 20 relaxed SIMD", len(seen))
	}
}

// TestSIMDTableSpotChecks pins a few rows against the specification's
// opcode list.
func TestSIMDTableSpotChecks(t *testing.T) {
	tests := []struct {
		op   Op
		name string
		code uint32
		imm  ImmKind
	}{
		{OpV128Load, "v128.load", 0x00, ImmMemArg},
		{OpV128Const, "v128.const", 0x0C, ImmV128},
		{OpI8x16Shuffle, "i8x16.shuffle", 0x0D, ImmShuffle},
		{OpF64x2ReplaceLane, "f64x2.replace_lane", 0x22, ImmLane},
		{OpV128AnyTrue, "v128.any_true", 0x53, ImmNone},
		{OpV128Store64Lane, "v128.store64_lane", 0x5B, ImmMemArgLane},
		{OpF64x2Nearest, "f64x2.nearest", 0x94, ImmNone},
		{OpI32x4DotI16x8S, "i32x4.dot_i16x8_s", 0xBA, ImmNone},
		{OpI64x2GeS, "i64x2.ge_s", 0xDB, ImmNone},
		{OpF64x2ConvertLowI32x4U, "f64x2.convert_low_i32x4_u", 0xFF, ImmNone},
		{OpI8x16RelaxedSwizzle, "i8x16.relaxed_swizzle", 0x100, ImmNone},
		{OpI32x4RelaxedDotI8x16I7x16AddS, "i32x4.relaxed_dot_i8x16_i7x16_add_s", 0x113, ImmNone},
	}
	for _, tt := range tests {
		info := Ops[tt.op]
		if info.Name != tt.name || info.Code != tt.code || info.Imm != tt.imm {
			t.Errorf("Ops[%d] = %s %#x %d, want %s %#x %d", tt.op, info.Name, info.Code, info.Imm, tt.name, tt.code, tt.imm)
		}
	}
}
