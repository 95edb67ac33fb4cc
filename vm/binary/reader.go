// Package binary decodes and encodes the WebAssembly 3.0 binary format.
//
// The decoder is strict: it rejects every malformed module of the official
// test suite with the suite's message. Like the reference interpreter it reads
// the whole file as one stream and checks each section's and function's
// declared size after reading it, so a truncated body reports the same error
// the suite expects ("section size mismatch", "END opcode expected", ...).
package binary

import (
	"fmt"
	"unicode/utf8"

	"wasmstep/vm/source"
)

// Error texts shared by several decoders; they match the official suite.
const (
	errUnexpectedEnd = "unexpected end of section or function"
	errLengthBounds  = "length out of bounds"
	errSizeMismatch  = "section size mismatch"
)

// reader is a cursor over a binary file with a sticky error: the first
// failure moves it to the end, so every later read returns zero values, and
// decoders check r.err only where they loop or allocate.
type reader struct {
	file *source.File
	buf  []byte
	base int // file offset of buf[0]
	pos  int // index into buf
	err  error
}

func newReader(f *source.File, buf []byte, base int) *reader {
	return &reader{file: f, buf: buf, base: base}
}

// sourcePos returns the Pos of a buffer index.
func (r *reader) sourcePos(i int) source.Pos { return r.file.Pos(r.base + i) }

// failAt records an error at buffer index i unless one is already recorded.
func (r *reader) failAt(i int, format string, args ...any) {
	if r.err != nil {
		return
	}
	r.err = &source.Error{Pos: r.file.Position(r.sourcePos(i)), Msg: fmt.Sprintf(format, args...)}
	r.pos = len(r.buf) // stop every loop that reads on
}

func (r *reader) remaining() int { return len(r.buf) - r.pos }

func (r *reader) eof() bool { return r.pos >= len(r.buf) }

// byte reads one byte. The common case is small enough to inline: an
// error leaves the reader at the end, so it need not check r.err.
func (r *reader) byte() byte {
	if p := r.pos; p < len(r.buf) {
		r.pos = p + 1
		return r.buf[p]
	}
	return r.pastEnd()
}

// pastEnd fails a read at the end, unless an error came first.
func (r *reader) pastEnd() byte {
	r.failAt(len(r.buf), errUnexpectedEnd)
	return 0
}

// peek returns the next byte without consuming it; ok is false at the end.
func (r *reader) peek() (byte, bool) {
	if r.err != nil || r.pos >= len(r.buf) {
		return 0, false
	}
	return r.buf[r.pos], true
}

// bytes reads n bytes; the result aliases the input.
func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n > r.remaining() {
		r.failAt(len(r.buf), errUnexpectedEnd)
		return nil
	}
	b := r.buf[r.pos : r.pos+n : r.pos+n]
	r.pos += n
	return b
}

// length reads a u32 count or size that must fit in the rest of the input,
// since every vector element and every byte takes at least one byte. This
// also bounds every allocation by the input size.
func (r *reader) length() int {
	start := r.pos
	n := r.u32()
	if r.err == nil && uint64(n) > uint64(len(r.buf)-start) {
		r.failAt(start, errLengthBounds)
		return 0
	}
	return int(n)
}

// name reads a UTF-8 string.
func (r *reader) name() string {
	n := r.length()
	start := r.pos
	b := r.bytes(n)
	if r.err == nil && !utf8.Valid(b) {
		r.failAt(start, "malformed UTF-8 encoding")
		return ""
	}
	return string(b)
}

// sized runs read on a region that declares its size first, then checks that
// exactly that many bytes were read.
func (r *reader) sized(read func(size int)) {
	size := r.length()
	start := r.pos
	if r.err != nil {
		return
	}
	read(size)
	if r.err == nil && r.pos != start+size {
		r.failAt(start, errSizeMismatch)
	}
}

// expectZero reads a byte that must be zero.
func (r *reader) expectZero() {
	start := r.pos
	if b := r.byte(); b != 0 && r.err == nil {
		r.failAt(start, "zero byte expected")
	}
}
