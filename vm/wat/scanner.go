package wat

import (
	"strings"
	"unicode/utf8"

	"wasmstep/vm/source"
)

// scanner splits a text-format source into tokens. Comments and annotations
// are skipped; malformed input yields a positioned error.
type scanner struct {
	file *source.File
	src  []byte
	text string // src as a string, so that tokens' texts are slices of it
	off  int
}

// scanError is a lexical error at a byte offset.
type scanError struct {
	off int
	msg string
}

// tokenize scans the whole of f, so that a lexical error anywhere is
// reported before any parse error, and returns its tokens up to and
// including EOF.
func tokenize(f *source.File) (*tokenList, *source.Error) {
	s := &scanner{file: f, src: f.Source(), text: string(f.Source())}
	toks := &tokenList{s: s}
	var chunk []Token
	for {
		if len(chunk) == 0 {
			toks.starts = append(toks.starts, s.off)
		}
		tok, err := s.token()
		if err != nil {
			return nil, s.errorAt(err)
		}
		chunk = append(chunk, tok)
		toks.n++
		if len(chunk) == tokenChunk || tok.Kind == EOF {
			chunk = toks.scanned(len(toks.starts)-1, chunk)
		}
		if tok.Kind == EOF {
			return toks, nil
		}
	}
}

// token scans the next token the parser sees, skipping annotations.
func (s *scanner) token() (Token, *scanError) {
	for {
		tok, annot, err := s.next(false)
		if err != nil || !annot {
			return tok, err
		}
		if err := s.skipAnnotation(); err != nil {
			return Token{}, err
		}
	}
}

func (s *scanner) errorAt(e *scanError) *source.Error {
	return &source.Error{Pos: s.file.Position(s.file.Pos(e.off)), Msg: e.msg}
}

// skipAnnotation skips the rest of an annotation whose "(@id" was just read,
// including nested parentheses and annotations.
func (s *scanner) skipAnnotation() *scanError {
	start := s.off
	depth := 1
	for depth > 0 {
		tok, annot, err := s.next(true)
		if err != nil {
			return err
		}
		switch {
		case annot, tok.Kind == LParen:
			depth++
		case tok.Kind == RParen:
			depth--
		case tok.Kind == EOF:
			return &scanError{start, "unclosed annotation"}
		}
	}
	return nil
}

func (s *scanner) tok(kind TokenKind, start int) Token {
	return Token{Kind: kind, Pos: s.file.Pos(start), Text: s.text[start:s.off]}
}

// next scans one token. annot reports an annotation start "(@id". Inside
// an annotation, "(@" needs no id: it only opens a nested group.
func (s *scanner) next(inAnnotation bool) (tok Token, annot bool, err *scanError) {
	if err := s.skipSpace(); err != nil {
		return Token{}, false, err
	}
	start := s.off
	if s.off >= len(s.src) {
		return s.tok(EOF, start), false, nil
	}
	switch s.src[s.off] {
	case '(':
		s.off++
		if s.off < len(s.src) && s.src[s.off] == '@' {
			s.off++
			if err := s.annotationID(start); err != nil && !inAnnotation {
				return Token{}, false, err
			}
			return Token{}, true, nil
		}
		return s.tok(LParen, start), false, nil
	case ')':
		s.off++
		return s.tok(RParen, start), false, nil
	}
	tok, err = s.run(start)
	return tok, false, err
}

// annotationID reads the id after "(@": identifier characters or a string.
func (s *scanner) annotationID(start int) *scanError {
	if s.off < len(s.src) && s.src[s.off] == '"' {
		v, err := s.str()
		if err != nil || v == "" {
			return &scanError{start, "empty annotation id"}
		}
		if !utf8.ValidString(v) {
			return &scanError{start, "malformed UTF-8 encoding"}
		}
		return nil
	}
	n := s.off
	for s.off < len(s.src) && isIDChar(s.src[s.off]) {
		s.off++
	}
	if s.off == n {
		return &scanError{start, "empty annotation id"}
	}
	return nil
}

