package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

// TestWat2WasmAndBack assembles an example, disassembles the binary, and
// runs both forms: the results must agree.
func TestWat2WasmAndBack(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "add.wasm")
	if _, stderr, code := runCLI(t, "wat2wasm", "../examples/add.wat", "-o", bin); code != 0 {
		t.Fatalf("wat2wasm: exit %d: %s", code, stderr)
	}
	text, stderr, code := runCLI(t, "wasm2wat", bin)
	if code != 0 {
		t.Fatalf("wasm2wat: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"(func $add", "(export \"add\"", "local.get $a", "i32.add"} {
		if !strings.Contains(text, want) {
			t.Errorf("wasm2wat output lacks %q:\n%s", want, text)
		}
	}
	back := filepath.Join(dir, "back.wat")
	if err := os.WriteFile(back, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{bin, back} {
		out, stderr, code := runCLI(t, "run", f, "--invoke", "add", "2", "40")
		if code != 0 || out != "i32:42\n" {
			t.Errorf("run %s: exit %d, stdout %q, stderr %q", f, code, out, stderr)
		}
	}
}

func TestConvertErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.wat")
	os.WriteFile(bad, []byte("(module\n  (func (result i32) i64.const 1))\n"), 0o644)
	junk := filepath.Join(dir, "junk.wasm")
	os.WriteFile(junk, []byte("\x00asm\x02\x00\x00\x00"), 0o644)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"wat2wasm", bad, "-o", filepath.Join(dir, "x.wasm")}, "bad.wat:2:"},
		{[]string{"wat2wasm", bad}, "usage"},
		{[]string{"wasm2wat", junk}, "junk.wasm:0x4: unknown binary version"},
		{[]string{"wasm2wat"}, "usage"},
	}
	for _, c := range cases {
		_, stderr, code := runCLI(t, c.args...)
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want 2 and %q", c.args, code, stderr, c.want)
		}
	}
}
