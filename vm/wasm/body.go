package wasm

import (
	"fmt"
	"sync/atomic"
)

// A function's body is either held as instructions (parsed text, a module
// built in code) or kept in its encoded form and decoded on demand: a
// compiled program has millions of instructions, of which a run or a view
// touches a few percent, and the decoded form is several times the size of
// the bytes.

// CodeDecoder decodes a body kept as bytes. DecodeCode appends the
// instructions of bytes [start, end) of its file to dst[:0]. CheckCode
// does the same for a body not checked yet, reporting a malformed one as
// the decoder would have, with bytes [at, start) its local declarations.
type CodeDecoder interface {
	DecodeCode(dst []Instr, start, end int) ([]Instr, error)
	CheckCode(dst []Instr, at, start, end int) ([]Instr, error)
}

// Code is a body kept in its encoded form. Once checked (by the decoder, or
// by the first pass over every body that the decoder left it to), decoding
// it again cannot fail; the first Body keeps the result.
type Code struct {
	dec            CodeDecoder
	at, start, end int
	n              int // instructions, the final end included; 0 until checked
	decoded        atomic.Pointer[[]Instr]
}

// NewCode describes the n instructions encoded in bytes [start, end) of
// dec's file, after the local declarations starting at at; n is 0 for a
// body not checked yet (see CheckBody).
func NewCode(dec CodeDecoder, at, start, end, n int) Code {
	return Code{dec: dec, at: at, start: start, end: end, n: n}
}

// Checked reports whether the body is known to be well formed.
func (c *Code) Checked() bool { return c.n != 0 }

// Check returns the body for one pass over it, like ReadBody, checking it
// first if it is not checked yet: a malformed body gives the decoder's
// error.
func (c *Code) Check(scratch *[]Instr) ([]Instr, error) {
	if c.Checked() {
		return c.read(scratch), nil
	}
	b, err := c.dec.CheckCode((*scratch)[:0], c.at, c.start, c.end)
	if err != nil {
		return nil, err
	}
	*scratch, c.n = b, len(b)
	return b, nil
}

// CheckBody is ReadBody for the first pass over a module whose decoder
// left the bodies unchecked: it reports a malformed body instead of
// panicking. Not safe for concurrent use while a body is unchecked.
func (f *Func) CheckBody(scratch *[]Instr) ([]Instr, error) {
	if f.code == nil {
		return f.body, nil
	}
	return f.code.Check(scratch)
}

// Body returns the function's instructions (ending with OpEnd), decoding
// them on first use and keeping them: what a caller holds stays valid, and
// every caller sees the same instructions.
func (f *Func) Body() []Instr {
	c := f.code
	if c == nil {
		return f.body
	}
	if b := c.decoded.Load(); b != nil {
		return *b
	}
	b := c.decode(nil)
	c.decoded.CompareAndSwap(nil, &b)
	return *c.decoded.Load()
}

// BodyLen is the number of instructions of the body, without decoding it.
func (f *Func) BodyLen() int {
	if f.code == nil {
		return len(f.body)
	}
	return f.code.n
}

// HeldBody returns the body if it is held as instructions (never decoded
// here): an instruction a caller has a pointer to lies in a held body.
func (f *Func) HeldBody() ([]Instr, bool) {
	if f.code == nil {
		return f.body, true
	}
	if b := f.code.decoded.Load(); b != nil {
		return *b, true
	}
	return nil, false
}

// ReadBody returns the body for one pass over it: the held instructions,
// or the body decoded into *scratch (reused from call to call, and not
// kept), so a pass over every body of a module holds one at a time.
func (f *Func) ReadBody(scratch *[]Instr) []Instr {
	if f.code == nil {
		return f.body
	}
	return f.code.read(scratch)
}

func (c *Code) read(scratch *[]Instr) []Instr {
	if b := c.decoded.Load(); b != nil {
		return *b
	}
	*scratch = c.decode(*scratch)
	return *scratch
}

// SetBody makes the function hold body.
func (f *Func) SetBody(body []Instr) { f.body, f.code = body, nil }

// SetCode makes the function decode its body from c on demand.
func (f *Func) SetCode(c *Code) { f.body, f.code = nil, c }

func (c *Code) decode(dst []Instr) []Instr {
	if dst == nil {
		dst = make([]Instr, 0, c.n)
	}
	b, err := c.dec.DecodeCode(dst, c.start, c.end)
	if err != nil || len(b) != c.n {
		// The bytes are the ones checked at load and never change.
		panic(fmt.Sprintf("wasm: a checked body decodes differently now (%d instructions, %v)", len(b), err))
	}
	return b
}

// WithBody returns f holding body, for modules built in code.
func (f Func) WithBody(body []Instr) Func {
	f.SetBody(body)
	return f
}
