package roundtrip

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wasmstep/internal/testsuite"
	"wasmstep/vm/source"
	"wasmstep/vm/wat"
)

// TestLegacyRoundTrips checks that every valid module of the legacy
// exception tests survives text -> binary -> text and text -> printed
// text -> text, so try, catch, catch_all, rethrow and delegate (with its
// label counted outside the try) encode and print as they parse.
func TestLegacyRoundTrips(t *testing.T) {
	dir := testsuite.Legacy(t)
	var viaBinary, viaText tally
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".wast") {
			return err
		}
		file, _ := filepath.Rel(dir, path)
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fset := source.NewFileSet()
		script, err := wat.ParseScript(fset, file, src)
		if err != nil {
			t.Errorf("%s: parse script: %v", file, err)
			return nil
		}
		for _, cmd := range script.Commands {
			if mc := validModule(cmd); mc != nil && mc.Form == wat.ModuleText && mc.Err == nil {
				name := fset.Position(mc.At).String()
				viaBinary.count(binaryRoundTrip(t, fset, name, mc.Module))
				viaText.count(textRoundTrip(t, fset, name, mc.Module))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if viaBinary.total == 0 {
		t.Fatal("no module of the legacy tests was round-tripped")
	}
	t.Logf("text -> module -> binary -> module: %v", viaBinary)
	t.Logf("text -> module -> printed text -> module: %v", viaText)
}
