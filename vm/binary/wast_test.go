package binary

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"wasmstep/internal/testsuite"
)

// A test-only reader for the binary modules of the official .wast scripts:
// just enough S-expression syntax (comments, strings, parentheses) to find
// (module binary "...") forms and the assertion around them.

// sexpr is an atom (List == nil, Str false), a string literal (Str true,
// Text holds its bytes) or a list.
type sexpr struct {
	Text string
	Str  bool
	List []*sexpr
	Line int
}

func (s *sexpr) isList() bool { return s.List != nil }

func (s *sexpr) head() string {
	if len(s.List) > 0 && !s.List[0].isList() && !s.List[0].Str {
		return s.List[0].Text
	}
	return ""
}

// parseWast returns the top-level forms of a script.
func parseWast(src string) ([]*sexpr, error) {
	p := &wastParser{src: src, line: 1}
	root := &sexpr{List: []*sexpr{}}
	stack := []*sexpr{root}
	for {
		p.skipSpace()
		if p.i >= len(p.src) {
			break
		}
		c := p.src[p.i]
		switch {
		case c == '(':
			p.i++
			l := &sexpr{List: []*sexpr{}, Line: p.line}
			top := stack[len(stack)-1]
			top.List = append(top.List, l)
			stack = append(stack, l)
		case c == ')':
			p.i++
			if len(stack) == 1 {
				return nil, fmt.Errorf("line %d: unbalanced )", p.line)
			}
			stack = stack[:len(stack)-1]
		case c == '"':
			s, err := p.str()
			if err != nil {
				return nil, err
			}
			top := stack[len(stack)-1]
			top.List = append(top.List, &sexpr{Text: s, Str: true, Line: p.line})
		default:
			start := p.i
			for p.i < len(p.src) && !strings.ContainsRune(" \t\r\n()\";", rune(p.src[p.i])) {
				p.i++
			}
			if p.i == start { // a lone ';'
				p.i++
			}
			top := stack[len(stack)-1]
			top.List = append(top.List, &sexpr{Text: p.src[start:p.i], Line: p.line})
		}
	}
	if len(stack) != 1 {
		return nil, fmt.Errorf("unbalanced (")
	}
	return root.List, nil
}

type wastParser struct {
	src  string
	i    int
	line int
}

func (p *wastParser) skipSpace() {
	for p.i < len(p.src) {
		switch {
		case p.src[p.i] == '\n':
			p.line++
			p.i++
		case p.src[p.i] == ' ' || p.src[p.i] == '\t' || p.src[p.i] == '\r':
			p.i++
		case strings.HasPrefix(p.src[p.i:], ";;"):
			for p.i < len(p.src) && p.src[p.i] != '\n' {
				p.i++
			}
		case strings.HasPrefix(p.src[p.i:], "(;"):
			depth := 0
			for p.i < len(p.src) {
				if strings.HasPrefix(p.src[p.i:], "(;") {
					depth++
					p.i += 2
				} else if strings.HasPrefix(p.src[p.i:], ";)") {
					depth--
					p.i += 2
					if depth == 0 {
						break
					}
				} else {
					if p.src[p.i] == '\n' {
						p.line++
					}
					p.i++
				}
			}
		default:
			return
		}
	}
}

// str reads a string literal with the text format's escapes.
func (p *wastParser) str() (string, error) {
	p.i++ // opening quote
	var b strings.Builder
	for p.i < len(p.src) {
		c := p.src[p.i]
		switch {
		case c == '"':
			p.i++
			return b.String(), nil
		case c == '\\' && p.i+1 < len(p.src):
			e := p.src[p.i+1]
			p.i += 2
			switch e {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
				b.WriteByte('\r')
			case '\\', '\'', '"':
				b.WriteByte(e)
			case 'u':
				end := strings.IndexByte(p.src[p.i:], '}')
				if !strings.HasPrefix(p.src[p.i:], "{") || end < 0 {
					return "", fmt.Errorf("line %d: bad \\u escape", p.line)
				}
				v, err := strconv.ParseUint(p.src[p.i+1:p.i+end], 16, 32)
				if err != nil {
					return "", fmt.Errorf("line %d: %v", p.line, err)
				}
				b.WriteRune(rune(v))
				p.i += end + 1
			default:
				if p.i >= len(p.src) {
					return "", fmt.Errorf("line %d: bad escape", p.line)
				}
				v, err := strconv.ParseUint(p.src[p.i-1:p.i+1], 16, 8)
				if err != nil {
					return "", fmt.Errorf("line %d: bad escape \\%s", p.line, p.src[p.i-1:p.i+1])
				}
				b.WriteByte(byte(v))
				p.i++
			}
		default:
			if c == '\n' {
				p.line++
			}
			b.WriteByte(c)
			p.i++
		}
	}
	return "", fmt.Errorf("line %d: unterminated string", p.line)
}

