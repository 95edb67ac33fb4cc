package timeline

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// markReach is how close, in pixels, a click or the pointer must come to a
// mark to take it: a click on a tick travels to its exact instruction.
const markReach = 5

// View is the ruler. Update it on the UI goroutine.
type View struct {
	widget.BaseWidget

	// OnTravel asks to travel to an instruction count: at a click, and at
	// every move of a drag (the window coalesces them).
	OnTravel func(step uint64)

	model    Model
	dragging bool
	held     bool   // a drag ended: its count stays shown until the next Update
	dragAt   uint64 // the count under a drag, shown ahead of the stop
	hover    string // what the pointer is over, shown in place of the legend
}

// New returns an empty ruler.
func New() *View {
	v := &View{}
	v.ExtendBaseWidget(v)
	return v
}

// Update shows m, and its position from now on.
func (v *View) Update(m Model) {
	v.model, v.held = m, false
	v.Refresh()
}

// ruler is the geometry of the track at the widget's current size.
func (v *View) ruler() ruler {
	pad := v.Theme().Size(theme.SizeNameInnerPadding)
	return ruler{x0: pad, w: max(v.Size().Width-2*pad, 0), lo: v.model.Oldest, hi: v.model.Newest}
}

// target is the count a click at x travels to: a mark's own when it is
// near, else the nearest count.
func (v *View) target(x float32) uint64 {
	r := v.ruler()
	if m, ok := r.near(v.model.Marks, x, markReach); ok {
		return m.Step
	}
	return r.step(x)
}

// Tapped travels to the count under the pointer.
func (v *View) Tapped(ev *fyne.PointEvent) { v.travel(v.target(ev.Position.X)) }

// Dragged travels along with the pointer, marking where it is.
func (v *View) Dragged(ev *fyne.DragEvent) {
	to := v.ruler().step(ev.Position.X)
	if v.dragging && to == v.dragAt {
		return
	}
	v.dragging, v.dragAt = true, to
	v.Refresh()
	v.travel(to)
}

// DragEnd keeps the marker where the drag ended until the stop it asked
// for arrives (see Update): going back to the old position in between
// would flicker.
func (v *View) DragEnd() {
	v.dragging, v.held = false, true
	v.Refresh()
}

func (v *View) travel(step uint64) {
	if v.OnTravel != nil {
		v.OnTravel(step)
	}
}

// MouseIn, MouseMoved and MouseOut name what the pointer is over: a mark,
// or the count a click would travel to.
func (v *View) MouseIn(ev *desktop.MouseEvent)    { v.MouseMoved(ev) }
func (v *View) MouseOut()                         { v.setHover("") }
func (v *View) MouseMoved(ev *desktop.MouseEvent) { v.setHover(v.describe(ev.Position.X)) }

func (v *View) setHover(s string) {
	if s != v.hover {
		v.hover = s
		v.Refresh()
	}
}

// describe says what is at x: the mark there, or the count.
func (v *View) describe(x float32) string {
	r := v.ruler()
	if m, ok := r.near(v.model.Marks, x, markReach); ok {
		return markText(m)
	}
	return lang.L("instruction {{.Step}}", map[string]any{"Step": strconv.FormatUint(r.step(x), 10)})
}

// markText names a mark's kind, where it is and what it says.
func markText(m Mark) string {
	s := kindName(m.Kind) + " @ " + strconv.FormatUint(m.Step, 10)
	if m.Label != "" {
		s += ": " + m.Label
	}
	return s
}

// kindName is a mark kind as the legend writes it.
func kindName(k Kind) string {
	switch k {
	case Breakpoint:
		return lang.L("breakpoint")
	case Watchpoint:
		return lang.L("watchpoint")
	case Trap:
		return lang.L("trap")
	}
	return "memory.grow" // an instruction's name, not translated
}

// shown is the position the marker is drawn at: a drag's until it ends.
func (v *View) shown() uint64 {
	if v.dragging || v.held {
		return v.dragAt
	}
	return v.model.Now
}

// CreateRenderer draws the track, the marks, the marker and the captions.
func (v *View) CreateRenderer() fyne.WidgetRenderer { return newRenderer(v) }
