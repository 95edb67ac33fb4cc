package memory

import (
	"image/png"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestShots writes the view to /tmp/views-memory-*.png for a human to look at.
func TestShots(t *testing.T) {
	if os.Getenv("WASMSTEP_SHOTS") == "" {
		t.Skip("set WASMSTEP_SHOTS=1 to write screenshots")
	}
	for name, th := range map[string]fyne.Theme{"light": theme.LightTheme(), "dark": theme.DarkTheme()} {
		a := test.NewTempApp(t)
		a.Settings().SetTheme(th)
		v := NewView()
		w := test.NewTempWindow(t, v)
		w.Resize(fyne.NewSize(900, 560))
		v.Update(testModel())
		v.panes[0].setCursor(0x10)
		save(t, w, "/tmp/views-memory-"+name+".png")
		if name == "light" {
			w.Resize(fyne.NewSize(1000, 200)) // the memory tab of a 1024×640 window
			save(t, w, "/tmp/views-memory-short.png")
			w.Resize(fyne.NewSize(700, 360))
			save(t, w, "/tmp/views-memory-narrow.png")
			w.Resize(fyne.NewSize(900, 560))
			v.tabs.SelectIndex(1)
			v.panes[1].goTo("0x3fffffffc")
			save(t, w, "/tmp/views-memory-64.png")
		}
	}
}

func save(t *testing.T, w fyne.Window, path string) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
