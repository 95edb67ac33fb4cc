package stack

import (
	"math"
	"testing"

	"wasmstep/vm/wasm"
)

func TestValueText(t *testing.T) {
	f32 := func(f float32) uint64 { return uint64(math.Float32bits(f)) }
	f64 := math.Float64bits
	tests := []struct {
		v     Value
		f     Format
		shape Shape
		want  string
	}{
		{Value{Type: wasm.I32, Lo: 42}, Dec, 0, "42"},
		{Value{Type: wasm.I32, Lo: 0xffffffff}, Dec, 0, "-1"},
		{Value{Type: wasm.I32, Lo: 0xffffffff}, Hex, 0, "0xffffffff"},
		{Value{Type: wasm.I32, Lo: 42}, Hex, 0, "0x0000002a"},
		{Value{Type: wasm.I32, Lo: f32(1.5)}, Float, 0, "1.5"},
		{Value{Type: wasm.I64, Lo: math.MaxUint64}, Dec, 0, "-1"},
		{Value{Type: wasm.I64, Lo: 1 << 40}, Hex, 0, "0x0000010000000000"},
		{Value{Type: wasm.I64, Lo: f64(-2.25)}, Float, 0, "-2.25"},
		{Value{Type: wasm.F32, Lo: f32(0.1)}, Dec, 0, "0.1"},
		{Value{Type: wasm.F32, Lo: f32(0.1)}, Hex, 0, "0x3dcccccd"},
		{Value{Type: wasm.F32, Lo: 0x7fc00000}, Dec, 0, "nan"},
		{Value{Type: wasm.F32, Lo: 0xffc00000}, Dec, 0, "-nan"},
		{Value{Type: wasm.F32, Lo: 0x7f800001}, Dec, 0, "nan:0x1"},
		{Value{Type: wasm.F32, Lo: 0xff800000}, Float, 0, "-inf"},
		{Value{Type: wasm.F64, Lo: f64(1e300)}, Dec, 0, "1e300"},
		{Value{Type: wasm.F64, Lo: f64(math.Copysign(0, -1))}, Dec, 0, "-0"},
		{Value{Type: wasm.F64, Lo: 0x7ff8000000000000}, Float, 0, "nan"},
		{Value{Type: wasm.V128, Lo: 0x00000002_00000001, Hi: 0xffffffff_00000003}, Dec, I32x4, "1 2 3 -1"},
		{Value{Type: wasm.V128, Lo: 0x00000002_00000001, Hi: 0xffffffff_00000003}, Hex, I64x2, "0x0000000200000001 0xffffffff00000003"},
		{Value{Type: wasm.V128, Lo: 0x80ff, Hi: 0}, Dec, I8x16, "-1 -128 0 0 0 0 0 0 0 0 0 0 0 0 0 0"},
		{Value{Type: wasm.V128, Lo: 0xfffe0001, Hi: 0}, Hex, I16x8, "0x0001 0xfffe 0x0000 0x0000 0x0000 0x0000 0x0000 0x0000"},
		{Value{Type: wasm.V128, Lo: f32(1.5) | f32(-2)<<32, Hi: 0}, Dec, F32x4, "1.5 -2 0 0"},
		{Value{Type: wasm.V128, Lo: f64(0.5), Hi: f64(8)}, Float, F64x2, "0.5 8"},
		{Value{Type: wasm.FuncRef, Ref: "func $fib"}, Hex, 0, "func $fib"},
	}
	for _, tt := range tests {
		if got := tt.v.Text(tt.f, tt.shape); got != tt.want {
			t.Errorf("%v %#x:%#x as %s/%s = %q, want %q", tt.v.Type, tt.v.Hi, tt.v.Lo, Formats[tt.f], Shapes[tt.shape], got, tt.want)
		}
	}
}

func TestTyped(t *testing.T) {
	if got := DefaultDisplay.Typed(Value{Type: wasm.F64, Lo: math.Float64bits(1.5)}); got != "f64:1.5" {
		t.Errorf("Typed = %q, want f64:1.5", got)
	}
}
