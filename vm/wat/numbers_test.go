package wat

import (
	"errors"
	"testing"
)

func TestParseInt(t *testing.T) {
	tests := []struct {
		text  string
		width uint
		want  uint64
		err   error
	}{
		{"0", 32, 0, nil},
		{"4294967295", 32, 0xFFFFFFFF, nil},
		{"0xffff_ffff", 32, 0xFFFFFFFF, nil},
		{"-1", 32, 0xFFFFFFFF, nil},
		{"-0x80000000", 32, 0x80000000, nil},
		{"-2147483648", 32, 0x80000000, nil},
		{"+2147483647", 32, 0x7FFFFFFF, nil},
		{"+0x80000000", 32, 0, errRange},
		{"4294967296", 32, 0, errRange},
		{"-2147483649", 32, 0, errRange},
		{"0x100000000", 32, 0, errRange},
		{"18446744073709551615", 64, 0xFFFFFFFFFFFFFFFF, nil},
		{"-9223372036854775808", 64, 0x8000000000000000, nil},
		{"18446744073709551616", 64, 0, errRange},
		{"-0x8000000000000001", 64, 0, errRange},
		{"1_000_000", 32, 1000000, nil},
		{"0x0_9acf_fBDF", 32, 0x09ACFFBDF, nil},
		{"1__0", 32, 0, errSyntax},
		{"_1", 32, 0, errSyntax},
		{"1_", 32, 0, errSyntax},
		{"0x_1", 32, 0, errSyntax},
		{"0x", 32, 0, errSyntax},
		{"1x", 32, 0, errSyntax},
		{"0xg", 32, 0, errSyntax},
		{"", 32, 0, errSyntax},
		{"-", 32, 0, errSyntax},
		{"1.0", 32, 0, errSyntax},
	}
	for _, tt := range tests {
		got, err := parseInt(tt.text, tt.width)
		if !errors.Is(err, tt.err) || (err == nil && got != tt.want) {
			t.Errorf("parseInt(%q, %d) = %#x, %v; want %#x, %v", tt.text, tt.width, got, err, tt.want, tt.err)
		}
	}
}

func TestParseF32(t *testing.T) {
	tests := []struct {
		text string
		want uint32
		err  error
	}{
		{"0", 0, nil},
		{"-0", 0x80000000, nil},
		{"1", 0x3F800000, nil},
		{"1.", 0x3F800000, nil},
		{"1.e0", 0x3F800000, nil},
		{"0x1p0", 0x3F800000, nil},
		{"0x1.p0", 0x3F800000, nil},
		{"0x1", 0x3F800000, nil},
		{"0x1.8", 0x3FC00000, nil},
		{"0x1.fp+3", 0x41780000, nil},
		{"1_000.5", 0x447A2000, nil},
		{"1e1_0", 0x501502F9, nil},
		// 2^24+1 and 2^24+3 are halfway cases: ties to even.
		{"16777217", 0x4B800000, nil},
		{"16777219", 0x4B800002, nil},
		{"1.000000059604644775390625", 0x3F800000, nil},
		{"1.00000005960464477539062500001", 0x3F800001, nil},
		{"0x1.000001p0", 0x3F800000, nil},
		{"0x1.0000010000000000001p0", 0x3F800001, nil},
		{"0x1.000003p0", 0x3F800002, nil},
		// Subnormals and underflow.
		{"0x1p-149", 0x00000001, nil},
		{"0x1p-150", 0x00000000, nil},
		{"0x1.8p-149", 0x00000002, nil},
		{"0x1.0000000001p-150", 0x00000001, nil},
		{"1e-50", 0, nil},
		// The largest finite value and just past it.
		{"0x1.fffffep127", 0x7F7FFFFF, nil},
		{"0x1.fffffefffffffffffffp127", 0x7F7FFFFF, nil},
		{"-0x1.fffffefffffffffffffp127", 0xFF7FFFFF, nil},
		{"0x1.ffffffp127", 0, errRange},
		{"0x1p128", 0, errRange},
		{"1e39", 0, errRange},
		{"-1e39", 0, errRange},
		{"3.4028235e38", 0x7F7FFFFF, nil},
		{"inf", 0x7F800000, nil},
		{"+inf", 0x7F800000, nil},
		{"-inf", 0xFF800000, nil},
		{"nan", 0x7FC00000, nil},
		{"-nan", 0xFFC00000, nil},
		{"nan:0x1", 0x7F800001, nil},
		{"-nan:0x7f_ffff", 0xFFFFFFFF, nil},
		{"nan:0x800000", 0, errRange},
		{"nan:0x0", 0, errRange},
		{"nan:1", 0, errSyntax},
		{".0", 0, errSyntax},
		{"0e", 0, errSyntax},
		{"0e+", 0, errSyntax},
		{"0.0e-", 0, errSyntax},
		{"0x", 0, errSyntax},
		{"0x.", 0, errSyntax},
		{"0x1p", 0, errSyntax},
		{"1._5", 0, errSyntax},
		{"1_.5", 0, errSyntax},
		{"1e_1", 0, errSyntax},
		{"infinity", 0, errSyntax},
		{"0x1.0e1", 0x3F870800, nil}, // 'e' is a hex digit here
	}
	for _, tt := range tests {
		got, err := parseF32(tt.text)
		if !errors.Is(err, tt.err) || (err == nil && got != tt.want) {
			t.Errorf("parseF32(%q) = %#x, %v; want %#x, %v", tt.text, got, err, tt.want, tt.err)
		}
	}
}

func TestParseF64(t *testing.T) {
	tests := []struct {
		text string
		want uint64
		err  error
	}{
		{"1", 0x3FF0000000000000, nil},
		{"0x1.fffffffffffffp1023", 0x7FEFFFFFFFFFFFFF, nil},
		{"0x1.fffffffffffff7ffffffp1023", 0x7FEFFFFFFFFFFFFF, nil},
		{"0x1.fffffffffffff8p1023", 0, errRange},
		{"1e309", 0, errRange},
		{"0x1p-1074", 1, nil},
		{"0x1p-1075", 0, nil},
		{"0x1.8p-1074", 2, nil},
		{"4.9406564584124654e-324", 1, nil},
		// 1 + 2^-53 is halfway between 1 and the next double.
		{"1.00000000000000011102230246251565404236316680908203125", 0x3FF0000000000000, nil},
		{"1.00000000000000011102230246251565404236316680908203126", 0x3FF0000000000001, nil},
		{"0x1.00000000000008p0", 0x3FF0000000000000, nil},
		{"0x1.00000000000018p0", 0x3FF0000000000002, nil},
		{"0x123456789ABCDEF.019aFp-019", 0x42423456789ABCDF, nil},
		{"nan", 0x7FF8000000000000, nil},
		{"-nan:0xf_ffff_ffff_ffff", 0xFFFFFFFFFFFFFFFF, nil},
		{"nan:0x10000000000000", 0, errRange},
		{"-inf", 0xFFF0000000000000, nil},
	}
	for _, tt := range tests {
		got, err := parseF64(tt.text)
		if !errors.Is(err, tt.err) || (err == nil && got != tt.want) {
			t.Errorf("parseF64(%q) = %#x, %v; want %#x, %v", tt.text, got, err, tt.want, tt.err)
		}
	}
}
