package grid

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestFit(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(theme.DefaultTheme())
	th := theme.DefaultTheme()
	size := th.Size(theme.SizeNameText)
	cw := charWidth(th)
	tests := []struct {
		text  string
		chars float32
		want  string
	}{
		{"i32.add", 10, "i32.add"},
		{"i32.add", 7, "i32.add"},
		{"funcref", 5, "func…"},
		{"funcref", 0.5, ""},
	}
	for _, tt := range tests {
		if got := fit(tt.text, tt.chars*cw+0.01, size, fyne.TextStyle{Monospace: true}); got != tt.want {
			t.Errorf("fit(%q, %v chars) = %q, want %q", tt.text, tt.chars, got, tt.want)
		}
	}
}

func TestColumnWidthsStretch(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(theme.DefaultTheme())
	th := theme.DefaultTheme()
	sep := th.Size(theme.SizeNamePadding)
	cols := []Column{{Chars: 3}, {Chars: 10, Stretch: true}, {Chars: 6}}
	fixed := columnWidth(th, 3) + columnWidth(th, 6) + 3*sep

	w := columnWidths(th, cols, 1000)
	if w[0] != columnWidth(th, 3) || w[2] != columnWidth(th, 6) {
		t.Errorf("fixed columns changed: %v", w)
	}
	if w[1] != 1000-fixed {
		t.Errorf("stretch column %v, want %v", w[1], 1000-fixed)
	}
	// Too narrow: the stretch column keeps its own width.
	if w := columnWidths(th, cols, 10); w[1] != columnWidth(th, 10) {
		t.Errorf("narrow stretch column %v, want %v", w[1], columnWidth(th, 10))
	}
}
