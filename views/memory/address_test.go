package memory

import "testing"

func TestParseAddress(t *testing.T) {
	tests := []struct {
		in   string
		want uint64
		err  string
	}{
		{"0x10", 16, ""},
		{" 0X1F ", 31, ""},
		{"100", 100, ""},
		{"ff", 255, ""},
		{"0xff_ff", 65535, ""},
		{"65535", 65535, ""},
		{"65536", 0, "beyond the end of memory (size 0x10000)"},
		{"0x", 0, "not a hex or decimal address"},
		{"12g", 0, "not a hex or decimal address"},
		{"-1", 0, "not a hex or decimal address"},
		{"0x1ffffffffffffffff", 0, "address too large"},
	}
	for _, tt := range tests {
		got, err := parseAddress(tt.in, 65536)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("parseAddress(%q) error %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("parseAddress(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

func TestLabels(t *testing.T) {
	if got := formatAddress(0x1234, false); got != "00001234" {
		t.Errorf("32-bit address %q", got)
	}
	if got := formatAddress(0x3_ffff_fff0, true); got != "00000003fffffff0" {
		t.Errorf("64-bit address %q", got)
	}
	tests := []struct {
		m    MemoryModel
		want string
	}{
		{MemoryModel{Index: 0, Name: "$public", Pages: 1}, "0 $public (1 page)"},
		{MemoryModel{Index: 2, Pages: 262144}, "2 (262144 pages)"},
		{MemoryModel{Index: 1, Name: "$m", Pages: 0}, "1 $m (0 pages)"},
		{MemoryModel{Index: 0, Name: "memory[0]", Import: "js.mem0", Pages: 1}, "0 js.mem0 (1 page)"},
		{MemoryModel{Index: 0, Name: "$input", Import: "env.input", Pages: 2}, "0 env.input $input (2 pages)"},
		{MemoryModel{Index: 0, Name: `"mem"`, Pages: 1, Shared: true}, `0 "mem" · shared (1 page)`},
	}
	for _, tt := range tests {
		if got := tabLabel(tt.m); got != tt.want {
			t.Errorf("tabLabel = %q, want %q", got, tt.want)
		}
	}
}
