package host

import (
	"errors"
	"io"
	"math"
)

// ioPiece is the most a read or write moves through the host at once: the
// iovecs are streamed in pieces of this size, so a guest's iovecs cost the
// host a bounded buffer however much memory they cover.
const ioPiece = 64 << 10

// fdRead reads into the iovecs; the standard input reads at most once per
// call, so an interactive program gets each line as it comes.
func fdRead(c *wasiCall) errno { return readv(c, 3, false) }

func fdPread(c *wasiCall) errno { return readv(c, 4, true) }

// readv checks the descriptor, then that every iovec lies inside the
// memory, before it reads anything.
func readv(c *wasiCall, nreadArg int, positioned bool) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
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
	iovs, e := c.checkedIovecs(c.u32(1), c.u32(2))
	if e != errSuccess {
		return e
	}
	total := uint32(0)
	if r == nil {
		return result(c.putU32(c.u32(nreadArg), 0))
	}
	var buf []byte
	for _, iov := range iovs {
		for ptr, left := iov[0], iov[1]; left > 0; {
			if buf == nil {
				buf = make([]byte, ioPiece)
			}
			want := min(left, ioPiece)
			n, err := r.Read(buf[:want])
			if !c.write(ptr, buf[:n]) {
				return errFault
			}
			total += uint32(n)
			ptr, left = ptr+uint32(n), left-uint32(n)
			if err != nil && !errors.Is(err, io.EOF) {
				return errnoOf(err)
			}
			// A short read (end of file, a line of input) ends the call;
			// so does any read of the standard input, which may block.
			if n < int(want) || f.kind == fdStdin {
				return result(c.putU32(c.u32(nreadArg), total))
			}
		}
	}
	return result(c.putU32(c.u32(nreadArg), total))
}

// fdWrite writes the iovecs: the standard streams go to the configured
// writers (the terminal, or the window's console) as they are written.
func fdWrite(c *wasiCall) errno { return writev(c, 3, false) }

func fdPwrite(c *wasiCall) errno { return writev(c, 4, true) }

// writev checks the descriptor and every iovec before it writes anything,
// then streams the iovecs in pieces: 4,096 iovecs each covering an 8 MiB
// memory once made the host concatenate 32 GiB first.
func writev(c *wasiCall, nwrittenArg int, positioned bool) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	var w io.Writer
	offset := int64(c.u64(3))
	switch {
	case f.kind == fdDir || f.kind == fdStdin:
		return errBadf
	case f.kind == fdFile && positioned:
		w = writerFunc(func(p []byte) (int, error) {
			n, err := f.file.WriteAt(p, offset)
			offset += int64(n)
			return n, err
		})
	case f.kind == fdFile:
		w = f.file
	case positioned:
		return errSpipe
	case f.kind == fdStdout:
		w = c.w.cfg.Stdout
	default:
		w = c.w.cfg.Stderr
	}
	iovs, e := c.checkedIovecs(c.u32(1), c.u32(2))
	if e != errSuccess {
		return e
	}
	total := uint32(0)
	var buf []byte
	for _, iov := range iovs {
		for ptr, left := iov[0], iov[1]; left > 0; {
			if buf == nil {
				buf = make([]byte, ioPiece)
			}
			n := min(left, ioPiece)
			if !c.mem.ReadAt(buf[:n], uint64(ptr)) {
				return errFault
			}
			if err := writeTo(w, buf[:n]); err != nil {
				return errnoOf(err)
			}
			total += n
			ptr, left = ptr+n, left-n
		}
	}
	return result(c.putU32(c.u32(nwrittenArg), total))
}

// checkedIovecs reads n (buf, len) pairs and checks that each lies inside
// the memory (EFAULT) and that their lengths add up to a size the call can
// report (EINVAL, as POSIX readv/writev do when the sum overflows).
func (c *wasiCall) checkedIovecs(ptr, n uint32) ([][2]uint32, errno) {
	iovs, ok := c.iovecs(ptr, n)
	if !ok {
		return nil, errFault
	}
	sum := uint64(0)
	for _, iov := range iovs {
		if uint64(iov[0])+uint64(iov[1]) > c.mem.Size() {
			return nil, errFault
		}
		sum += uint64(iov[1])
	}
	if sum > math.MaxUint32 {
		return nil, errInval
	}
	return iovs, errSuccess
}

type writerFunc func(p []byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func writeTo(w io.Writer, data []byte) error {
	if w == nil {
		return nil
	}
	_, err := w.Write(data)
	return err
}
