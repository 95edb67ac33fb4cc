package host

import (
	"os"
	"path/filepath"
	"testing"

	"wasmstep/vm"
)

// wasiProbe calls WASI path functions on a path written at address 0,
// relative to the first preopen (fd 3), and returns the errno.
const wasiProbe = `(module
  (import "wasi_snapshot_preview1" "path_open"
    (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_filestat_get"
    (func $stat (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_create_directory"
    (func $mkdir (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_symlink"
    (func $symlink (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "open") (param i32) (result i32)
    (call $open (i32.const 3) (i32.const 1) (i32.const 0) (local.get 0)
      (i32.const 0) (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 2048)))
  (func (export "create") (param i32) (result i32)
    (call $open (i32.const 3) (i32.const 1) (i32.const 0) (local.get 0)
      (i32.const 1) (i64.const 64) (i64.const 0) (i32.const 0) (i32.const 2048)))
  (func (export "stat") (param i32) (result i32)
    (call $stat (i32.const 3) (i32.const 1) (i32.const 0) (local.get 0) (i32.const 1024)))
  (func (export "mkdir") (param i32) (result i32)
    (call $mkdir (i32.const 3) (i32.const 0) (local.get 0)))
  (func (export "symlink") (param i32) (result i32)
    (call $symlink (i32.const 0) (local.get 0) (i32.const 3) (i32.const 512) (i32.const 7))))`

func TestWASIPreopenConfinement(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "root")
	for _, d := range []string{root, filepath.Join(root, "sub")} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(root, "hello.txt"), "hi")
	write(filepath.Join(base, "secret.txt"), "secret")
	for link, target := range map[string]string{
		"abs-out": filepath.Join(base, "secret.txt"),
		"rel-out": "../secret.txt",
		"rel-in":  "sub/../hello.txt",
		"dir-out": "..",
	} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Fatal(err)
		}
	}

	s := vm.NewStore()
	w, err := NewWASI(WASIConfig{Preopens: []Preopen{{Host: root, Guest: "/root"}}})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	l := NewLinker()
	l.Define(WASIModule, w.Exports())
	inst, err := l.Instantiate(s, mustLoad(t, "probe.wat", wasiProbe))
	if err != nil {
		t.Fatal(err)
	}
	mem := inst.ExportedMemory("memory")

	tests := []struct {
		fn, path string
		want     uint32
	}{
		{"open", "hello.txt", errSuccess},
		{"open", "sub/../hello.txt", errSuccess},
		{"open", "rel-in", errSuccess},
		{"open", "sub", errSuccess},
		{"open", "missing.txt", errNoent},
		{"open", "../secret.txt", errNotcapable},
		{"open", "sub/../../secret.txt", errNotcapable},
		{"open", "..", errNotcapable},
		{"open", filepath.Join(base, "secret.txt"), errNotcapable},
		{"open", "/etc/passwd", errNotcapable},
		{"open", "abs-out", errNotcapable},
		{"open", "rel-out", errNotcapable},
		{"open", "dir-out/secret.txt", errNotcapable},
		{"stat", "abs-out", errNotcapable},
		{"stat", "../secret.txt", errNotcapable},
		{"stat", "hello.txt", errSuccess},
		{"create", "../created.txt", errNotcapable},
		{"create", "dir-out/created.txt", errNotcapable},
		{"create", "made.txt", errSuccess},
		{"mkdir", "../madedir", errNotcapable},
		{"mkdir", "dir-out/madedir", errNotcapable},
		{"symlink", "/etc/passwd", errNotcapable},
		{"symlink", "../secret.txt", errNotcapable},
	}
	for _, tc := range tests {
		t.Run(tc.fn+" "+tc.path, func(t *testing.T) {
			mem.WriteAt([]byte(tc.path), 0)
			mem.WriteAt([]byte("newlink"), 512)
			res, err := s.Invoke(inst.ExportedFunc(tc.fn), vm.I32(int32(len(tc.path))))
			if err != nil {
				t.Fatal(err)
			}
			if got := uint32(res[0].I32()); got != tc.want {
				t.Errorf("errno %d, want %d", got, tc.want)
			}
		})
	}
	for _, p := range []string{"created.txt", "madedir"} {
		if _, err := os.Lstat(filepath.Join(base, p)); err == nil {
			t.Errorf("%s was created outside the preopen", p)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "made.txt")); err != nil {
		t.Errorf("made.txt inside the preopen: %v", err)
	}
}
