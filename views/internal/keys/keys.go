// Package keys hands the window the keys a focused view widget does not
// use. The desktop driver gives keys without Ctrl or Alt only to the focused
// widget, and Fyne's tables, lists, selects and entries drop those they do
// not handle, so without this F5, F9, F10 and F11 stop working as soon as
// the user taps a grid.
package keys

import "fyne.io/fyne/v2"

// ToWindow passes ev to the key handler of the canvas o is shown on, the
// one the window installs with SetOnTypedKey.
func ToWindow(o fyne.CanvasObject, ev *fyne.KeyEvent) {
	app := fyne.CurrentApp()
	if app == nil {
		return
	}
	if c := app.Driver().CanvasForObject(o); c != nil && c.OnTypedKey() != nil {
		c.OnTypedKey()(ev)
	}
}

// Navigation reports whether a list or table moves or selects with the key.
func Navigation(k fyne.KeyName) bool {
	switch k {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight, fyne.KeySpace,
		fyne.KeyPageUp, fyne.KeyPageDown, fyne.KeyHome, fyne.KeyEnd:
		return true
	}
	return false
}

// Command reports whether the key is one a text field has no use for and
// the window may bind: a function key or Escape.
func Command(k fyne.KeyName) bool {
	switch k {
	case fyne.KeyF1, fyne.KeyF2, fyne.KeyF3, fyne.KeyF4, fyne.KeyF5, fyne.KeyF6,
		fyne.KeyF7, fyne.KeyF8, fyne.KeyF9, fyne.KeyF10, fyne.KeyF11, fyne.KeyF12,
		fyne.KeyEscape:
		return true
	}
	return false
}
