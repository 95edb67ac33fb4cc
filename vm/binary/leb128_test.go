package binary

import (
	"math"
	"strings"
	"testing"

	"wasmstep/vm/source"
)

func testReader(b []byte) *reader {
	return newReader(source.NewFileSet().AddBinary("t.wasm", b), b, 0)
}

func TestLEB128Decode(t *testing.T) {
	tests := []struct {
		name   string
		read   func(r *reader) int64
		in     []byte
		want   int64
		errMsg string
	}{
		{"u32 zero", u32Of, []byte{0x00}, 0, ""},
		{"u32 padded zero", u32Of, []byte{0x80, 0x80, 0x80, 0x80, 0x00}, 0, ""},
		{"u32 max", u32Of, []byte{0xff, 0xff, 0xff, 0xff, 0x0f}, math.MaxUint32, ""},
		{"u32 six bytes", u32Of, []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, 0, errTooLong},
		{"u32 unused bit", u32Of, []byte{0xff, 0xff, 0xff, 0xff, 0x1f}, 0, errTooLarge},
		{"u32 high unused bit", u32Of, []byte{0x80, 0x80, 0x80, 0x80, 0x40}, 0, errTooLarge},
		{"u32 truncated", u32Of, []byte{0x80}, 0, errUnexpectedEnd},
		{"s32 -1", s32Of, []byte{0x7f}, -1, ""},
		{"s32 one byte max", s32Of, []byte{0x3f}, 63, ""},
		{"s32 one byte min", s32Of, []byte{0x40}, -64, ""},
		{"s33 one byte -2", s33Of, []byte{0x7e}, -2, ""},
		{"s64 one byte 1", s64Of, []byte{0x01}, 1, ""},
		{"u32 one byte max", u32Of, []byte{0x7f}, 127, ""},
		{"u64 one byte", u64Of, []byte{0x45}, 0x45, ""},
		{"s32 min", s32Of, []byte{0x80, 0x80, 0x80, 0x80, 0x78}, math.MinInt32, ""},
		{"s32 max", s32Of, []byte{0xff, 0xff, 0xff, 0xff, 0x07}, math.MaxInt32, ""},
		{"s32 padded -1", s32Of, []byte{0xff, 0xff, 0xff, 0xff, 0x7f}, -1, ""},
		{"s32 bad sign bits", s32Of, []byte{0xff, 0xff, 0xff, 0xff, 0x4f}, 0, errTooLarge},
		{"s32 positive with sign bits", s32Of, []byte{0x80, 0x80, 0x80, 0x80, 0x70}, 0, errTooLarge},
		{"s32 too long", s32Of, []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}, 0, errTooLong},
		{"s33 max index", s33Of, []byte{0xff, 0xff, 0xff, 0xff, 0x0f}, math.MaxUint32, ""},
		{"s33 bad sign bits", s33Of, []byte{0xff, 0xff, 0xff, 0xff, 0x2f}, 0, errTooLarge},
		{"u64 max", u64Of, []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, -1, ""},
		{"u64 unused bit", u64Of, []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x03}, 0, errTooLarge},
		{"u64 eleven bytes", u64Of, []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00}, 0, errTooLong},
		{"s64 min", s64Of, []byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f}, math.MinInt64, ""},
		{"s64 max", s64Of, []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00}, math.MaxInt64, ""},
		{"s64 bad sign bits", s64Of, []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x41}, 0, errTooLarge},
		{"s64 too long", s64Of, []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}, 0, errTooLong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := testReader(tt.in)
			got := tt.read(r)
			if tt.errMsg != "" {
				if r.err == nil || !strings.Contains(r.err.Error(), tt.errMsg) {
					t.Fatalf("got %d, %v; want error %q", got, r.err, tt.errMsg)
				}
				return
			}
			if r.err != nil || got != tt.want || !r.eof() {
				t.Fatalf("got %d, %v (at %d of %d); want %d", got, r.err, r.pos, len(tt.in), tt.want)
			}
		})
	}
}

func u32Of(r *reader) int64 { return int64(r.u32()) }
func s32Of(r *reader) int64 { return int64(r.s32()) }
func s33Of(r *reader) int64 { return r.s33() }
func u64Of(r *reader) int64 { return int64(r.u64()) }
func s64Of(r *reader) int64 { return r.s64() }

func TestLEB128EncodeShortest(t *testing.T) {
	unsigned := []struct {
		v    uint64
		want []byte
	}{
		{0, []byte{0x00}},
		{127, []byte{0x7f}},
		{128, []byte{0x80, 0x01}},
		{math.MaxUint32, []byte{0xff, 0xff, 0xff, 0xff, 0x0f}},
	}
	for _, tt := range unsigned {
		if got := appendULEB(nil, tt.v); string(got) != string(tt.want) {
			t.Errorf("appendULEB(%d) = % x, want % x", tt.v, got, tt.want)
		}
	}
	signed := []struct {
		v    int64
		want []byte
	}{
		{0, []byte{0x00}},
		{-1, []byte{0x7f}},
		{63, []byte{0x3f}},
		{64, []byte{0xc0, 0x00}},
		{-64, []byte{0x40}},
		{-65, []byte{0xbf, 0x7f}},
		{math.MinInt32, []byte{0x80, 0x80, 0x80, 0x80, 0x78}},
	}
	for _, tt := range signed {
		if got := appendSLEB(nil, tt.v); string(got) != string(tt.want) {
			t.Errorf("appendSLEB(%d) = % x, want % x", tt.v, got, tt.want)
		}
	}
	// Every value survives a round trip at the widest width.
	for _, v := range []int64{0, 1, -1, 1 << 31, -1 << 31, math.MaxInt64, math.MinInt64, 0x123456789} {
		if got := testReader(appendSLEB(nil, v)).s64(); got != v {
			t.Errorf("s64 round trip of %d gave %d", v, got)
		}
		if got := testReader(appendULEB(nil, uint64(v))).u64(); got != uint64(v) {
			t.Errorf("u64 round trip of %d gave %d", uint64(v), got)
		}
	}
}

// After an error every read gives zero, whatever bytes follow.
func TestReadsAfterAnErrorGiveZero(t *testing.T) {
	r := testReader([]byte{0x80, 0x01, 0x02})
	r.failAt(0, "first")
	if b, n, v := r.byte(), r.u32(), r.s64(); b != 0 || n != 0 || v != 0 || !strings.Contains(r.err.Error(), "first") {
		t.Fatalf("got %d, %d, %d, %v; want zeros and the first error", b, n, v, r.err)
	}
}
