package middle

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func TestFitCutsTheMiddle(t *testing.T) {
	test.NewTempApp(t)
	mono := fyne.TextStyle{Monospace: true}
	size := theme.TextSize()
	cw := fyne.MeasureText("0", size, mono).Width
	for _, tt := range []struct {
		text  string
		chars float32
		want  string
	}{
		{"short.wat:3:5", 20, "short.wat:3:5"},
		{"/home/user/projects/demo/examples/running_sum.wat:25:7", 21, "/home/us…sum.wat:25:7"},
		{"$module::very_long_function_name", 11, "$mod…n_name"},
		{"abcdef", 1, ""},
	} {
		got := Fit(tt.text, tt.chars*cw+0.01, size, mono)
		if got != tt.want {
			t.Errorf("Fit(%q, %v chars) = %q, want %q", tt.text, tt.chars, got, tt.want)
		}
	}
}

func TestLabelShowsWhatFitsAndTheWholeTextOnTap(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DefaultTheme())
	l := NewLabel("/home/user/projects/demo/examples/running_sum.wat:25:7  $sum  local.get $i")
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(260, 60))
	shown := l.Shown()
	if !strings.Contains(shown, "…") || !strings.HasSuffix(shown, "local.get $i") || !strings.HasPrefix(shown, "/home") {
		t.Fatalf("shown %q: want the start and the end around an ellipsis", shown)
	}
	test.Tap(l)
	pop := w.Canvas().Overlays().Top()
	if pop == nil {
		t.Fatal("a tap on a cut label shows no pop-up")
	}
	found := false
	for _, o := range test.LaidOutObjects(pop) {
		if lbl, ok := o.(*widget.Label); ok && lbl.Text == l.Text() {
			found = true
		}
	}
	if !found {
		t.Error("the pop-up does not show the whole text")
	}
}
