package host

import (
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Flags of path_open.
const (
	lookupSymlinkFollow = 1
	oflagCreat          = 1
	oflagDirectory      = 2
	oflagExcl           = 4
	oflagTrunc          = 8
	rightFdRead         = 1 << 1
	rightFdWrite        = 1 << 6
)

// dirPath returns the directory descriptor argument fdArg and the path
// whose pointer and length are the arguments from ptrArg on. The path must
// be relative and stay inside the directory: an absolute path or one that
// climbs out with .. is ENOTCAPABLE. Symbolic links that point out are
// refused by os.Root when the path is used.
func (c *wasiCall) dirPath(fdArg, ptrArg int) (*os.Root, string, errno) {
	f, e := c.fd(fdArg)
	if e != errSuccess {
		return nil, "", e
	}
	if f.kind != fdDir {
		return nil, "", errNotdir
	}
	p, ok := c.str(c.u32(ptrArg), c.u32(ptrArg+1))
	if !ok {
		return nil, "", errFault
	}
	p, e = localPath(p)
	return f.root, p, e
}

func localPath(p string) (string, errno) {
	switch {
	case p == "":
		return "", errNoent
	case strings.IndexByte(p, 0) >= 0:
		return "", errInval
	case path.IsAbs(p) || filepath.IsAbs(p) || !filepath.IsLocal(p):
		return "", errNotcapable
	}
	return p, errSuccess
}

func pathOpen(c *wasiCall) errno {
	root, p, e := c.dirPath(0, 2)
	if e != errSuccess {
		return e
	}
	oflags, rights, fdflags := c.u32(4), c.u64(5), c.u32(7)
	write := rights&rightFdWrite != 0
	fi, statErr := root.Stat(p)
	if oflags&oflagDirectory != 0 || (statErr == nil && fi.IsDir() && oflags&oflagCreat == 0) {
		switch {
		case statErr != nil:
			return errnoOf(statErr)
		case !fi.IsDir():
			return errNotdir
		case write:
			return errIsdir
		}
		sub, err := root.OpenRoot(p)
		if err != nil {
			return errnoOf(err)
		}
		return c.opened(&wasiFD{kind: fdDir, root: sub})
	}
	flag := os.O_RDONLY
	switch {
	case write && rights&rightFdRead != 0:
		flag = os.O_RDWR
	case write:
		flag = os.O_WRONLY
	}
	for _, m := range [][2]int{{oflagCreat, os.O_CREATE}, {oflagExcl, os.O_EXCL}, {oflagTrunc, os.O_TRUNC}} {
		if oflags&uint32(m[0]) != 0 {
			flag |= m[1]
		}
	}
	if fdflags&fdflagAppend != 0 {
		flag |= os.O_APPEND
	}
	file, err := root.OpenFile(p, flag, 0o644)
	if err != nil {
		return errnoOf(err)
	}
	return c.opened(&wasiFD{kind: fdFile, file: file, flags: uint16(fdflags)})
}

// opened stores a new descriptor and writes its number to path_open's
// last argument.
func (c *wasiCall) opened(f *wasiFD) errno {
	if !c.putU32(c.u32(8), c.w.newFD(f)) {
		return errFault
	}
	return errSuccess
}

func pathFilestatGet(c *wasiCall) errno {
	root, p, e := c.dirPath(0, 2)
	if e != errSuccess {
		return e
	}
	stat := root.Lstat
	if c.u32(1)&lookupSymlinkFollow != 0 {
		stat = root.Stat
	}
	fi, err := stat(p)
	if err != nil {
		return errnoOf(err)
	}
	return result(c.write(c.u32(4), filestat(fi)))
}

func pathFilestatSetTimes(c *wasiCall) errno {
	root, p, e := c.dirPath(0, 2)
	if e != errSuccess {
		return e
	}
	a, m := setTimes(c.u64(4), c.u64(5), c.u32(6))
	return errnoOf(root.Chtimes(p, a, m))
}

func pathCreateDirectory(c *wasiCall) errno {
	root, p, e := c.dirPath(0, 1)
	if e != errSuccess {
		return e
	}
	return errnoOf(root.Mkdir(p, 0o755))
}

func pathRemoveDirectory(c *wasiCall) errno { return removePath(c, true) }

func pathUnlinkFile(c *wasiCall) errno { return removePath(c, false) }

func removePath(c *wasiCall, dir bool) errno {
	root, p, e := c.dirPath(0, 1)
	if e != errSuccess {
		return e
	}
	fi, err := root.Lstat(p)
	switch {
	case err != nil:
		return errnoOf(err)
	case dir && !fi.IsDir():
		return errNotdir
	case !dir && fi.IsDir():
		return errIsdir
	}
	return errnoOf(root.Remove(p))
}

// sameDir resolves the two paths of rename and link, which must use one
// directory descriptor: different ones may be different preopens.
func (c *wasiCall) sameDir(fd1, path1, fd2, path2 int) (*os.Root, string, string, errno) {
	root, p1, e := c.dirPath(fd1, path1)
	if e != errSuccess {
		return nil, "", "", e
	}
	_, p2, e := c.dirPath(fd2, path2)
	if e != errSuccess {
		return nil, "", "", e
	}
	if c.u32(fd1) != c.u32(fd2) {
		return nil, "", "", errXdev
	}
	return root, p1, p2, errSuccess
}

func pathRename(c *wasiCall) errno {
	root, from, to, e := c.sameDir(0, 1, 3, 4)
	if e != errSuccess {
		return e
	}
	return errnoOf(root.Rename(from, to))
}

func pathLink(c *wasiCall) errno {
	root, from, to, e := c.sameDir(0, 2, 4, 5)
	if e != errSuccess {
		return e
	}
	return errnoOf(root.Link(from, to))
}

func pathReadlink(c *wasiCall) errno {
	root, p, e := c.dirPath(0, 1)
	if e != errSuccess {
		return e
	}
	target, err := root.Readlink(p)
	if err != nil {
		return errnoOf(err)
	}
	b := []byte(target)
	if n := c.u32(4); uint32(len(b)) > n {
		b = b[:n]
	}
	return result(c.write(c.u32(3), b) && c.putU32(c.u32(5), uint32(len(b))))
}

// pathSymlink creates a link whose target stays inside the directory: the
// target is resolved from the link's own directory, as the kernel resolves
// it, so sub/up -> ../inside.txt is allowed; an absolute target or one
// climbing out is ENOTCAPABLE (and os.Root refuses to follow one anyway).
func pathSymlink(c *wasiCall) errno {
	target, ok := c.str(c.u32(0), c.u32(1))
	if !ok {
		return errFault
	}
	root, p, e := c.dirPath(2, 3)
	if e != errSuccess {
		return e
	}
	if target == "" || path.IsAbs(target) || filepath.IsAbs(target) {
		return errNotcapable
	}
	if _, e := localPath(path.Join(path.Dir(p), target)); e != errSuccess {
		return e
	}
	return errnoOf(root.Symlink(target, p))
}
