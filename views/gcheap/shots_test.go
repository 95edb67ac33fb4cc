package gcheap

import (
	"image/png"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestShots writes the view to /tmp/views-gcheap-*.png for a human to look at.
func TestShots(t *testing.T) {
	if os.Getenv("WASMSTEP_SHOTS") == "" {
		t.Skip("set WASMSTEP_SHOTS=1 to write screenshots")
	}
	var ringOnly heap
	ringOnly.obj(ringOnly.ring(6)).Roots = []string{"local $head"}
	shots := []struct {
		name  string
		th    fyne.Theme
		m     Model
		zoom  float32
		size  fyne.Size
		fresh bool
	}{
		{"ring", theme.LightTheme(), Model{Objects: ringOnly.objs}, 1, fyne.NewSize(1100, 420), false},
		{"mixed", theme.LightTheme(), mixed(), 1, fyne.NewSize(1400, 900), false},
		{"mixed-dark-small", theme.DarkTheme(), mixed(), 0.5, fyne.NewSize(1400, 900), true},
		{"mixed-fit", theme.DarkTheme(), mixed(), 0, fyne.NewSize(1000, 600), false}, // 0: fit
	}
	for _, s := range shots {
		a := test.NewTempApp(t)
		a.Settings().SetTheme(s.th)
		v := NewView()
		w := test.NewTempWindow(t, v)
		w.Resize(s.size)
		v.Update(s.m)
		v.SetZoom(s.zoom)
		if s.zoom == 0 {
			v.Fit()
		}
		v.selectObject(0)
		f, err := os.Create("/tmp/views-gcheap-" + s.name + ".png")
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, w.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}
