package host

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// wasiFuzzNames are the WASI functions the fuzzer calls, in a fixed order
// so an input means the same call from run to run.
func wasiFuzzNames() []string {
	var names []string
	for name := range (&WASI{}).functions() {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// FuzzWASIHost calls one WASI function with arbitrary argument bits over a
// memory holding arbitrary bytes (random iovecs, paths, subscriptions),
// against a temporary preopen. It must return an errno, never crash or
// allocate without bound, and never create anything outside the preopen.
func FuzzWASIHost(f *testing.F) {
	names := wasiFuzzNames()
	index := func(name string) uint8 {
		return uint8(sort.SearchStrings(names, name))
	}
	iovecs := func(pairs ...uint32) []byte {
		var b []byte
		for _, v := range pairs {
			b = binary.LittleEndian.AppendUint32(b, v)
		}
		return b
	}
	// Seeds: the reproductions and the common calls.
	f.Add(index("fd_write"), uint64(1), uint64(0), uint64(4096), uint64(0), uint64(0), iovecs(0, 0x10000))
	f.Add(index("fd_write"), uint64(99), uint64(0), uint64(1), uint64(64), uint64(0), iovecs(0, 0xFFFFFFFF))
	f.Add(index("fd_read"), uint64(0), uint64(0), uint64(1), uint64(64), uint64(0), iovecs(16, 0xFFFFFFFF))
	f.Add(index("fd_pwrite"), uint64(4), uint64(0), uint64(1), uint64(1<<40), uint64(64), iovecs(16, 8))
	f.Add(index("path_open"), uint64(3), uint64(1), uint64(0), uint64(13), uint64(1), []byte("../secret.txt"))
	f.Add(index("path_symlink"), uint64(0), uint64(13), uint64(3), uint64(100), uint64(6), []byte("../inside.txt"))
	f.Add(index("path_create_directory"), uint64(3), uint64(0), uint64(6), uint64(0), uint64(0), []byte("sub/..x"))
	f.Add(index("random_get"), uint64(0xFFF0), uint64(0x100), uint64(0), uint64(0), uint64(0), []byte{})
	sub := make([]byte, 48)
	binary.LittleEndian.PutUint64(sub[24:], ^uint64(0)) // a clock subscription for centuries
	f.Add(index("poll_oneoff"), uint64(0), uint64(64), uint64(1), uint64(128), uint64(0), sub)

	f.Fuzz(func(t *testing.T, fn uint8, a, b, c, d, e uint64, mem []byte) {
		if int(fn) >= len(names) {
			return
		}
		base := t.TempDir()
		root := filepath.Join(base, "root")
		if err := os.MkdirAll(filepath.Join(root, "sub"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, "inside.txt"), []byte("in"), 0o644); err != nil {
			t.Fatal(err)
		}
		interrupted := make(chan struct{})
		close(interrupted) // every sleep ends at once: the fuzzer cannot wait
		h := newWASIHarness(t, WASIConfig{
			Stdin:     strings.NewReader("stdin"),
			Stdout:    &countingWriter{},
			Stderr:    &countingWriter{},
			Preopens:  []Preopen{{Host: root, Guest: "/"}},
			Interrupt: interrupted,
		}, 1)
		h.mem.WriteAt(mem[:min(len(mem), 1<<16)], 0)
		name := names[fn]
		wf := h.inst.ExportedFunc(name)
		args := []uint64{a, b, c, d, e}
		for len(args) < len(wf.Type.Params) {
			args = append(args, a^e)
		}
		h.call(t, name, args[:len(wf.Type.Params)]...)
		entries, err := os.ReadDir(base)
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) != 1 {
			t.Fatalf("%s%v created %v beside the preopen", name, args, entries)
		}
	})
}
