package wat

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// TestListingMatchesPrint checks, on every example, that the listing's
// lines are Print's, read in an order that reprints bodies, and that every
// instruction's line holds it.
func TestListingMatchesPrint(t *testing.T) {
	paths, _ := filepath.Glob("../../examples/*.wat")
	if len(paths) == 0 {
		t.Fatal("no examples")
	}
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := ParseModule(source.NewFileSet(), path, src)
		if err != nil {
			continue // an example of an error
		}
		var buf bytes.Buffer
		if err := Print(&buf, m); err != nil {
			t.Fatal(err)
		}
		want := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		l, err := NewListing(m)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if l.Len() != len(want) {
			t.Fatalf("%s: %d lines, want %d", path, l.Len(), len(want))
		}
		for i := len(want) - 1; i >= 0; i-- { // backwards: bodies are printed again
			if got := l.Line(i); got != want[i] {
				t.Errorf("%s line %d = %q, want %q", path, i+1, got, want[i])
			}
		}
		checkInstrLines(t, path, l, m, want)
		checkSkeletonLines(t, path, l, want)
	}
}

func checkInstrLines(t *testing.T, path string, l *Listing, m *wasm.Module, want []string) {
	t.Helper()
	for fn := range m.Funcs {
		if got := want[l.FuncLine(fn)]; !strings.HasPrefix(got, "  (func ") {
			t.Errorf("%s: FuncLine(%d) is %q", path, fn, got)
		}
		body := m.Funcs[fn].Body()
		for j := range body {
			line, ok := l.InstrLine(fn, j)
			if !ok {
				t.Fatalf("%s: no line for instruction %d of function %d", path, j, fn)
			}
			name := wasm.Ops[body[j].Op].Name
			if j == len(body)-1 {
				name = ")"
			} else if gf, gj, ok := l.InstrAt(line); !ok || gf != fn || gj != j {
				t.Errorf("%s: InstrAt(%d) = %d, %d, %v; want %d, %d", path, line, gf, gj, ok, fn, j)
			}
			if !strings.HasPrefix(strings.TrimSpace(want[line]), name) {
				t.Errorf("%s: instruction %d of function %d (%s) is on line %q", path, j, fn, name, want[line])
			}
		}
	}
}

// checkSkeletonLines checks that the skeleton's lines outside bodies land
// on the same text in the listing.
func checkSkeletonLines(t *testing.T, path string, l *Listing, want []string) {
	t.Helper()
	for i, line := range strings.Split(strings.TrimSuffix(l.Skeleton(), "\n"), "\n") {
		if strings.HasPrefix(line, "    (local ") {
			continue // a locals line belongs to its header
		}
		if got := want[l.SkeletonLine(i)]; got != line {
			t.Errorf("%s: skeleton line %d %q maps to %q", path, i+1, line, got)
		}
	}
}
