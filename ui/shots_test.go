package ui

import (
	"fmt"
	"os"
	"testing"
)

// TestShots writes screenshots of the window to look at, at the sizes the
// README names and in presentation mode: WASMSTEP_SHOTS=1 go test -tags ci
// -run Shots ./ui (files in the temp directory).
func TestShots(t *testing.T) {
	if os.Getenv("WASMSTEP_SHOTS") == "" {
		t.Skip("set WASMSTEP_SHOTS=1 to write screenshots")
	}
	for _, size := range [][2]float32{{1280, 800}, {1024, 640}, {1920, 1080}} {
		for _, present := range []bool{false, true} {
			w := openFake(t, size[0], size[1])
			w.Invoke("fib", []string{"10"}, true)
			w.Settle()
			press(w, "F10")
			press(w, "F10")
			name := fmt.Sprintf("%s/wasmstep-ui-%.0fx%.0f.png", os.TempDir(), size[0], size[1])
			if present {
				w.togglePresentation()
				name = fmt.Sprintf("%s/wasmstep-ui-%.0fx%.0f-present.png", os.TempDir(), size[0], size[1])
			}
			savePNG(t, w, name)
			t.Log(name)
		}
	}
}
