package memory

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// ThreadWrite says which thread wrote the bytes of Range last since the
// last stop; Thread is SeveralThreads where the debugger merged several
// threads' writes into one range.
type ThreadWrite struct {
	Range
	Thread int
}

// SeveralThreads is the Thread of a range written by more than one thread.
const SeveralThreads = -1

// writerAt returns the thread that wrote the byte at addr last, if the
// model knows it.
func (m MemoryModel) writerAt(addr uint64) (int, bool) {
	for _, w := range m.WrittenBy {
		if addr >= w.Start && addr < w.End {
			return w.Thread, true
		}
	}
	return 0, false
}

// writerText is the readout's line about who wrote the byte at the cursor,
// or "" where the model does not say.
func (p *pane) writerText() string {
	id, ok := p.model.writerAt(p.cursor)
	switch {
	case !ok:
		return ""
	case id == SeveralThreads:
		return lang.L("written by several threads")
	}
	return lang.L("written by thread {{.ID}}", map[string]any{"ID": id})
}

// moreHues tell threads 2 and on apart; 0 and 1 take the theme's warning
// and success colours, so a program without threads looks as before.
var moreHues = []color.Color{
	color.NRGBA{0x9c, 0x27, 0xb0, 0xff}, // purple
	color.NRGBA{0xe9, 0x1e, 0x63, 0xff}, // pink
	color.NRGBA{0x00, 0x96, 0x88, 0xff}, // teal, far from green (1) in the cycle
}

// threadHue is the highlight of the bytes thread id wrote.
func threadHue(id int, w fyne.Widget) color.Color {
	if id == SeveralThreads {
		return theme.ColorForWidget(theme.ColorNameDisabled, w)
	}
	switch k := id % (2 + len(moreHues)); k {
	case 0:
		return theme.ColorForWidget(theme.ColorNameWarning, w)
	case 1:
		return theme.ColorForWidget(theme.ColorNameSuccess, w)
	default:
		return moreHues[k-2]
	}
}

// unattributed calls f with the parts of r that no range of by (sorted)
// covers: written bytes whose thread the model does not know.
func unattributed(r Range, by []ThreadWrite, f func(Range)) {
	for _, w := range by {
		if w.End <= r.Start || w.Start >= r.End {
			continue
		}
		if w.Start > r.Start {
			f(Range{r.Start, w.Start})
		}
		r.Start = w.End
		if r.Start >= r.End {
			return
		}
	}
	f(r)
}
