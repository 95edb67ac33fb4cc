package ui

import (
	"strings"
	"testing"
)

// The finder lists a disassembly's functions and exports at their lines in
// the listing, past the bodies printed before them.
func TestFinderPlacesInDisassembly(t *testing.T) {
	d := newDocument(writeWasm(t, "testdata/fib.wat"), nil)
	if d.disasm == nil {
		t.Fatal("no disassembly")
	}
	ps := places([]*document{d})
	if len(ps) == 0 {
		t.Fatal("no places")
	}
	for _, p := range ps {
		line := d.disasm.listing.Line(p.line - 1)
		kind, _, _ := strings.Cut(p.text, " ")
		if !strings.Contains(line, "("+kind) {
			t.Errorf("%q is placed on line %d: %q", p.text, p.line, line)
		}
	}
}
