// Package wat is the WebAssembly text format front end: a scanner, a parser
// for modules (.wat) and scripts (.wast), and a printer.
package wat

import (
	"strings"

	"wasmstep/vm/source"
)

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
	ID     // $name or $"name"; Value() is the name without the $
	String // Value() is the decoded bytes
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
// millions: the text is a slice of the source, and the end and value are
// computed.
type Token struct {
	Kind TokenKind
	Pos  source.Pos // first byte
	Text string     // the source text
}

// End is the position one past the token's last byte.
func (t Token) End() source.Pos { return t.Pos + source.Pos(len(t.Text)) }

// Value is a string's decoded bytes or an identifier's name; "" for the
// other kinds. It is a copy: the module keeps names, and a slice of the
// text would keep the whole source.
func (t Token) Value() string {
	switch {
	case t.Kind == ID && strings.HasPrefix(t.Text, `$"`):
		return decodeString(t.Text[1:])
	case t.Kind == ID:
		return strings.Clone(t.Text[1:])
	case t.Kind == String:
		return decodeString(t.Text)
	}
	return ""
}

// decodeString decodes a string literal the scanner has accepted.
func decodeString(lit string) string {
	if !strings.Contains(lit, `\`) {
		return strings.Clone(lit[1 : len(lit)-1])
	}
	s := &scanner{src: []byte(lit)}
	v, _ := s.str()
	return v
}
