package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDebugShowsV128Lanes: v128 values are split in the shape the
// instructions use, and the lanes command switches it.
func TestDebugShowsV128Lanes(t *testing.T) {
	src := `(module
  (func (export "f") (result i32)
    v128.const i16x8 1 2 3 4 5 6 7 8
    v128.const i16x8 10 20 30 40 50 60 70 80
    i16x8.add
    i16x8.extract_lane_s 7))`
	path := filepath.Join(t.TempDir(), "lanes.wat")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	cmds := "invoke f\nstep\nstep\nstep\nstack\nlanes i64x2\nstack\nlanes nope\nquit\n"
	if code := Main([]string{"debug", path}, strings.NewReader(cmds), &out, &out); code != 0 {
		t.Fatalf("exit %d:\n%s", code, out.String())
	}
	for _, want := range []string{
		"i16x8.add  | v128:i16x8 1 2 3 4 5 6 7 8 v128:i16x8 10 20 30 40 50 60 70 80\n",
		"  0: v128:i16x8 11 22 33 44 55 66 77 88\n",
		"  0: v128:i64x2 12385040710631435 24770128667344951\n",
		"error: usage: lanes i8x16|",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
