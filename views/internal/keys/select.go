package keys

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Select is a widget.Select that takes focus when picked and passes the
// keys it does not use to the window.
type Select struct{ widget.Select }

// NewSelect is widget.NewSelect for a Select.
func NewSelect(options []string, changed func(string)) *Select {
	s := &Select{}
	s.Options, s.OnChanged = options, changed
	s.PlaceHolder = lang.L("(Select one)") // Fyne's own placeholder is never translated
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey keeps the keys that open or cycle the choices.
func (s *Select) TypedKey(ev *fyne.KeyEvent) {
	if Navigation(ev.Name) {
		s.Select.TypedKey(ev)
		return
	}
	ToWindow(s, ev)
}
