package validate

import (
	"strings"
	"testing"
)

// TestSIMDImmediates checks lane indices and the natural alignment of SIMD
// memory instructions.
func TestSIMDImmediates(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"last i8 lane", `(i8x16.extract_lane_u 15 (v128.const i64x2 0 0)) (drop)`, ""},
		{"i8 lane past the end", `(i8x16.extract_lane_s 16 (v128.const i64x2 0 0)) (drop)`, "invalid lane index"},
		{"f64 lane past the end", `(f64x2.replace_lane 2 (v128.const i64x2 0 0) (f64.const 1)) (drop)`, "invalid lane index"},
		{"i32 lane in range", `(i32x4.replace_lane 3 (v128.const i64x2 0 0) (i32.const 1)) (drop)`, ""},
		{"shuffle index 31", `(i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 31 (v128.const i64x2 0 0) (v128.const i64x2 0 0)) (drop)`, ""},
		{"shuffle index 32", `(i8x16.shuffle 32 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (v128.const i64x2 0 0) (v128.const i64x2 0 0)) (drop)`, "invalid lane index"},
		{"load lane past the end", `(v128.load16_lane 8 (i32.const 0) (v128.const i64x2 0 0)) (drop)`, "invalid lane index"},
		{"store lane in range", `(v128.store64_lane 1 (i32.const 0) (v128.const i64x2 0 0))`, ""},
		{"v128.load natural alignment", `(v128.load align=16 (i32.const 0)) (drop)`, ""},
		{"v128.load over-aligned", `(v128.load align=32 (i32.const 0)) (drop)`, "alignment must not be larger than natural"},
		{"load8x8 over-aligned", `(v128.load8x8_s align=16 (i32.const 0)) (drop)`, "alignment must not be larger than natural"},
		{"load32_zero over-aligned", `(v128.load32_zero align=8 (i32.const 0)) (drop)`, "alignment must not be larger than natural"},
		{"load8_lane over-aligned", `(v128.load8_lane align=2 0 (i32.const 0) (v128.const i64x2 0 0)) (drop)`, "alignment must not be larger than natural"},
		{"store32_lane natural", `(v128.store32_lane align=4 0 (i32.const 0) (v128.const i64x2 0 0))`, ""},
		{"operand type", `(i8x16.splat (i64.const 0)) (drop)`, "type mismatch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := parse(t, "(memory 1) (func "+tt.body+")")
			_, err := Validate(m)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("error %v, want %q", err, tt.want)
			}
		})
	}
}
