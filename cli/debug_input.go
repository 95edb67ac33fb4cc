package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// maxCommandLine bounds one line of debugger input. A longer line is
// reported and skipped, and the script goes on: bufio.Scanner's 64 KiB
// token limit once ended the session silently with exit 0, dropping the
// rest of the script.
const maxCommandLine = 1 << 20

// commandLines reads the debugger's input line by line.
type commandLines struct {
	r    *bufio.Reader
	line int
}

func newCommandLines(r io.Reader) *commandLines {
	return &commandLines{r: bufio.NewReaderSize(r, 64<<10)}
}

// next returns the next line without its newline; err is io.EOF at the
// end, or says which line was too long (the caller reports it and goes on).
func (c *commandLines) next() (string, error) {
	c.line++
	var line []byte
	tooLong := false
	for {
		part, err := c.r.ReadSlice('\n')
		if !tooLong && len(line)+len(part) <= maxCommandLine {
			line = append(line, part...)
		} else {
			tooLong, line = true, nil
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err != nil && (len(line) > 0 || tooLong) && errors.Is(err, io.EOF):
			// the last line has no newline
		case err != nil:
			return "", err
		}
		if tooLong {
			return "", fmt.Errorf("input line %d is longer than %d bytes; skipped", c.line, maxCommandLine)
		}
		if n := len(line); n > 0 && line[n-1] == '\n' {
			line = line[:n-1]
		}
		return string(line), nil
	}
}