// binaryModule returns the bytes of a (module $id? binary "..."*) form.
func binaryModule(s *sexpr) ([]byte, bool) {
	if s.head() != "module" {
		return nil, false
	}
	rest := s.List[1:]
	for len(rest) > 0 && !rest[0].Str && !rest[0].isList() && rest[0].Text != "binary" {
		rest = rest[1:] // $id, definition
	}
	if len(rest) == 0 || rest[0].Text != "binary" || rest[0].Str {
		return nil, false
	}
	var b []byte
	for _, x := range rest[1:] {
		if x.Str {
			b = append(b, x.Text...)
		}
	}
	return b, true
}

// suiteModule is one binary module of the suite.
type suiteModule struct {
	Name      string // file:line
	Bytes     []byte
	Malformed string // expected message; "" for a module that must decode
}

// suiteBinaryModules collects the binary modules of every script under the
// suite, leaving out the SIMD folders (SIMD is not decoded yet).
func suiteBinaryModules(t testing.TB) []suiteModule {
	t.Helper()
	var mods []suiteModule
	suiteDir := testsuite.Core(t)
	err := filepath.WalkDir(suiteDir, func(path string, de os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if de.IsDir() || filepath.Ext(path) != ".wast" {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		forms, err := parseWast(string(src))
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		rel, _ := filepath.Rel(suiteDir, path)
		for _, f := range forms {
			mods = append(mods, modulesIn(rel, f)...)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) == 0 {
		t.Fatalf("no binary modules found under %s", suiteDir)
	}
	return mods
}

func modulesIn(file string, f *sexpr) []suiteModule {
	name := fmt.Sprintf("%s:%d", file, f.Line)
	if b, ok := binaryModule(f); ok {
		return []suiteModule{{Name: name, Bytes: b}}
	}
	if !f.isList() || len(f.List) < 2 {
		return nil
	}
	b, ok := binaryModule(f.List[1])
	if !ok {
		return nil
	}
	switch f.head() {
	case "assert_malformed":
		msg := "?"
		if len(f.List) > 2 && f.List[2].Str {
			msg = f.List[2].Text
		}
		return []suiteModule{{Name: name, Bytes: b, Malformed: msg}}
	case "assert_invalid", "assert_unlinkable", "assert_trap", "assert_uninstantiable":
		return []suiteModule{{Name: name, Bytes: b}}
	}
	return nil
}

func TestParseWast(t *testing.T) {
	forms, err := parseWast(`(; c (; nested ;) ;) (module binary "\00asm" "\01\00\00\00" ;; x
	  "\u{41}\n\"") (assert_malformed (module $m binary "") "unexpected end")`)
	if err != nil {
		t.Fatal(err)
	}
	if len(forms) != 2 {
		t.Fatalf("got %d forms", len(forms))
	}
	b, ok := binaryModule(forms[0])
	if want := "\x00asm\x01\x00\x00\x00A\n\""; !ok || string(b) != want {
		t.Errorf("module bytes %q, want %q", b, want)
	}
	mods := modulesIn("x", forms[1])
	if len(mods) != 1 || mods[0].Malformed != "unexpected end" || len(mods[0].Bytes) != 0 {
		t.Errorf("assert_malformed gave %+v", mods)
	}
}
