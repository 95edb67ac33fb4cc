package middle

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Label shows one line of text cut in the middle when it is too wide; a tap
// shows the whole text in a pop-up (Fyne 2.7 has no tooltips).
type Label struct {
	widget.BaseWidget
	text  string
	shown *widget.Label
	popup *widget.PopUp
}

// NewLabel returns a label showing text.
func NewLabel(text string) *Label {
	l := &Label{text: text, shown: widget.NewLabel(text)}
	l.ExtendBaseWidget(l)
	return l
}

// SetText sets the full text; the label shows as much as fits.
func (l *Label) SetText(text string) {
	if text == l.text {
		return
	}
	l.text = text
	l.fit(l.Size().Width)
}

// Text is the full text.
func (l *Label) Text() string { return l.text }

// Shown is the text as drawn, possibly cut.
func (l *Label) Shown() string { return l.shown.Text }

func (l *Label) fit(width float32) {
	pad := theme.InnerPadding()
	shown := l.text
	if width > 0 {
		shown = Fit(l.text, width-2*pad, theme.TextSize(), l.shown.TextStyle)
	}
	if shown != l.shown.Text {
		l.shown.SetText(shown)
	}
}

// Tapped shows the whole text under the label when it is cut.
func (l *Label) Tapped(*fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(l)
	if c == nil || l.shown.Text == l.text {
		return
	}
	full := widget.NewLabel(l.text)
	full.Wrapping = fyne.TextWrapBreak
	l.popup = widget.NewPopUp(full, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(l)
	width := min(max(l.Size().Width, 200), c.Size().Width)
	full.Resize(fyne.NewSize(width, 0))
	size := fyne.NewSize(width, full.MinSize().Height)
	l.popup.Resize(size)
	l.popup.ShowAtPosition(fyne.NewPos(min(pos.X, c.Size().Width-width), max(pos.Y-size.Height, 0)))
}

func (l *Label) CreateRenderer() fyne.WidgetRenderer {
	return &labelRenderer{l: l, objects: []fyne.CanvasObject{l.shown}}
}

type labelRenderer struct {
	l       *Label
	objects []fyne.CanvasObject
}

func (r *labelRenderer) Layout(s fyne.Size) {
	r.l.fit(s.Width)
	r.l.shown.Resize(s)
}

// MinSize is one line of one character: the label gives way to its
// neighbours and cuts its text instead.
func (r *labelRenderer) MinSize() fyne.Size {
	pad := theme.InnerPadding()
	one := fyne.MeasureText("…", theme.TextSize(), r.l.shown.TextStyle)
	return fyne.NewSize(one.Width+2*pad, r.l.shown.MinSize().Height)
}

func (r *labelRenderer) Refresh() {
	r.l.fit(r.l.Size().Width)
	canvas.Refresh(r.l)
}

func (r *labelRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *labelRenderer) Destroy() {}
