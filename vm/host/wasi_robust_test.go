package host

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wasmstep/internal/memwatch"
)

// countingWriter counts bytes and keeps none.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

// A guest once made the host concatenate every iovec before looking at the
// descriptor (4,096 iovecs over an 8 MiB memory asked for 32 GiB) and
// allocate an fd_read iovec before checking it fits the memory.
func TestWASIIovecsAreCheckedThenStreamed(t *testing.T) {
	memwatch.Guard(t, 600*memwatch.MiB)
	out := &countingWriter{}
	h := newWASIHarness(t, WASIConfig{Stdout: out, Stdin: strings.NewReader("input")}, 128)
	const mem8M = 128 << 16
	const iovs = 1 << 20 // where the iovec array starts
	all := make([][2]uint32, 4096)
	for i := range all {
		all[i] = [2]uint32{0, mem8M}
	}
	h.putIovecs(iovs, all...)
	if e := h.call(t, "fd_write", 99, iovs, 4096, 0); e != errBadf {
		t.Errorf("fd_write to fd 99: errno %d, want EBADF", e)
	}
	if e := h.call(t, "fd_write", 1, iovs, 4096, 0); e != errInval {
		t.Errorf("fd_write of 32 GiB: errno %d, want EINVAL", e)
	}
	if out.n != 0 {
		t.Errorf("a refused write wrote %d bytes", out.n)
	}
	// 64 iovecs of 8 MiB fit a u32 count: written in pieces, not gathered.
	if e := h.call(t, "fd_write", 1, iovs, 64, 0); e != errSuccess {
		t.Fatalf("fd_write of 512 MiB: errno %d", e)
	}
	if out.n != 64*mem8M {
		t.Errorf("wrote %d bytes, want %d", out.n, 64*mem8M)
	}
	var nw [4]byte
	h.mem.ReadAt(nw[:], 0)
	if got := uint32(nw[0]) | uint32(nw[1])<<8 | uint32(nw[2])<<16 | uint32(nw[3])<<24; got != 64*mem8M {
		t.Errorf("nwritten %d", got)
	}

	h.putIovecs(iovs, [2]uint32{16, 0xFFFFFFFF})
	if e := h.call(t, "fd_read", 0, iovs, 1, 0); e != errFault {
		t.Errorf("fd_read into 4 GiB: errno %d, want EFAULT", e)
	}
	h.putIovecs(iovs, [2]uint32{mem8M - 2, 3})
	if e := h.call(t, "fd_read", 0, iovs, 1, 0); e != errFault {
		t.Errorf("fd_read across the end of memory: errno %d, want EFAULT", e)
	}
	h.putIovecs(iovs, [2]uint32{16, 1 << 20})
	if e := h.call(t, "fd_read", 0, iovs, 1, 0); e != errSuccess {
		t.Errorf("fd_read: errno %d", e)
	}
	got := make([]byte, 5)
	h.mem.ReadAt(got, 16)
	if string(got) != "input" {
		t.Errorf("read %q", got)
	}
	if e := h.call(t, "random_get", mem8M-4, 8); e != errFault {
		t.Errorf("random_get across the end: errno %d, want EFAULT", e)
	}
	if e := h.call(t, "random_get", 0, mem8M); e != errSuccess {
		t.Errorf("random_get of the whole memory: errno %d", e)
	}
}

// A link whose target, resolved from the link's directory, stays inside the
// preopen is allowed; one that climbs out is not.
func TestWASISymlinkInsideThePreopen(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "root")
	if err := os.MkdirAll(filepath.Join(root, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "inside.txt"), []byte("in"), 0o644); err != nil {
		t.Fatal(err)
	}
	h := newWASIHarness(t, WASIConfig{Preopens: []Preopen{{Host: root, Guest: "/root"}}}, 1)
	symlink := func(target, link string) uint32 {
		h.mem.WriteAt([]byte(target), 0)
		h.mem.WriteAt([]byte(link), 1024)
		return h.call(t, "path_symlink", 0, uint64(len(target)), 3, 1024, uint64(len(link)))
	}
	for _, tc := range []struct {
		target, link string
		want         uint32
	}{
		{"../inside.txt", "sub/up", errSuccess},
		{"inside.txt", "same", errSuccess},
		{"../../secret", "sub/out", errNotcapable},
		{"../secret", "top", errNotcapable},
		{"/etc/passwd", "abs", errNotcapable},
	} {
		if got := symlink(tc.target, tc.link); got != tc.want {
			t.Errorf("%s -> %s: errno %d, want %d", tc.link, tc.target, got, tc.want)
		}
	}
	if b, err := os.ReadFile(filepath.Join(root, "sub", "up")); err != nil || string(b) != "in" {
		t.Errorf("sub/up reads %q, %v", b, err)
	}
}

// A poll_oneoff for centuries ends when the configuration's Interrupt
// fires (the run's timeout or Ctrl-C), not when the centuries pass.
func TestWASIPollSleepIsInterruptible(t *testing.T) {
	interrupt := make(chan struct{}, 1)
	h := newWASIHarness(t, WASIConfig{Interrupt: interrupt}, 1)
	sub := make([]byte, 48)
	sub[24], sub[31] = 0xFF, 0x7F // relative timeout of ~292 years
	h.mem.WriteAt(sub, 0)
	done := make(chan uint32)
	go func() { done <- h.call(t, "poll_oneoff", 0, 64, 1, 128) }()
	interrupt <- struct{}{}
	if e := <-done; e != errIntr {
		t.Errorf("errno %d, want EINTR", e)
	}
}
