package roundtrip

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wasmstep/internal/testsuite"
	"wasmstep/vm/binary"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
	"wasmstep/vm/wat"
)

// tally counts the round trips of one direction.
type tally struct{ passed, total int }

func (t tally) String() string { return fmt.Sprintf("%d/%d", t.passed, t.total) }

// TestSuiteRoundTrips checks, for every valid text module of the official
// suite (see validModule), that text -> module -> binary -> module and text -> module
// -> printed text -> module give back an equal module; and for every
// valid binary module that binary -> module -> printed text -> module
// does.
func TestSuiteRoundTrips(t *testing.T) {
	dir := testsuite.Core(t)
	var viaBinary, viaText, binaryViaText tally
	for _, path := range testsuite.Scripts(t) {
		file, _ := filepath.Rel(dir, path)
		t.Run(filepath.ToSlash(file), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			fs := source.NewFileSet()
			script, err := wat.ParseScript(fs, file, src)
			if err != nil {
				t.Fatalf("parse script: %v", err)
			}
			for _, cmd := range script.Commands {
				mc := validModule(cmd)
				if mc == nil {
					continue
				}
				name := fs.Position(mc.At).String()
				switch mc.Form {
				case wat.ModuleText:
					if mc.Err != nil {
						t.Errorf("%s: parse: %v", name, mc.Err)
						continue
					}
					viaBinary.count(binaryRoundTrip(t, fs, name, mc.Module))
					viaText.count(textRoundTrip(t, fs, name, mc.Module))
				case wat.ModuleBinary:
					m, err := binary.Decode(fs.AddBinary(name+".wasm", mc.Binary))
					if err != nil {
						t.Errorf("%s: decode: %v", name, err)
						continue
					}
					binaryViaText.count(textRoundTrip(t, fs, name, m))
				}
			}
		})
	}
	t.Logf("text -> module -> binary -> module: %v", viaBinary)
	t.Logf("text -> module -> printed text -> module: %v", viaText)
	t.Logf("binary -> module -> printed text -> module: %v", binaryViaText)
}

// validModule returns the module a command defines when the script says it
// is valid: a top-level module, or one expected to trap at instantiation or
// to fail linking (both pass validation first).
func validModule(cmd wat.Command) *wat.ModuleCmd {
	switch c := cmd.(type) {
	case *wat.ModuleCmd:
		return c
	case *wat.AssertTrap:
		return c.Module
	case *wat.AssertModule:
		if c.Kind == wat.AssertUnlinkable || c.Kind == wat.AssertUninstantiable {
			return c.Module
		}
	}
	return nil
}

func (t *tally) count(passed bool) {
	t.total++
	if passed {
		t.passed++
	}
}

// binaryRoundTrip encodes and decodes m and compares.
func binaryRoundTrip(t *testing.T, fs *source.FileSet, name string, m *wasm.Module) bool {
	t.Helper()
	bin, err := binary.Encode(m)
	if err != nil {
		t.Errorf("%s: encode: %v", name, err)
		return false
	}
	back, err := binary.Decode(fs.AddBinary(name+".wasm", bin))
	if err != nil {
		t.Errorf("%s: decode of the encoding: %v", name, err)
		return false
	}
	return same(t, name+" via binary", m, back)
}

// textRoundTrip prints m, parses the text and compares.
func textRoundTrip(t *testing.T, fs *source.FileSet, name string, m *wasm.Module) bool {
	t.Helper()
	var text bytes.Buffer
	if err := wat.Print(&text, m); err != nil {
		t.Errorf("%s: print: %v", name, err)
		return false
	}
	back, err := wat.ParseModule(fs, name+".printed.wat", text.Bytes())
	if err != nil {
		t.Errorf("%s: parse of the printed text: %v\n%s", name, err, excerpt(text.String(), err))
		return false
	}
	return same(t, name+" via text", m, back)
}

func same(t *testing.T, what string, want, got *wasm.Module) bool {
	t.Helper()
	if diffs := moduleDiff(want, got); len(diffs) > 0 {
		t.Errorf("%s: modules differ:\n\t%s", what, strings.Join(diffs, "\n\t"))
		return false
	}
	return true
}

// excerpt returns the printed line an error points at, for the report.
func excerpt(text string, err error) string {
	var line int
	msg := err.Error()
	if i := strings.Index(msg, ".printed.wat:"); i >= 0 {
		fmt.Sscanf(msg[i+len(".printed.wat:"):], "%d", &line)
	}
	lines := strings.Split(text, "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	return "\t" + strings.TrimSpace(lines[line-1])
}
