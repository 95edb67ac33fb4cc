package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunStatusAndOutput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	nums := write("nums.wat", `(module
  (func (export "id32") (param i32) (result i32) (local.get 0))
  (func (export "id64") (param i64) (result i64) (local.get 0))
  (func (export "f32") (param f32) (result f32) (local.get 0))
  (func (export "f64") (param f64) (result f64) (local.get 0))
  (func (export "null") (result funcref) (ref.null func)))`)
	badImport := write("bad.wat", "(module\n  (import \"spectest\" \"print_i32\" (func (param f64))))")
	badSyntax := write("syntax.wat", "(module (func (i32.add)")
	start := write("start.wat", `(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (func (export "_start") (call $exit (i32.const 3))))`)

	tests := []struct {
		name       string
		args       []string
		status     int
		stdout     string
		stderrHave string
	}{
		{"numbers", []string{nums, "--invoke", "id32", "0xffffffff", "--invoke", "id32", "-7",
			"--invoke", "id64", "0x10", "--invoke", "f32", "1.5", "--invoke", "f64", "-0x1p-1",
			"--invoke", "f64", "nan", "--invoke", "null"}, 0,
			"i32:-1\ni32:-7\ni64:16\nf32:1.5\nf64:-0.5\nf64:nan\nref.null func\n", ""},
		{"bad argument", []string{nums, "--invoke", "id32", "x"}, 2, "", `"x" is not a valid i32`},
		{"argument count", []string{nums, "--invoke", "id32"}, 2, "", "takes 1 arguments"},
		{"no such export", []string{nums, "--invoke", "nope"}, 2, "", `no module exports a function "nope"`},
		{"link error", []string{badImport}, 2, "", "bad.wat:2:4: incompatible import type"},
		{"parse error", []string{badSyntax}, 2, "", "syntax.wat:1:"},
		{"unknown flag", []string{nums, "--frobnicate"}, 2, "", "unknown flag --frobnicate"},
		{"no file", nil, 2, "", "no module to run"},
		{"proc_exit", []string{start}, 3, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := Main(append([]string{"run"}, tc.args...), strings.NewReader(""), &stdout, &stderr)
			if status != tc.status {
				t.Errorf("status %d, want %d (stderr %q)", status, tc.status, stderr.String())
			}
			if stdout.String() != tc.stdout {
				t.Errorf("stdout %q, want %q", stdout.String(), tc.stdout)
			}
			if !strings.Contains(stderr.String(), tc.stderrHave) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), tc.stderrHave)
			}
		})
	}
}
