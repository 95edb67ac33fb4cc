package host

import (
	"encoding/binary"
	"io"
	"os"
)

// fdKind is what a WASI file descriptor refers to.
type fdKind uint8

const (
	fdStdin fdKind = iota
	fdStdout
	fdStderr
	fdFile
	fdDir
)

// wasiFD is an open file descriptor. A directory is an os.Root: paths
// opened through it cannot leave it.
type wasiFD struct {
	kind    fdKind
	file    *os.File // fdFile
	root    *os.Root // fdDir
	preopen string   // the guest name of a preopened directory
	flags   uint16   // fdflags
	dirents []wasiDirent
}

func (f *wasiFD) close() {
	if f.file != nil {
		f.file.Close()
	}
	if f.root != nil {
		f.root.Close()
	}
}

// WASI file types and fdflags.
const (
	filetypeUnknown   = 0
	filetypeCharDev   = 2
	filetypeDirectory = 3
	filetypeRegular   = 4
	filetypeSymlink   = 7
	fdflagAppend      = 1
	allRights         = 1<<30 - 1
)

func (f *wasiFD) filetype() uint8 {
	switch f.kind {
	case fdFile:
		return filetypeRegular
	case fdDir:
		return filetypeDirectory
	}
	return filetypeCharDev
}

func (c *wasiCall) fd(i int) (*wasiFD, errno) {
	f, ok := c.w.fds[c.u32(i)]
	if !ok {
		return nil, errBadf
	}
	return f, errSuccess
}

// newFD gives an opened file or directory the lowest free number.
func (w *WASI) newFD(f *wasiFD) uint32 {
	n := uint32(3)
	for w.fds[n] != nil {
		n++
	}
	w.fds[n] = f
	return n
}

func fdClose(c *wasiCall) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	f.close()
	delete(c.w.fds, c.u32(0))
	return errSuccess
}

func fdRenumber(c *wasiCall) errno {
	from, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	if _, e := c.fd(1); e != errSuccess || c.u32(0) == c.u32(1) {
		return e
	}
	c.w.fds[c.u32(1)].close()
	c.w.fds[c.u32(1)] = from
	delete(c.w.fds, c.u32(0))
	return errSuccess
}

func fdSync(c *wasiCall) errno {
	f, e := c.fd(0)
	if e != errSuccess || f.file == nil {
		return e
	}
	return errnoOf(f.file.Sync())
}

// fdAdvise accepts the hint and ignores it.
func fdAdvise(c *wasiCall) errno {
	_, e := c.fd(0)
	return e
}

func fdFdstatGet(c *wasiCall) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	b := make([]byte, 24)
	b[0] = f.filetype()
	binary.LittleEndian.PutUint16(b[2:], f.flags)
	for i := 8; i < 24; i += 8 {
		binary.LittleEndian.PutUint64(b[i:], allRights)
	}
	return result(c.write(c.u32(1), b))
}

// fdFdstatSetFlags records the flags; only append changes behaviour, and
// it was fixed when the file was opened.
func fdFdstatSetFlags(c *wasiCall) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	f.flags = uint16(c.u32(1))
	return errSuccess
}

// fdFdstatSetRights accepts any rights: a descriptor's reach is bounded
// by its preopened directory, not by rights.
func fdFdstatSetRights(c *wasiCall) errno {
	_, e := c.fd(0)
	return e
}

func fdPrestatGet(c *wasiCall) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	if f.preopen == "" {
		return errBadf
	}
	b := make([]byte, 8)
	binary.LittleEndian.PutUint32(b[4:], uint32(len(f.preopen)))
	return result(c.write(c.u32(1), b))
}

func fdPrestatDirName(c *wasiCall) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	if f.preopen == "" {
		return errBadf
	}
	if c.u32(2) < uint32(len(f.preopen)) {
		return errNametoolng
	}
	return result(c.write(c.u32(1), []byte(f.preopen)))
}

func fdSeek(c *wasiCall) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	if f.kind == fdDir {
		return errIsdir
	}
	if f.file == nil {
		return errSpipe
	}
	whence := c.u32(2)
	if whence > io.SeekEnd {
		return errInval
	}
	pos, err := f.file.Seek(int64(c.u64(1)), int(whence))
	if err != nil {
		return errnoOf(err)
	}
	return result(c.putU64(c.u32(3), uint64(pos)))
}

func fdTell(c *wasiCall) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	if f.file == nil {
		return errSpipe
	}
	pos, err := f.file.Seek(0, io.SeekCurrent)
	if err != nil {
		return errnoOf(err)
	}
	return result(c.putU64(c.u32(1), uint64(pos)))
}
