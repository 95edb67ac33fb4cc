package wat

import (
	"os"
	"strings"
	"testing"

	"wasmstep/internal/testsuite"
	"wasmstep/vm/source"
)

// TestSuiteParses parses every script, every text module outside
// assert_malformed, and every quoted module whose assertion does not expect
// the text to be malformed.
func TestSuiteParses(t *testing.T) {
	var scripts, modules, quotes int
	for _, path := range testsuite.Scripts(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		fs := source.NewFileSet()
		s, err := ParseScript(fs, path, src)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		scripts++
		for _, c := range s.Commands {
			mc, malformed := scriptModuleOf(c)
			if mc == nil || malformed {
				continue
			}
			switch mc.Form {
			case ModuleText:
				modules++
				if mc.Err != nil {
					t.Errorf("%v", mc.Err)
				}
			case ModuleQuote:
				quotes++
				if _, err := ParseModule(fs, fs.Position(mc.At).String(), mc.Quote); err != nil {
					t.Errorf("%s: quote: %v", fs.Position(mc.At), err)
				}
			}
		}
	}
	t.Logf("%d scripts, %d text modules, %d quote modules parsed", scripts, modules, quotes)
}

// scriptModuleOf returns a command's module and whether the command
// expects it to be malformed.
func scriptModuleOf(c Command) (*ModuleCmd, bool) {
	switch c := c.(type) {
	case *ModuleCmd:
		return c, false
	case *AssertModule:
		return c.Module, c.Kind == AssertMalformed
	case *AssertTrap:
		return c.Module, false
	}
	return nil, false
}

// TestSuiteMalformed checks that quoted modules expected to be malformed
// fail to parse. Some are malformed only for the binary format or are
// caught by the validator; the ones whose message says "malformed" must
// be rejected here.
func TestSuiteMalformed(t *testing.T) {
	var total, rejected, wrongMsg int
	var accepted []string
	for _, path := range testsuite.Scripts(t) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		fs := source.NewFileSet()
		s, err := ParseScript(fs, path, src)
		if err != nil {
			continue // reported by TestSuiteParses
		}
		for _, c := range s.Commands {
			a, ok := c.(*AssertModule)
			if !ok || a.Kind != AssertMalformed || a.Module.Form != ModuleQuote {
				continue
			}
			total++
			_, err := ParseModule(fs, "quote", a.Module.Quote)
			if err != nil {
				rejected++
				if !strings.Contains(err.Error(), a.Msg) {
					wrongMsg++
					t.Logf("%s: message %q, want %q", fs.Position(a.At), err, a.Msg)
				}
				continue
			}
			accepted = append(accepted, fs.Position(a.At).String()+": "+a.Msg)
			if strings.Contains(a.Msg, "malformed") {
				t.Errorf("%s: malformed module parsed (want %q)", fs.Position(a.At), a.Msg)
			}
		}
	}
	for _, a := range accepted {
		t.Logf("accepted: %s", a)
	}
	t.Logf("%d of %d malformed quote modules rejected (%d with another message); %d accepted",
		rejected, total, wrongMsg, len(accepted))
}
