package host

import (
	"errors"
	"io"
)

// fdRead reads into the iovecs; the standard input reads at most once per
// call, so an interactive program gets each line as it comes.
func fdRead(c *wasiCall) errno { return readv(c, 3, false) }

func fdPread(c *wasiCall) errno { return readv(c, 4, true) }

func readv(c *wasiCall, nreadArg int, positioned bool) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	iovs, ok := c.iovecs(c.u32(1), c.u32(2))
	if !ok {
		return errFault
	}
	var r io.Reader
	switch {
	case f.kind == fdDir:
		return errIsdir
	case f.kind == fdStdin && !positioned:
		r = c.w.cfg.Stdin
	case f.kind == fdFile && positioned:
		r = io.NewSectionReader(f.file, int64(c.u64(3)), 1<<62)
	case f.kind == fdFile:
		r = f.file
	case positioned:
		return errSpipe
	default:
		return errBadf
	}
	total := uint32(0)
	for _, iov := range iovs {
		if r == nil || iov[1] == 0 {
			continue
		}
		buf := make([]byte, iov[1])
		n, err := r.Read(buf)
		if !c.write(iov[0], buf[:n]) {
			return errFault
		}
		total += uint32(n)
		if err != nil && !errors.Is(err, io.EOF) {
			return errnoOf(err)
		}
		if n < len(buf) || f.kind == fdStdin {
			break
		}
	}
	return result(c.putU32(c.u32(nreadArg), total))
}

// fdWrite writes the iovecs: the standard streams go to the configured
// writers (the terminal, or the window's console) as they are written.
func fdWrite(c *wasiCall) errno { return writev(c, 3, false) }

func fdPwrite(c *wasiCall) errno { return writev(c, 4, true) }

func writev(c *wasiCall, nwrittenArg int, positioned bool) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	iovs, ok := c.iovecs(c.u32(1), c.u32(2))
	if !ok {
		return errFault
	}
	var data []byte
	for _, iov := range iovs {
		b, ok := c.read(iov[0], iov[1])
		if !ok {
			return errFault
		}
		data = append(data, b...)
	}
	var err error
	switch {
	case f.kind == fdDir || f.kind == fdStdin:
		return errBadf
	case f.kind == fdFile && positioned:
		_, err = f.file.WriteAt(data, int64(c.u64(3)))
	case f.kind == fdFile:
		_, err = f.file.Write(data)
	case positioned:
		return errSpipe
	case f.kind == fdStdout:
		err = writeTo(c.w.cfg.Stdout, data)
	default:
		err = writeTo(c.w.cfg.Stderr, data)
	}
	if err != nil {
		return errnoOf(err)
	}
	return result(c.putU32(c.u32(nwrittenArg), uint32(len(data))))
}

func writeTo(w io.Writer, data []byte) error {
	if w == nil {
		return nil
	}
	_, err := w.Write(data)
	return err
}
