package ui

import "testing"

func TestPrintableOutput(t *testing.T) {
	for in, want := range map[string]string{
		"hi\n":        "hi\n",
		"a\x00b\tc\n": "a␀b\tc\n",
		"\x1b[0m\x7f": "␛[0m␡",
		"中文":          "中文",
	} {
		if got := printableOutput(in); got != want {
			t.Errorf("printableOutput(%q) = %q, want %q", in, got, want)
		}
	}
}
