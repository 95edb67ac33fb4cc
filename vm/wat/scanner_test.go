package wat

import (
	"strings"
	"testing"

	"wasmstep/vm/source"
)

func scan(src string) ([]Token, error) {
	toks, err := tokenize(source.NewFileSet().AddFile("t.wat", []byte(src)))
	if err != nil {
		return nil, err
	}
	return tokenSlice(toks), nil
}

func tokenSlice(l *tokenList) []Token {
	var toks []Token
	for i := range l.len() {
		toks = append(toks, l.at(i))
	}
	return toks
}

// TestTokenListChunks checks tokens past the first chunks of a tokenList.
func TestTokenListChunks(t *testing.T) {
	n := 3*tokenChunk + 5
	toks, err := scan(strings.Repeat("nop ", n))
	if err != nil {
		t.Fatal(err)
	}
	if len(toks) != n+1 || toks[n].Kind != EOF {
		t.Fatalf("%d tokens, want %d and EOF", len(toks), n+1)
	}
	for i, tok := range toks[:n] {
		if tok.Text != "nop" || tok.Pos != toks[0].Pos+source.Pos(4*i) || tok.End() != tok.Pos+3 {
			t.Fatalf("token %d: %+v", i, tok)
		}
	}
}

// describe renders tokens as kind:value pairs for comparison.
func describe(toks []Token) string {
	var parts []string
	for _, t := range toks {
		switch t.Kind {
		case LParen, RParen, EOF:
			parts = append(parts, t.Kind.String())
		case String, ID:
			parts = append(parts, t.Kind.String()+":"+t.Value())
		default:
			parts = append(parts, t.Kind.String()+":"+t.Text)
		}
	}
	return strings.Join(parts, " ")
}

func TestScanner(t *testing.T) {
	tests := []struct{ src, want string }{
		{"(module)", "( keyword:module ) end of input"},
		{"(func(nop)nop)", "( keyword:func ( keyword:nop ) keyword:nop ) end of input"},
		{"$x $\"a b\" $l$l", "identifier:x identifier:a b identifier:l$l end of input"},
		{`"\t\n\r\"\'\\\41\u{48}\u{1F600}"`, "string:\t\n\r\"'\\AH\U0001F600 end of input"},
		{`"\ff\00"`, "string:\xff\x00 end of input"},
		{"0x1_0 -1.5e3 +inf nan:0x1", "number:0x1_0 number:-1.5e3 number:+inf keyword:nan:0x1 end of input"},
		{"i32.load offset=4 align=2", "keyword:i32.load keyword:offset=4 keyword:align=2 end of input"},
		{"a;;comment\nb", "keyword:a keyword:b end of input"},
		{"a;;comment\rb", "keyword:a keyword:b end of input"},
		{"a(;x(;nested;)y;)b", "keyword:a keyword:b end of input"},
		{"(@custom \"x\" (a (b)) \"(\") x", "keyword:x end of input"},
		{"(@a (@) (@ x)) x", "keyword:x end of input"},
		{"0$l", "number:0$l end of input"},
		{`$"l"0`, "reserved token:$\"l\"0 end of input"},
		{`data"a"`, "reserved token:data\"a\" end of input"},
		{`"a""b"`, "reserved token:\"a\"\"b\" end of input"},
		{"x,y {} Abc #", "reserved token:x,y reserved token:{} reserved token:Abc reserved token:# end of input"},
	}
	for _, tt := range tests {
		toks, err := scan(tt.src)
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if got := describe(toks); got != tt.want {
			t.Errorf("%q:\n got  %s\n want %s", tt.src, got, tt.want)
		}
	}
}

func TestScannerErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{`"abc`, "t.wat:1:1: unclosed string"},
		{"\"a\nb\"", "unclosed string"},
		{`"\q"`, "t.wat:1:2: illegal escape"},
		{`"\u{110000}"`, "illegal escape"},
		{`"\u{D800}"`, "illegal escape"},
		{`"\u{}"`, "illegal escape"},
		{"\"\x01\"", "illegal control character"},
		{"\"\xc0\x80\"", "malformed UTF-8 encoding"},
		{"x\n \x7f", "t.wat:2:2: illegal character"},
		{"Heiße", "illegal character"},
		{"(; a", "unclosed comment"},
		{";; \xff", "malformed UTF-8 encoding"},
		{"(@", "empty annotation id"},
		{"(@ x)", "empty annotation id"},
		{`(@"")`, "empty annotation id"},
		{`(@"\ef")`, "malformed UTF-8"},
		{"(@x (y)", "unclosed annotation"},
		{"$", "empty identifier"},
		{`$""`, "empty identifier"},
		{`$"\ff"`, "malformed UTF-8 encoding"},
	}
	for _, tt := range tests {
		_, err := scan(tt.src)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.src, err, tt.want)
		}
	}
}