// skipSpace skips white space and comments.
func (s *scanner) skipSpace() *scanError {
	for s.off < len(s.src) {
		c := s.src[s.off]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			s.off++
		case c == ';' && s.peek(1) == ';':
			if err := s.lineComment(); err != nil {
				return err
			}
		case c == '(' && s.peek(1) == ';':
			if err := s.blockComment(); err != nil {
				return err
			}
		default:
			return nil
		}
	}
	return nil
}

func (s *scanner) peek(k int) byte {
	if s.off+k < len(s.src) {
		return s.src[s.off+k]
	}
	return 0
}

func (s *scanner) lineComment() *scanError {
	for s.off < len(s.src) && s.src[s.off] != '\n' && s.src[s.off] != '\r' {
		if err := s.commentChar(); err != nil {
			return err
		}
	}
	return nil
}

func (s *scanner) blockComment() *scanError {
	start := s.off
	s.off += 2
	depth := 1
	for depth > 0 {
		switch {
		case s.off >= len(s.src):
			return &scanError{start, "unclosed comment"}
		case s.src[s.off] == '(' && s.peek(1) == ';':
			s.off += 2
			depth++
		case s.src[s.off] == ';' && s.peek(1) == ')':
			s.off += 2
			depth--
		default:
			if err := s.commentChar(); err != nil {
				return err
			}
		}
	}
	return nil
}

// commentChar consumes one character of a comment, which must be UTF-8.
func (s *scanner) commentChar() *scanError {
	if s.src[s.off] < utf8.RuneSelf {
		s.off++
		return nil
	}
	r, n := utf8.DecodeRune(s.src[s.off:])
	if r == utf8.RuneError && n <= 1 {
		return &scanError{s.off, "malformed UTF-8 encoding"}
	}
	s.off += n
	return nil
}

// isIDChar reports whether c may appear in a keyword, number or identifier.
func isIDChar(c byte) bool {
	switch {
	case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return true
	}
	return strings.IndexByte("!#$%&'*+-./:<=>?@\\^_`|~", c) >= 0
}

// run scans a maximal run of identifier characters, strings and the
// reserved punctuation, and classifies it.
func (s *scanner) run(start int) (Token, *scanError) {
	var (
		nstr     int    // strings in the run
		strStart int    // where the last string began
		strEnd   int    // and ended
		plain    = true // only identifier characters so far
		value    string
	)
	for s.off < len(s.src) {
		c := s.src[s.off]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == ')' ||
			(c == ';' && s.peek(1) == ';') {
			break
		}
		switch {
		case c == '"':
			strStart = s.off
			v, err := s.str()
			if err != nil && strStart == start+1 && s.src[start] == '$' {
				return Token{}, &scanError{start, "empty identifier"}
			}
			if err != nil {
				return Token{}, err
			}
			nstr++
			strEnd = s.off
			plain = false
			value = v
		case isIDChar(c):
			s.off++
		case strings.IndexByte(",;[]{}", c) >= 0:
			s.off++
			plain = false
		case c >= utf8.RuneSelf:
			if r, _ := utf8.DecodeRune(s.src[s.off:]); r == utf8.RuneError {
				return Token{}, &scanError{s.off, "malformed UTF-8 encoding"}
			}
			return Token{}, &scanError{s.off, "illegal character"}
		default:
			return Token{}, &scanError{s.off, "illegal character"}
		}
	}
	text := s.src[start:s.off]
	first := text[0]
	// A string token is the run's only element: no characters after it.
	lastIsWholeString := nstr == 1 && strEnd == s.off
	switch {
	case lastIsWholeString && strStart == start:
		return s.tok(String, start), nil
	case lastIsWholeString && strStart == start+1 && first == '$':
		if value == "" {
			return Token{}, &scanError{start, "empty identifier"}
		}
		if !utf8.ValidString(value) {
			return Token{}, &scanError{start, "malformed UTF-8 encoding"}
		}
		return s.tok(ID, start), nil
	case !plain:
		return s.tok(Reserved, start), nil
	case first == '$':
		if len(text) == 1 {
			return Token{}, &scanError{start, "empty identifier"}
		}
		return s.tok(ID, start), nil
	case first >= 'a' && first <= 'z':
		return s.tok(Keyword, start), nil
	case first >= '0' && first <= '9', first == '+', first == '-':
		return s.tok(Number, start), nil
	}
	return s.tok(Reserved, start), nil
}

