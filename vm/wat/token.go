// Package wat is the WebAssembly text format front end: a scanner, a parser
// for modules (.wat) and scripts (.wast), and a printer.
package wat

import "wasmstep/vm/source"

// TokenKind classifies a token of the text format.
type TokenKind uint8

// Token kinds. Keywords start with a lowercase letter; numbers with a digit
// or a sign; everything else made of identifier characters is Reserved.
const (
	EOF TokenKind = iota
	LParen
	RParen
	Keyword
	Number
	ID     // $name or $"name"; Value holds the name without '$'
	String // Value holds the decoded bytes
	Reserved
)

var tokenKindNames = [...]string{"end of input", "(", ")", "keyword", "number", "identifier", "string", "reserved token"}

func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "token"
}

// Token is one token with its source extent. A big module has tens of
// millions: the text is a slice of the source, and the end is computed.
type Token struct {
	Kind  TokenKind
	Pos   source.Pos // first byte
	Text  string     // the source text
	Value string     // decoded string bytes, or an identifier's name
}

// End is the position one past the token's last byte.
func (t Token) End() source.Pos { return t.Pos + source.Pos(len(t.Text)) }
