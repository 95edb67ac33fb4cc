package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// An imported memory's tab names its import; a shared memory says so.
func TestMemoryTabsNameImportsAndSharing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mems.wat")
	src := `(module
  (import "js" "mem0" (memory 1))
  (memory $sh 1 1 shared)
  (func (export "main") (i32.store (i32.const 0) (i32.const 7))))`
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	app := test.NewTempApp(t)
	app.Settings().SetTheme(theme.DefaultTheme())
	w := New(app, realEngine)
	w.Headless()
	t.Cleanup(func() { w.Window().Close() })
	w.Window().Resize(fyne.NewSize(1280, 800))
	w.Open(path)
	w.Settle()
	press(w, fyne.KeyF10) // starts main, the only export
	got := strings.Join(rendered(w.panes.memory), "|")
	for _, want := range []string{"0 js.mem0 (1 page)", "1 $sh · shared (1 page)"} {
		if !strings.Contains(got, want) {
			t.Errorf("memory tabs %q lack %q", got, want)
		}
	}
}
