package cli

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The window's sessions bind imports as `wasmstep run` does: this example
// imports a print function and two memories.
func TestWindowEngineBindsImports(t *testing.T) {
	path := "../examples/three_memories.wat"
	e := newEngine([]string{path})
	if err := e.LoadFiles(path); err != nil {
		t.Fatalf("load: %v", err)
	}
	if _, err := e.Invoke("show", nil); err != nil {
		t.Fatalf("invoke: %v", err)
	}
}

func TestShotFlags(t *testing.T) {
	for _, c := range []struct {
		args    string
		want    shotOptions
		rest    string
		wantErr bool
	}{
		{"a.wat --out x.png", shotOptions{out: "x.png", w: 1280, h: 800}, "a.wat", false},
		{"a.wat --invoke f 1 --steps 3 --size 1024x640 --present --out x.png",
			shotOptions{out: "x.png", steps: 3, w: 1024, h: 640, present: true}, "a.wat --invoke f 1", false},
		{"a.wat --size 100x100", shotOptions{}, "", true},
		{"a.wat --steps", shotOptions{}, "", true},
	} {
		opts, rest, err := shotFlags(strings.Fields(c.args))
		if (err != nil) != c.wantErr {
			t.Errorf("%q: error %v", c.args, err)
			continue
		}
		if !c.wantErr && (opts != c.want || strings.Join(rest, " ") != c.rest) {
			t.Errorf("%q: got %+v %q, want %+v %q", c.args, opts, rest, c.want, c.rest)
		}
	}
}

func TestScreenshotOfAnExample(t *testing.T) {
	out := filepath.Join(t.TempDir(), "shot.png")
	var stderr strings.Builder
	e := &env{stdout: &strings.Builder{}, stderr: &stderr}
	if code := runScreenshot(e, []string{"../examples/add.wat", "--invoke", "add", "2", "3", "--steps", "2", "--size", "800x600", "--out", out}); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 800 || b.Dy() != 600 {
		t.Errorf("size %v, want 800x600", b.Size())
	}
}
