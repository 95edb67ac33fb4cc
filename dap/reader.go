package dap

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Bounds of one framed message: a client cannot make the adapter hold more
// than this, however it misbehaves.
const (
	maxHeaderLine = 1 << 10
	maxContent    = 4 << 20
)

// errFraming is a stream that is not DAP's base protocol; nothing after it
// can be trusted to start a message, so the server ends.
var errFraming = errors.New("dap: bad message framing")

// readMessage reads one message of the base protocol: header lines ended by
// CRLF (Content-Length is the one that matters, others are ignored), an
// empty line, then Content-Length bytes of JSON. go-dap's own reader grows
// a header line without bound, hence this one.
func readMessage(r *bufio.Reader) ([]byte, error) {
	length := -1
	for {
		line, err := readLine(r)
		if err != nil {
			return nil, err
		}
		if line == "" {
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("%w: header %q has no colon", errFraming, line)
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 {
				return nil, fmt.Errorf("%w: Content-Length %q", errFraming, value)
			}
			if n > maxContent {
				return nil, fmt.Errorf("%w: Content-Length %d is over %d", errFraming, n, maxContent)
			}
			length = n
		}
	}
	if length < 0 {
		return nil, fmt.Errorf("%w: no Content-Length header", errFraming)
	}
	content := make([]byte, length)
	if _, err := io.ReadFull(r, content); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return content, nil
}

// readLine reads one header line ended by CRLF, without it.
func readLine(r *bufio.Reader) (string, error) {
	var b []byte
	for {
		c, err := r.ReadByte()
		if err != nil {
			if err == io.EOF && len(b) > 0 {
				err = io.ErrUnexpectedEOF
			}
			return "", err
		}
		if c == '\n' {
			if len(b) == 0 || b[len(b)-1] != '\r' {
				return "", fmt.Errorf("%w: header line not ended by CRLF", errFraming)
			}
			return string(b[:len(b)-1]), nil
		}
		if len(b) >= maxHeaderLine {
			return "", fmt.Errorf("%w: header line over %d bytes", errFraming, maxHeaderLine)
		}
		b = append(b, c)
	}
}
