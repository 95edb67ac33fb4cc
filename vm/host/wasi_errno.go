package host

import (
	"errors"
	"io/fs"
	"strings"
	"syscall"
)

// errno is a WASI preview 1 error number.
type errno = uint32

// The errno values this implementation returns.
const (
	errSuccess    errno = 0
	errAcces      errno = 2
	errAgain      errno = 6
	errBadf       errno = 8
	errExist      errno = 20
	errFault      errno = 21
	errIntr       errno = 27
	errInval      errno = 28
	errIO         errno = 29
	errIsdir      errno = 31
	errLoop       errno = 32
	errNametoolng errno = 37
	errNoent      errno = 44
	errNosys      errno = 52
	errNotdir     errno = 54
	errNotempty   errno = 55
	errNotsup     errno = 58
	errPerm       errno = 63
	errSpipe      errno = 68
	errXdev       errno = 73
	errNotcapable errno = 76
)

// errnoOf maps a Go file system error to the errno a WASI program expects.
// os.Root refuses a path that escapes it (through .. or a symbolic link)
// with an error of its own, which becomes ENOTCAPABLE.
func errnoOf(err error) errno {
	var se syscall.Errno
	switch {
	case err == nil:
		return errSuccess
	case strings.Contains(err.Error(), "path escapes from parent"):
		return errNotcapable
	case errors.As(err, &se):
		return errnoOfSyscall(se)
	case errors.Is(err, fs.ErrNotExist):
		return errNoent
	case errors.Is(err, fs.ErrExist):
		return errExist
	case errors.Is(err, fs.ErrPermission):
		return errAcces
	case errors.Is(err, fs.ErrInvalid):
		return errInval
	}
	return errIO
}

func errnoOfSyscall(se syscall.Errno) errno {
	switch se {
	case syscall.ENOENT:
		return errNoent
	case syscall.EEXIST:
		return errExist
	case syscall.EACCES:
		return errAcces
	case syscall.EPERM:
		return errPerm
	case syscall.ENOTDIR:
		return errNotdir
	case syscall.EISDIR:
		return errIsdir
	case syscall.ENOTEMPTY:
		return errNotempty
	case syscall.ELOOP:
		return errLoop
	case syscall.EINVAL:
		return errInval
	case syscall.EBADF:
		return errBadf
	case syscall.ENAMETOOLONG:
		return errNametoolng
	case syscall.EXDEV:
		return errXdev
	case syscall.EAGAIN:
		return errAgain
	}
	return errIO
}
