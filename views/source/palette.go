package source

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// palette holds the colours of one refresh, looked up from the widget's theme
// and variant so light, dark and custom themes all apply.
type palette struct {
	fg, keyword, comment, id, number, str color.Color
	gutter, current, span, spanEdge       color.Color
	errorFg, errorBg, breakpoint          color.Color
}

func newPalette(w fyne.Widget) palette {
	c := func(n fyne.ThemeColorName) color.Color { return theme.ColorForWidget(n, w) }
	p := palette{
		fg: c(theme.ColorNameForeground), keyword: c(theme.ColorNamePrimary),
		comment: c(theme.ColorNamePlaceHolder), gutter: c(theme.ColorNameHeaderBackground),
		current: c(theme.ColorNameHover), spanEdge: c(theme.ColorNamePrimary),
		span: withAlpha(c(theme.ColorNamePrimary), 0x48), errorFg: c(theme.ColorNameError),
		errorBg: withAlpha(c(theme.ColorNameError), 0x30), breakpoint: c(theme.ColorNameError),
	}
	// The theme has no syntax colours; these hues read well on either kind of
	// background, so only their lightness follows it.
	if isDark(c(theme.ColorNameBackground)) {
		p.id, p.number, p.str = rgb(0xd2a8ff), rgb(0x7ee787), rgb(0xffa657)
	} else {
		p.id, p.number, p.str = rgb(0x8e44ad), rgb(0x1b7f3b), rgb(0xb35c00)
	}
	return p
}

func (p palette) of(c class) color.Color {
	switch c {
	case classKeyword:
		return p.keyword
	case classID:
		return p.id
	case classNumber:
		return p.number
	case classString:
		return p.str
	case classComment:
		return p.comment
	}
	return p.fg
}

func rgb(v uint32) color.Color {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

func isDark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return 299*r+587*g+114*b < 500*0xffff
}
