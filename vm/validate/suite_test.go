package validate

import (
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

// suiteModule parses or decodes a script module in any form; nil if it
// does not parse (the parser's and decoder's tests cover that).
func suiteModule(fs *source.FileSet, mc *wat.ModuleCmd) *wasm.Module {
	switch mc.Form {
	case wat.ModuleText:
		return mc.Module
	case wat.ModuleQuote:
		m, err := wat.ParseModule(fs, "quote", mc.Quote)
		if err != nil {
			return nil
		}
		return m
	}
	m, err := binary.Decode(fs.AddBinary("binary", mc.Binary))
	if err != nil {
		return nil
	}
	return m
}

// TestSuite validates every module of the core suite (but SIMD): the
// modules the scripts define or expect to link or trap must be valid, those
// of assert_invalid must not be, with the expected message.
func TestSuite(t *testing.T) {
	var valid, invalid, rejectedValid, acceptedInvalid, wrongMsg, unparsed int
	for _, path := range testsuite.Scripts(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		fs := source.NewFileSet()
		s, err := wat.ParseScript(fs, path, src)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		rel, _ := filepath.Rel(testsuite.Core(t), path)
		for _, c := range s.Commands {
			var mc *wat.ModuleCmd
			wantInvalid, msg := false, ""
			switch c := c.(type) {
			case *wat.ModuleCmd:
				mc = c
			case *wat.AssertTrap:
				mc = c.Module
			case *wat.AssertModule:
				if c.Kind == wat.AssertMalformed {
					continue
				}
				mc, wantInvalid, msg = c.Module, c.Kind == wat.AssertInvalid, c.Msg
			}
			if mc == nil {
				continue
			}
			m := suiteModule(fs, mc)
			if m == nil {
				unparsed++
				continue
			}
			line := s.File.Position(c.Pos()).Line
			_, err := Validate(m)
			switch {
			case !wantInvalid:
				valid++
				if err != nil {
					rejectedValid++
					t.Errorf("%s:%d: valid module rejected: %v", rel, line, err)
				}
			default:
				invalid++
				if err == nil {
					acceptedInvalid++
					t.Errorf("%s:%d: invalid module accepted (want %q)", rel, line, msg)
				} else if !strings.Contains(err.Error(), msg) {
					wrongMsg++
					t.Logf("%s:%d: message %q does not contain %q", rel, line, err, msg)
				}
			}
		}
	}
	t.Logf("valid modules: %d, rejected %d; invalid modules: %d, accepted %d, other message %d; unparsed %d",
		valid, rejectedValid, invalid, acceptedInvalid, wrongMsg, unparsed)
}
