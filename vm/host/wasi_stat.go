package host

import (
	"encoding/binary"
	"io/fs"
	"time"
)

// filestat encodes a file's metadata in WASI's 64-byte layout.
func filestat(fi fs.FileInfo) []byte {
	b := make([]byte, 64)
	dev, ino, nlink := fileIdentity(fi)
	binary.LittleEndian.PutUint64(b[0:], dev)
	binary.LittleEndian.PutUint64(b[8:], ino)
	b[16] = filetypeOf(fi.Mode())
	binary.LittleEndian.PutUint64(b[24:], nlink)
	binary.LittleEndian.PutUint64(b[32:], uint64(fi.Size()))
	t := uint64(fi.ModTime().UnixNano())
	for _, off := range []int{40, 48, 56} {
		binary.LittleEndian.PutUint64(b[off:], t)
	}
	return b
}

func filetypeOf(m fs.FileMode) uint8 {
	switch {
	case m.IsDir():
		return filetypeDirectory
	case m.IsRegular():
		return filetypeRegular
	case m&fs.ModeSymlink != 0:
		return filetypeSymlink
	case m&fs.ModeCharDevice != 0:
		return filetypeCharDev
	}
	return filetypeUnknown
}

func fdFilestatGet(c *wasiCall) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	var fi fs.FileInfo
	var err error
	switch f.kind {
	case fdFile:
		fi, err = f.file.Stat()
	case fdDir:
		fi, err = f.root.Stat(".")
	default:
		b := make([]byte, 64)
		b[16] = filetypeCharDev
		return result(c.write(c.u32(1), b))
	}
	if err != nil {
		return errnoOf(err)
	}
	return result(c.write(c.u32(1), filestat(fi)))
}

func fdFilestatSetSize(c *wasiCall) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	if f.kind != fdFile {
		return errBadf
	}
	return errnoOf(f.file.Truncate(int64(c.u64(1))))
}

// Flags of the set_times functions.
const (
	fstAtim    = 1
	fstAtimNow = 2
	fstMtim    = 4
	fstMtimNow = 8
)

// setTimes picks the access and modification times the flags ask for; a
// zero time leaves that time unchanged (os.Chtimes' convention).
func setTimes(atim, mtim uint64, flags uint32) (a, m time.Time) {
	now := time.Now()
	switch {
	case flags&fstAtimNow != 0:
		a = now
	case flags&fstAtim != 0:
		a = time.Unix(0, int64(atim))
	}
	switch {
	case flags&fstMtimNow != 0:
		m = now
	case flags&fstMtim != 0:
		m = time.Unix(0, int64(mtim))
	}
	return a, m
}

func fdFilestatSetTimes(c *wasiCall) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	if f.kind != fdDir {
		return errNotsup // an open file has no path left to set its times through
	}
	a, m := setTimes(c.u64(1), c.u64(2), c.u32(3))
	return errnoOf(f.root.Chtimes(".", a, m))
}
