// Package cwasm compiles C test programs to WebAssembly with DWARF, with
// Debian's clang for wasm32-wasi (make deps-cwasm installs it). Without
// the toolchain a test is skipped, except under CI=true where it fails.
package cwasm

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Compile compiles C sources with clang --target=wasm32-wasi -g and the
// given flags (e.g. "-O0") into a .wasm in a test directory, and returns
// its path.
func Compile(t testing.TB, out string, flags []string, sources ...string) string {
	t.Helper()
	clang := Tool(t, "clang")
	path := filepath.Join(t.TempDir(), out)
	args := append([]string{"--target=wasm32-wasi", "-g"}, flags...)
	args = append(append(args, sources...), "-o", path)
	if b, err := exec.Command(clang, args...).CombinedOutput(); err != nil {
		t.Fatalf("clang %v: %v\n%s", args, err, b)
	}
	return path
}

// Tool finds a program of the C toolchain or skips the test (fails it in
// CI, where make deps-cwasm installs it).
func Tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s not found: make deps-cwasm installs it", name)
		}
		t.Skipf("%s not found (make deps-cwasm installs it)", name)
	}
	return p
}
