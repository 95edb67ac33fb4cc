//go:build unix

package host

import (
	"io/fs"
	"syscall"
)

// fileIdentity returns the device, inode and link count of a file, so a
// program can tell files apart (os.SameFile).
func fileIdentity(fi fs.FileInfo) (dev, ino, nlink uint64) {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Dev), uint64(st.Ino), uint64(st.Nlink)
	}
	return 0, 0, 1
}
