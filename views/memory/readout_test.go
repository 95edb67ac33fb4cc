package memory

import (
	"strings"
	"testing"
)

func TestNumbers(t *testing.T) {
	mem := fakeMem{size: 64, base: 8, data: []byte{0xff, 0xff, 0xff, 0xff, 0, 0, 0xf8, 0x3f}}
	tests := []struct {
		addr  uint64
		lines [][]int
		pad   int
		want  string
	}{
		{8, wideLines, 0, "i8 -1  u8 255  i16 -1  u16 65535\ni32 -1  u32 4294967295  f32 NaN\n" +
			"i64 4609434222908669951  u64 4609434222908669951  f64 1.5000009536743162"},
		{12, wideLines, 0, "i8 0  u8 0  i16 0  u16 0\ni32 1073217536  u32 1073217536  f32 1.9375\n" +
			"i64 1073217536  u64 1073217536  f64 5.30239915e-315"},
		{61, wideLines, 0, "i8 0  u8 0  i16 0  u16 0\ni32 —  u32 —  f32 —\ni64 —  u64 —  f64 —"},
		{8, narrowLines, narrowPair, "i8 -1            u8 255\ni16 -1           u16 65535\n" +
			"i32 -1           u32 4294967295\nf32 NaN\ni64 4609434222908669951\nu64 4609434222908669951\nf64 1.5000009536743162"},
		{61, narrowLines[2:3], narrowPair, "i32 —            u32 —"},
	}
	for _, tt := range tests {
		if got := numbers(mem, tt.addr, tt.lines, tt.pad); got != tt.want {
			t.Errorf("numbers at %d:\n%s\nwant\n%s", tt.addr, got, tt.want)
		}
	}
}

func TestUTF8At(t *testing.T) {
	long := strings.Repeat("ab", 40)
	tests := []struct {
		data string
		want string
	}{
		{"你好, wasm\x00junk", `"你好, wasm"`},
		{"a\"b\\c\n\x00", `"a\"b\\c\n"`},
		{"ok\xff\xfe\x00", `"ok\xff\xfe"`},
		{"\xe4\xbd", `"\xe4\xbd"`}, // truncated by the end of memory
		{long, `"` + long[:maxString] + `"…`},
		{"\xde\xad\xbe\xef", `"\u07ad\xbe\xef"`}, // a mark with no base
		{"e\u0301\u0302!", "\"e\u0301\u0302!\""}, // marks on a base stay
		{"\\\u0301", `"\\\u0301"`},               // an escape is no base
	}
	for _, tt := range tests {
		mem := fakeMem{size: uint64(len(tt.data)), data: []byte(tt.data)}
		if got := utf8At(mem, 0); got != tt.want {
			t.Errorf("utf8At(%q) = %s, want %s", tt.data, got, tt.want)
		}
	}
}
