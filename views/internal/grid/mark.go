package grid

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Mark says how a cell stands out from plain text. Colour is never the only
// cue (a mark adds weight, a background or a strike line, or the view adds
// a word such as "pushed"), so it still reads on a projector or for
// colour-blind users.
type Mark uint8

// Cell marks.
const (
	Plain     Mark = iota
	Highlight      // just changed, pushed, used or selected: tinted background, bold
	Consumed       // popped by the last step: greyed and struck through
	Dim            // secondary text such as null entries or placeholders
	Section        // a group header inside the rows, e.g. a block boundary
	Accent         // a different kind of line, e.g. a host call in a log
	Alert          // error text
	Header         // a column title
)

// style is how a mark is drawn with a given theme.
type style struct {
	fg, bg color.Color
	bold   bool
	strike bool
}

func (m Mark) style(th fyne.Theme, v fyne.ThemeVariant) style {
	fg := th.Color(theme.ColorNameForeground, v)
	switch m {
	case Highlight:
		return style{fg: fg, bg: th.Color(theme.ColorNameSelection, v), bold: true}
	case Consumed:
		return style{fg: th.Color(theme.ColorNamePlaceHolder, v), strike: true}
	case Dim:
		return style{fg: th.Color(theme.ColorNamePlaceHolder, v)}
	case Section:
		return style{fg: fg, bg: th.Color(theme.ColorNameInputBorder, v), bold: true}
	case Accent:
		return style{fg: th.Color(theme.ColorNamePrimary, v), bold: true}
	case Alert:
		return style{fg: th.Color(theme.ColorNameError, v)}
	case Header:
		return style{fg: fg, bold: true}
	}
	return style{fg: fg}
}

// Secondary is a cell of secondary text (null, a placeholder) in a row
// marked mark: dim in a plain row, the row's mark otherwise.
func Secondary(text string, mark Mark) Cell {
	if mark == Plain {
		mark = Dim
	}
	return Cell{Text: text, Mark: mark}
}
