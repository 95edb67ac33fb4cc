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

// Token is one token with its source extent.
type Token struct {
	Kind  TokenKind
	Pos   source.Pos // first byte
	End   source.Pos // one past the last byte
	Text  string     // the source text
	Value string     // decoded string bytes, or an identifier's name
}
