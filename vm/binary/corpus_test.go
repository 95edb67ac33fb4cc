package binary

import (
	"bytes"
	"go/build"
	"os"
	"path/filepath"
	"testing"

	"wasmstep/vm/source"
)

// wazeroDir is wazero's source in the module cache: its test data holds
// thousands of .wasm files (spec tests compiled by wast2json, compiler
// output from Go, TinyGo, Rust, Zig and Emscripten with name sections).
func wazeroDir() string {
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		cache = filepath.Join(build.Default.GOPATH, "pkg", "mod")
	}
	return filepath.Join(cache, "github.com", "tetratelabs", "wazero@v1.12.0")
}

// TestCorpusRoundTrip decodes every .wasm file under wazero's test data.
// Files that decode must survive encode and decode unchanged; the count of
// rejected ones is logged (many are malformed on purpose).
func TestCorpusRoundTrip(t *testing.T) {
	dir := wazeroDir()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no wazero sources at %s", dir)
	}
	var decoded, rejected int
	err := filepath.WalkDir(dir, func(path string, de os.DirEntry, err error) error {
		if err != nil || de.IsDir() || filepath.Ext(path) != ".wasm" {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		name, _ := filepath.Rel(dir, path)
		fs := source.NewFileSet()
		m1, err := Decode(fs.AddBinary(name, src))
		if err != nil {
			rejected++
			return nil
		}
		decoded++
		enc, err := Encode(m1)
		if err != nil {
			t.Errorf("%s: encode: %v", name, err)
			return nil
		}
		m2, err := Decode(fs.AddBinary(name+" (encoded)", enc))
		if err != nil {
			t.Errorf("%s: decoding the encoding: %v", name, err)
			return nil
		}
		if d := moduleDiff(m1, m2); d != "" {
			t.Errorf("%s: round trip changed the module: %s", name, d)
		}
		if enc2, err := Encode(m2); err != nil || !bytes.Equal(enc, enc2) {
			t.Errorf("%s: encoding is not stable", name)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("wazero corpus: %d decoded and round-tripped, %d rejected", decoded, rejected)
}
