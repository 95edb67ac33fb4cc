//go:build !unix

package host

import "io/fs"

// fileIdentity has no portable source outside Unix: every file reports
// device 0, inode 0 and one link.
func fileIdentity(fs.FileInfo) (dev, ino, nlink uint64) { return 0, 0, 1 }
