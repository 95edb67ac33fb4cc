package vm

import (
	"errors"
	"testing"
)

func TestFusedOps(t *testing.T) {
	tests := []struct {
		fn   string
		args []Value
		want Value
		trap int // instruction index of the expected out-of-bounds trap, or 0
		ops  int // ops of the fast form
	}{
		{fn: "load_add", args: []Value{I32(4)}, want: I32(2), ops: 2},
		{fn: "load_add", args: []Value{I32(8)}, want: I32(0x3fc00000), ops: 2},
		{fn: "load_add", args: []Value{I32(0)}, trap: 3, ops: 2}, // wraps to 0xfffffffc; +4 is out of bounds
		{fn: "store_add", args: []Value{I32(24), I32(7)}, want: I32(7), ops: 3},
		{fn: "store_add", args: []Value{I32(2), I32(7)}, trap: 4, ops: 3},
		{fn: "sub_load_add", args: []Value{I32(8), F64(3)}, want: F64(2.5), ops: 2},
		{fn: "sub_load_add", args: []Value{I32(-8), F64(3)}, trap: 4, ops: 2},
		{fn: "mul_load", args: []Value{I32(0), F32(3)}, want: F32(4.5), ops: 2},
		{fn: "mul_load", args: []Value{I32(65530), F32(3)}, trap: 2, ops: 2},
		{fn: "add_load_tee", args: []Value{I32(0), I64(40)}, want: I64(40 + 0x3fc0000000000002), ops: 3}, // the op, the move for the return,
		{fn: "fconst", args: []Value{F64(1.25)}, want: F64(3), ops: 3},
		{fn: "fconst_left_sub", args: []Value{F32(0.25)}, want: F32(0.75), ops: 3},
		{fn: "wrap_load", args: []Value{I64(1<<32 | 0)}, want: I32(2), ops: 2}, // the wrap drops the high half
		{fn: "wrap_load", args: []Value{I64(65532)}, trap: 2, ops: 2},
		{fn: "extend_add_wrap_load", args: []Value{I32(-8)}, want: I32(1), ops: 2}, // the add wraps at 32 bits
		{fn: "extend_add_wrap_load", args: []Value{I32(65530)}, trap: 5, ops: 2},
		{fn: "wrap_store", args: []Value{I64(1 << 32), I32(9)}, want: I32(9), ops: 3},
		{fn: "wrap_store", args: []Value{I64(65530), I32(9)}, trap: 3, ops: 3},
		{fn: "wrap_mul", args: []Value{I64(0x1_8000_0001), I64(3)}, want: I32(-0x7ffffffd), ops: 2},
		{fn: "extend_tee", args: []Value{I32(-1)}, want: I64(0), ops: 3},
		{fn: "extend_tee", args: []Value{I32(-2)}, want: I64(0xffffffff), ops: 3},
		{fn: "eqz_if", args: []Value{I64(1 << 32)}, want: I32(2), ops: 4},
		{fn: "eqz_if", args: []Value{I64(0)}, want: I32(1), ops: 4},
		{fn: "br_if_local", args: []Value{I32(0)}, want: I32(5), ops: 5},
		{fn: "br_if_local", args: []Value{I32(2)}, want: I32(6), ops: 5},
		{fn: "rotl_xor", args: []Value{I32(-0x7fffffff), I32(0x0f)}, want: I32(0xcf), ops: 2},
		{fn: "shl_add", args: []Value{I32(0x10000001), I32(3)}, want: I32(0x13), ops: 2},
		{fn: "xor_and_tee", args: []Value{I64(0x1234), I64(0x0ff0)}, want: I64(0xdc0), ops: 3},
		{fn: "mul_shr", args: []Value{I64(1<<62 + 1)}, want: I64(8), ops: 2},
		{fn: "const_jump", args: []Value{I32(3)}, want: I32(23), ops: 10},
		{fn: "move_jump", args: []Value{I32(10)}, want: I32(12), ops: 5},
		{fn: "indexed", args: []Value{I32(3), I32(4), I32(9)}, want: I32(9), ops: 3},
		{fn: "indexed", args: []Value{I32(0x4000_0001), I32(4), I32(8)}, want: I32(8), ops: 3},
		{fn: "indexed", args: []Value{I32(3), I32(65460), I32(9)}, trap: 6, ops: 3},
		{fn: "drop_br_if", args: []Value{I32(5), I32(0)}, want: I32(1), ops: 6},
		{fn: "drop_br_if", args: []Value{I32(0), I32(1)}, want: I32(2), ops: 6},
		{fn: "drop_load", args: []Value{I32(4), I32(0)}, want: I32(1), ops: 3},
		{fn: "drop_chain", args: []Value{I32(1), I32(2)}, want: I32(3), ops: 3},
		{fn: "eqz_eqz_if", args: []Value{I64(1 << 40)}, want: I32(1), ops: 4},
		{fn: "eqz_eqz_if", args: []Value{I64(0)}, want: I32(2), ops: 4},
		{fn: "store_const", args: []Value{I32(0)}, want: I64(0x1_0000_00fd), ops: 8},
		{fn: "mul_sub_right", args: []Value{F64(1.5), F64(4), F64(1)}, want: F64(-5), ops: 2},
		{fn: "mul_add_left", args: []Value{I64(1 << 33), I64(1<<31 + 3), I64(5)}, want: I64(3<<33 ^ 5), ops: 2},
		{fn: "store_const", args: []Value{I32(65500)}, trap: 5, ops: 8},
	}
	inst := loadWat(t, "fused.wat")
	for _, tc := range tests {
		if n := len(inst.ExportedFunc(tc.fn).code(false).ops); n != tc.ops {
			t.Errorf("%s: fast form has %d ops, want %d", tc.fn, n, tc.ops)
		}
		for _, form := range forms {
			got, err := call(t, inst, form.debug, tc.fn, tc.args...)
			if tc.trap != 0 {
				var tr *Trap
				if !errors.As(err, &tr) || tr.Kind != TrapOutOfBoundsMemory || tr.PC != tc.trap {
					t.Errorf("%s %s%v: got %v, %v; want out of bounds at %d", form.name, tc.fn, tc.args, got, err, tc.trap)
				}
				continue
			}
			if err != nil || len(got) != 1 || got[0] != tc.want {
				t.Errorf("%s %s%v = %v, %v; want %v", form.name, tc.fn, tc.args, got, err, tc.want)
			}
		}
	}
}
