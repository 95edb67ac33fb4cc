package stack

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"wasmstep/views/internal/viewtest"
)

// A presentation theme doubles the text: the rows must grow with it and the
// columns widen so nothing overlaps.
func TestFollowsThemeTextSize(t *testing.T) {
	viewtest.Start(t)
	v := New()
	w := viewtest.Show(t, v, 900, 700)
	v.Update(afterAdd())
	small := viewtest.Find(w, "funcref").TextSize

	fyne.CurrentApp().Settings().SetTheme(viewtest.Scaled{Theme: theme.DefaultTheme(), Factor: 2})
	w.Content().Refresh()
	big := viewtest.Find(w, "funcref")
	if big == nil || big.TextSize != 2*small {
		t.Fatalf("type text size %v after doubling, want %v", big, 2*small)
	}
	// The type column holds "funcref" whole at the new size.
	if viewtest.Find(w, "func $fib") == nil {
		t.Errorf("lines at double size: %q", viewtest.Lines(w))
	}
	viewtest.Shots(t, w, "stack-big")
}
