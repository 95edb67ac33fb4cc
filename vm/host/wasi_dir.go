package host

import (
	"encoding/binary"
	"slices"
	"strings"
)

// wasiDirent is one directory entry as fd_readdir lists it.
type wasiDirent struct {
	name     string
	filetype uint8
	ino      uint64
}

const direntHeader = 24

// fdReaddir writes entries from the cookie on (the cookie is an index into
// the listing, which is read afresh at cookie 0). Like other runtimes it
// fills the buffer completely, cutting the last entry, so the program knows
// to ask again.
func fdReaddir(c *wasiCall) errno {
	f, e := c.fd(0)
	if e != errSuccess {
		return e
	}
	if f.kind != fdDir {
		return errNotdir
	}
	bufPtr, bufLen, cookie := c.u32(1), c.u32(2), c.u64(3)
	if cookie == 0 || f.dirents == nil {
		if e := f.readDir(); e != errSuccess {
			return e
		}
	}
	var out []byte
	for i := cookie; i < uint64(len(f.dirents)) && uint32(len(out)) < bufLen; i++ {
		d := f.dirents[i]
		ent := make([]byte, direntHeader, direntHeader+len(d.name))
		binary.LittleEndian.PutUint64(ent[0:], i+1) // d_next
		binary.LittleEndian.PutUint64(ent[8:], d.ino)
		binary.LittleEndian.PutUint32(ent[16:], uint32(len(d.name)))
		ent[20] = d.filetype
		out = append(out, append(ent, d.name...)...)
	}
	if uint32(len(out)) > bufLen {
		out = out[:bufLen]
	}
	return result(c.write(bufPtr, out) && c.putU32(c.u32(4), uint32(len(out))))
}

// readDir lists the directory sorted by name, with . and .. first as
// POSIX readdir does.
func (f *wasiFD) readDir() errno {
	dir, err := f.root.Open(".")
	if err != nil {
		return errnoOf(err)
	}
	defer dir.Close()
	entries, err := dir.ReadDir(-1)
	if err != nil {
		return errnoOf(err)
	}
	f.dirents = []wasiDirent{{name: ".", filetype: filetypeDirectory}, {name: "..", filetype: filetypeDirectory}}
	for _, de := range entries {
		d := wasiDirent{name: de.Name(), filetype: filetypeOf(de.Type())}
		if fi, err := de.Info(); err == nil {
			_, d.ino, _ = fileIdentity(fi)
		}
		f.dirents = append(f.dirents, d)
	}
	slices.SortFunc(f.dirents[2:], func(a, b wasiDirent) int { return strings.Compare(a.name, b.name) })
	return errSuccess
}
