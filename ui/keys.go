package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// binding is a key of the window: a key and its modifiers, and the action.
type binding struct {
	key  fyne.KeyName
	mods fyne.KeyModifier
	act  action
}

// bindings are every key of the window (documented in the README).
// Function keys, alone or with Shift, arrive as typed keys; keys with
// Ctrl arrive as shortcuts (and the menu shows them).
func (w *Window) bindings() []binding {
	a := w.actions()
	shift, ctrl := fyne.KeyModifierShift, fyne.KeyModifierShortcutDefault
	return []binding{
		{fyne.KeyF5, 0, a.cont},
		{fyne.KeyF5, shift, a.pause},
		{fyne.KeyF10, 0, a.over},
		{fyne.KeyF11, 0, a.into},
		{fyne.KeyF11, shift, a.out},
		{fyne.KeyF7, 0, a.back},
		{fyne.KeyF7, shift, a.reverse},
		{fyne.KeyF9, 0, a.breakpoint},
		{fyne.KeyF8, 0, a.invoke},
		{fyne.KeyO, ctrl, a.open},
		{fyne.KeyP, ctrl, a.find},
		{fyne.KeyR, ctrl, a.restart},
		{fyne.KeyI, ctrl, a.invoke},
		{fyne.KeyT, ctrl, a.present},
		{fyne.KeyW, ctrl | shift, a.lastWrite},
	}
}

// bindKeys installs the keys on the window's canvas. Keys without Ctrl reach
// the canvas from a focused view widget too: views/internal/keys forwards
// the keys the widget does not use.
func (w *Window) bindKeys() {
	c := w.win.Canvas()
	w.keys = w.bindings()
	c.SetOnTypedKey(w.typedKey)
	for _, b := range w.keys {
		if b.mods&^fyne.KeyModifierShift != 0 {
			act := b.act
			c.AddShortcut(&desktop.CustomShortcut{KeyName: b.key, Modifier: b.mods}, func(fyne.Shortcut) { act.run() })
		}
	}
}

// typedKey runs the binding of a function key, with Shift if it is held.
func (w *Window) typedKey(ev *fyne.KeyEvent) {
	if w.dialogKey(ev.Name) {
		return
	}
	mods := w.modifiers()
	for _, b := range w.keys {
		if b.key == ev.Name && b.mods == mods&fyne.KeyModifierShift && b.mods&^fyne.KeyModifierShift == 0 {
			b.act.run()
			return
		}
	}
}

// modifiers are the modifier keys held now; typed-key events do not carry
// them. Drivers without a keyboard report none.
func (w *Window) modifiers() fyne.KeyModifier {
	if w.heldModifiers != nil {
		return w.heldModifiers()
	}
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()
	}
	return 0
}
