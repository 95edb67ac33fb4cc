package wat

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// parser walks a token slice. Errors unwind to the entry point as a bailout
// panic, so the grammar code reads top-down without error plumbing.
type parser struct {
	file *source.File
	toks *tokenList
	pos  int // index of the current token
}

// bailout carries a parse error up to the recover in catchBailout.
type bailout struct{ err *source.Error }

func newParser(f *source.File) (*parser, error) {
	toks, err := tokenize(f)
	if err != nil {
		return nil, err
	}
	return &parser{file: f, toks: toks}, nil
}

// catchBailout turns a bailout panic into *errp; other panics propagate.
func catchBailout(errp *error) {
	if r := recover(); r != nil {
		b, ok := r.(bailout)
		if !ok {
			panic(r)
		}
		*errp = b.err
	}
}

func (p *parser) failAt(pos source.Pos, format string, args ...any) {
	panic(bailout{&source.Error{Pos: p.file.Position(pos), Msg: fmt.Sprintf(format, args...)}})
}

// fail reports an error at the current token.
func (p *parser) fail(format string, args ...any) { p.failAt(p.peek().Pos, format, args...) }

// unexpected reports the current token as out of place. A token that is
// not even a well-formed keyword or number reads as an unknown operator, as
// the reference interpreter reports it.
func (p *parser) unexpected() {
	t := p.peek()
	switch {
	case t.Kind == Reserved, t.Kind == Number, t.Kind == Keyword && !knownKeyword(t.Text):
		p.fail("unknown operator %s", t.Text)
	case t.Kind == EOF:
		p.fail("unexpected end of input")
	}
	p.fail("unexpected token %s", t.Text)
}

// knownKeyword reports whether kw is a word of the language: a keyword of
// the grammar or an instruction name. Any other word is an unknown operator.
func knownKeyword(kw string) bool {
	_, isOp := wasm.OpByName(kw)
	return isOp || syntaxKeywords[kw]
}

// syntaxKeywords are the keywords of the grammar itself, as opposed to
// instruction names: out of place, they are unexpected tokens rather than
// unknown operators.
var syntaxKeywords = map[string]bool{}

func init() {
	for _, kw := range strings.Fields(`module type rec sub final func struct array field param result
		local global table memory tag elem data import export start then else end mut offset item
		declare catch catch_ref catch_all catch_all_ref ref null i8 i16 i32 i64 f32 f64 v128 shared
		binary quote definition instance nan:canonical nan:arithmetic`) {
		syntaxKeywords[kw] = true
	}
	for kw := range refAbbrevs {
		syntaxKeywords[kw] = true
	}
}

func (p *parser) peek() Token { return p.toks.at(p.pos) }

// peekAt returns the token k places ahead, or EOF.
func (p *parser) peekAt(k int) Token {
	if p.pos+k < p.toks.len() {
		return p.toks.at(p.pos + k)
	}
	return p.toks.at(p.toks.len() - 1)
}

func (p *parser) next() Token {
	t := p.toks.at(p.pos)
	if t.Kind != EOF {
		p.pos++
	}
	return t
}

// last returns the most recently consumed token.
func (p *parser) last() Token {
	if p.pos == 0 {
		return p.toks.at(0)
	}
	return p.toks.at(p.pos - 1)
}

func (p *parser) isKeyword(kw string) bool {
	t := p.peek()
	return t.Kind == Keyword && t.Text == kw
}

// isOpen reports whether the next tokens are "(" kw.
func (p *parser) isOpen(kw string) bool {
	t := p.peekAt(1)
	return p.peek().Kind == LParen && t.Kind == Keyword && t.Text == kw
}

// openKeyword returns the keyword after "(" if the current token is "(".
func (p *parser) openKeyword() string {
	if p.peek().Kind != LParen || p.peekAt(1).Kind != Keyword {
		return ""
	}
	return p.peekAt(1).Text
}

func (p *parser) expect(kind TokenKind) Token {
	if p.peek().Kind != kind {
		p.unexpected()
	}
	return p.next()
}

func (p *parser) expectKeyword(kw string) Token {
	if !p.isKeyword(kw) {
		p.unexpected()
	}
	return p.next()
}

// expectOpen consumes "(" kw.
func (p *parser) expectOpen(kw string) Token {
	p.expect(LParen)
	return p.expectKeyword(kw)
}

func (p *parser) close() Token { return p.expect(RParen) }

// optID consumes an identifier if present and returns its name and token.
func (p *parser) optID() (string, Token, bool) {
	if p.peek().Kind == ID {
		t := p.next()
		return t.Value(), t, true
	}
	return "", Token{}, false
}

// str consumes a string literal.
func (p *parser) str() Token { return p.expect(String) }

// name consumes a string that must be valid UTF-8.
func (p *parser) name() string {
	t := p.str()
	v := t.Value()
	if !utf8.ValidString(v) {
		p.failAt(t.Pos, "malformed UTF-8 encoding")
	}
	return v
}

// numError reports a bad numeric literal.
func (p *parser) numError(t Token, err error, what string) {
	if errors.Is(err, errRange) {
		p.failAt(t.Pos, "%s constant out of range: %s", what, t.Text)
	}
	p.failAt(t.Pos, "unknown operator %s: malformed %s literal", t.Text, what)
}

// numToken consumes a token that should hold a number.
func (p *parser) numToken() Token {
	t := p.peek()
	if t.Kind != Number && t.Kind != Keyword && t.Kind != Reserved || syntaxKeywords[t.Text] {
		p.unexpected()
	}
	return p.next()
}

func (p *parser) u32() uint32 {
	t := p.numToken()
	v, err := parseU32(t.Text)
	if err != nil {
		p.numError(t, err, "i32")
	}
	return v
}

func (p *parser) u64() uint64 {
	t := p.numToken()
	v, err := parseU64(t.Text)
	if err != nil {
		p.numError(t, err, "i64")
	}
	return v
}

// isNat reports whether the current token looks like an unsigned integer.
func (p *parser) isNat() bool {
	t := p.peek()
	return t.Kind == Number && t.Text[0] >= '0' && t.Text[0] <= '9'
}

// atIndex reports whether the current token can be an index: a number or
// an identifier.
func (p *parser) atIndex() bool {
	k := p.peek().Kind
	return k == ID || k == Number
}

// skipForm moves past the ")" that closes the form whose "(" is at index
// open, without interpreting what is inside.
func (p *parser) skipForm(open int) {
	depth := 0
	for i := open; i < p.toks.len(); i++ {
		switch p.toks.at(i).Kind {
		case LParen:
			depth++
		case RParen:
			depth--
			if depth == 0 {
				p.pos = i + 1
				return
			}
		case EOF:
			p.pos = i
			p.fail("unexpected end of input: unclosed (")
		}
	}
}
