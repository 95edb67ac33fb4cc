package debuginfo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wasmstep/vm/binary"
	"wasmstep/vm/source"
)

// stripDebug rebuilds a module without its .debug_* sections, naming a side
// file in an external_debug_info section instead.
func stripDebug(t *testing.T, b []byte, side string) []byte {
	secs, err := walkSections(b)
	if err != nil {
		t.Fatal(err)
	}
	out := append([]byte(nil), b[:8]...)
	for _, s := range secs {
		if s.id == idCustom && strings.HasPrefix(s.name, ".debug_") {
			continue
		}
		start := s.offset
		if s.id == idCustom {
			start -= len(s.name) + 1 // the names here are shorter than 128 bytes
		}
		out = appendSection(out, s.id, b[start:s.offset+len(s.data)])
	}
	name := []byte("external_debug_info")
	body := append(append([]byte{byte(len(name))}, name...), byte(len(side)))
	return appendSection(out, idCustom, append(body, side...))
}

func appendSection(out []byte, id byte, body []byte) []byte {
	out = append(out, id)
	for n := uint64(len(body)); ; n >>= 7 {
		if n < 0x80 {
			out = append(out, byte(n))
			break
		}
		out = append(out, byte(n)|0x80)
	}
	return append(out, body...)
}

// TestExternalDebugInfo loads DWARF from the side file an
// external_debug_info section names, relative to the module; a missing
// side file is a warning.
func TestExternalDebugInfo(t *testing.T) {
	want, _, path := load(t, "shapes", "-O0")
	full, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "shapes.debug.wasm"), full, 0o644); err != nil {
		t.Fatal(err)
	}
	main := filepath.Join(dir, "shapes.wasm")
	stripped := stripDebug(t, full, "shapes.debug.wasm")
	m, err := binary.Decode(source.NewFileSet().AddBinary(main, stripped))
	if err != nil {
		t.Fatal(err)
	}
	in := Load(m, main)
	if in == nil || len(in.Warnings) > 0 {
		t.Fatalf("side file not used: %+v", in)
	}
	got, exp := in.LineStarts("shapes.c", 24), want.LineStarts("shapes.c", 24)
	if len(got) == 0 || len(got) != len(exp) || got[0] != exp[0] {
		t.Errorf("shapes.c:24 resolves to %v through the side file, %v in the module", got, exp)
	}

	m, err = binary.Decode(source.NewFileSet().AddBinary(main, stripDebug(t, full, "gone.wasm")))
	if err != nil {
		t.Fatal(err)
	}
	in = Load(m, main)
	if in == nil || len(in.Warnings) != 1 || in.Warnings[0].Section != "external_debug_info" {
		t.Fatalf("missing side file: %+v", in)
	}
}