// str scans a string literal at s.off and returns its decoded bytes.
func (s *scanner) str() (string, *scanError) {
	start := s.off
	s.off++
	var b []byte
	for {
		if s.off >= len(s.src) {
			return "", &scanError{start, "unclosed string"}
		}
		c := s.src[s.off]
		switch {
		case c == '"':
			s.off++
			return string(b), nil
		case c == '\n':
			return "", &scanError{start, "unclosed string"}
		case c == '\\':
			var err *scanError
			if b, err = s.escape(b); err != nil {
				return "", err
			}
		case c < 0x20 || c == 0x7f:
			return "", &scanError{s.off, "illegal control character"}
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(s.src[s.off:])
			if r == utf8.RuneError && n <= 1 {
				return "", &scanError{s.off, "malformed UTF-8 encoding"}
			}
			b = append(b, s.src[s.off:s.off+n]...)
			s.off += n
		default:
			b = append(b, c)
			s.off++
		}
	}
}

// escape decodes one escape sequence starting at the backslash.
func (s *scanner) escape(b []byte) ([]byte, *scanError) {
	start := s.off
	s.off++
	if s.off >= len(s.src) {
		return nil, &scanError{start, "unclosed string"}
	}
	c := s.src[s.off]
	s.off++
	switch c {
	case 't':
		return append(b, '\t'), nil
	case 'n':
		return append(b, '\n'), nil
	case 'r':
		return append(b, '\r'), nil
	case '"', '\'', '\\':
		return append(b, c), nil
	case 'u':
		return s.unicodeEscape(b, start)
	}
	hi, ok1 := hexDigit(c)
	lo, ok2 := hexDigit(s.peek(0))
	if !ok1 || !ok2 {
		return nil, &scanError{start, "illegal escape"}
	}
	s.off++
	return append(b, byte(hi<<4|lo)), nil
}

// unicodeEscape decodes \u{hex} to UTF-8; the code point must be a Unicode
// scalar value.
func (s *scanner) unicodeEscape(b []byte, start int) ([]byte, *scanError) {
	if s.peek(0) != '{' {
		return nil, &scanError{start, "illegal escape"}
	}
	s.off++
	var v uint64
	digits := 0
	for {
		c := s.peek(0)
		if c == '}' && digits > 0 && s.src[s.off-1] != '_' {
			s.off++
			break
		}
		if c == '_' && digits > 0 && s.src[s.off-1] != '_' {
			s.off++
			continue
		}
		d, ok := hexDigit(c)
		if !ok {
			return nil, &scanError{start, "illegal escape"}
		}
		s.off++
		digits++
		if v = v<<4 | uint64(d); v > 0x10FFFF {
			return nil, &scanError{start, "illegal escape"}
		}
	}
	if v >= 0xD800 && v < 0xE000 {
		return nil, &scanError{start, "illegal escape"}
	}
	return utf8.AppendRune(b, rune(v)), nil
}

func hexDigit(c byte) (uint32, bool) {
	switch {
	case c >= '0' && c <= '9':
		return uint32(c - '0'), true
	case c >= 'a' && c <= 'f':
		return uint32(c-'a') + 10, true
	case c >= 'A' && c <= 'F':
		return uint32(c-'A') + 10, true
	}
	return 0, false
}
