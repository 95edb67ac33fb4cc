package num

import (
	"fmt"
	"strings"
)

// A minimal reader of the text format's S-expressions, enough to pick the
// numeric assertions out of the official .wast scripts.

type sexpr struct {
	atom   string   // an atom or, with quoted set, a string's raw contents
	quoted bool     // atom came from a "string"
	list   []*sexpr // the elements of a list; nil for atoms
	line   int
}

func (e *sexpr) isList() bool { return e.list != nil }

// head returns the first atom of a list, or "".
func (e *sexpr) head() string {
	if !e.isList() || len(e.list) == 0 || e.list[0].isList() {
		return ""
	}
	return e.list[0].atom
}

func readSexprs(src string) ([]*sexpr, error) {
	r := &reader{src: src, line: 1}
	var top []*sexpr
	for {
		r.skipSpace()
		if r.pos >= len(r.src) {
			return top, nil
		}
		e, err := r.read()
		if err != nil {
			return nil, err
		}
		top = append(top, e)
	}
}

type reader struct {
	src  string
	pos  int
	line int
}

func (r *reader) skipSpace() {
	for r.pos < len(r.src) {
		switch c := r.src[r.pos]; {
		case c == '\n':
			r.line++
			r.pos++
		case c == ' ' || c == '\t' || c == '\r':
			r.pos++
		case strings.HasPrefix(r.src[r.pos:], ";;"):
			for r.pos < len(r.src) && r.src[r.pos] != '\n' {
				r.pos++
			}
		case strings.HasPrefix(r.src[r.pos:], "(;"):
			r.skipBlockComment()
		default:
			return
		}
	}
}

func (r *reader) skipBlockComment() {
	depth := 0
	for r.pos < len(r.src) {
		switch {
		case strings.HasPrefix(r.src[r.pos:], "(;"):
			depth++
			r.pos += 2
		case strings.HasPrefix(r.src[r.pos:], ";)"):
			depth--
			r.pos += 2
			if depth == 0 {
				return
			}
		default:
			if r.src[r.pos] == '\n' {
				r.line++
			}
			r.pos++
		}
	}
}

func (r *reader) read() (*sexpr, error) {
	start := r.line
	switch r.src[r.pos] {
	case '(':
		r.pos++
		e := &sexpr{line: start, list: []*sexpr{}}
		for {
			r.skipSpace()
			if r.pos >= len(r.src) {
				return nil, fmt.Errorf("line %d: unclosed list", start)
			}
			if r.src[r.pos] == ')' {
				r.pos++
				return e, nil
			}
			sub, err := r.read()
			if err != nil {
				return nil, err
			}
			e.list = append(e.list, sub)
		}
	case ')':
		return nil, fmt.Errorf("line %d: unexpected )", start)
	case '"':
		end := r.pos + 1
		for end < len(r.src) && r.src[end] != '"' {
			if r.src[end] == '\\' {
				end++
			}
			end++
		}
		if end >= len(r.src) {
			return nil, fmt.Errorf("line %d: unclosed string", start)
		}
		e := &sexpr{atom: r.src[r.pos+1 : end], quoted: true, line: start}
		r.pos = end + 1
		return e, nil
	}
	end := r.pos
	for end < len(r.src) && !strings.ContainsRune(" \t\r\n()\";", rune(r.src[end])) {
		end++
	}
	if end == r.pos {
		return nil, fmt.Errorf("line %d: unexpected %q", start, r.src[r.pos])
	}
	e := &sexpr{atom: r.src[r.pos:end], line: start}
	r.pos = end
	return e, nil
}
