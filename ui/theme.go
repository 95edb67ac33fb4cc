package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// presentScale is how much larger presentation mode draws text and icons.
const presentScale = 1.5

// presentTheme is presentation mode for teaching: large text, and high
// contrast (white on black, bright marks) that survives a projector.
type presentTheme struct{ base fyne.Theme }

func (t presentTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameMenuBackground,
		theme.ColorNameOverlayBackground, theme.ColorNameHeaderBackground:
		return color.Black
	case theme.ColorNameForeground, theme.ColorNameForegroundOnPrimary:
		return color.White
	case theme.ColorNamePrimary, theme.ColorNameFocus:
		return color.NRGBA{R: 0xff, G: 0xd4, B: 0x00, A: 0xff}
	case theme.ColorNameSelection:
		return color.NRGBA{R: 0xff, G: 0xd4, B: 0x00, A: 0x66}
	case theme.ColorNameSeparator:
		return color.NRGBA{R: 0xc0, G: 0xc0, B: 0xc0, A: 0xff}
	case theme.ColorNameInputBorder: // also the band behind white section rows
		return color.NRGBA{R: 0x58, G: 0x58, B: 0x58, A: 0xff}
	case theme.ColorNameDisabled, theme.ColorNamePlaceHolder:
		return color.NRGBA{R: 0xb0, G: 0xb0, B: 0xb0, A: 0xff}
	}
	return t.base.Color(n, theme.VariantDark)
}

func (t presentTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base.Font(s) }

func (t presentTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

func (t presentTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText, theme.SizeNameSubHeadingText, theme.SizeNameHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return t.base.Size(n) * presentScale
	}
	return t.base.Size(n)
}

// togglePresentation switches presentation mode on or off.
func (w *Window) togglePresentation() {
	_, on := w.app.Settings().Theme().(presentTheme)
	w.SetPresentation(!on)
}

// SetPresentation turns presentation mode on or off.
func (w *Window) SetPresentation(on bool) {
	s := w.app.Settings()
	p, was := s.Theme().(presentTheme)
	switch {
	case on && !was:
		s.SetTheme(presentTheme{base: s.Theme()})
	case !on && was:
		s.SetTheme(p.base)
	}
}
