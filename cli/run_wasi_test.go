package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// buildWasip1 compiles testdata/wasip1 with the Go toolchain for WASI.
func buildWasip1(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds a Go program")
	}
	out := filepath.Join(t.TempDir(), "prog.wasm")
	cmd := exec.Command(filepath.Join(runtime.GOROOT(), "bin", "go"), "build", "-o", out, "./testdata/wasip1/main.go")
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "CGO_ENABLED=0")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, msg)
	}
	return out
}

// wasip1Dir makes the directory given to the program as /data: a file, a
// subdirectory, and a link to a file outside that it must not reach.
func wasip1Dir(t *testing.T) string {
	t.Helper()
	base := t.TempDir()
	data := filepath.Join(base, "data")
	must(t, os.MkdirAll(filepath.Join(data, "sub"), 0o755))
	must(t, os.WriteFile(filepath.Join(data, "hello.txt"), []byte("hi there"), 0o644))
	must(t, os.WriteFile(filepath.Join(base, "secret.txt"), []byte("secret"), 0o644))
	must(t, os.Symlink(filepath.Join(base, "secret.txt"), filepath.Join(data, "link")))
	return data
}

// wasip1Flags give the program data as /data, an environment variable and
// two arguments; it then prints wasip1Stdout.
func wasip1Flags(data string) []string {
	return []string{"--dir", data + "::/data", "--env", "GREETING=hello", "--", "one", "two words"}
}

const wasip1Stdout = `hello from wasip1
args: [one two words]
GREETING=hello
slept
read "hi there" <nil>
entry hello.txt false
entry link false
entry sub true
refused /data/../secret.txt
refused /secret.txt
refused /data/link
refused /data/sub/../../secret.txt
`

func TestRunGoWasip1Program(t *testing.T) {
	prog := buildWasip1(t)
	data := wasip1Dir(t)

	var stdout, stderr bytes.Buffer
	status := Main(append([]string{"run", prog}, wasip1Flags(data)...), strings.NewReader(""), &stdout, &stderr)

	if status != 7 {
		t.Errorf("exit status %d, want 7 (the program's os.Exit)\nstderr: %s", status, stderr.String())
	}
	if stdout.String() != wasip1Stdout {
		t.Errorf("stdout:\n%s\nwant:\n%s", stdout.String(), wasip1Stdout)
	}
	if stderr.String() != "to stderr\n" {
		t.Errorf("stderr = %q", stderr.String())
	}
	if b, err := os.ReadFile(filepath.Join(data, "out.txt")); err != nil || string(b) != "written by the guest" {
		t.Errorf("out.txt = %q, %v", b, err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
