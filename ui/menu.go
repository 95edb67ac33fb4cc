package ui

import (
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
)

// mainMenu offers every action with its key. Shortcuts with Ctrl in the
// main menu work even while a text entry has focus.
func (w *Window) mainMenu() *fyne.MainMenu {
	a := w.actions()
	recent := fyne.NewMenuItem(lang.L("Recent"), nil)
	recent.ChildMenu = w.recentMenu()
	file := fyne.NewMenu(lang.L("File"), w.menuItem(a.open), recent, w.menuItem(a.invoke),
		fyne.NewMenuItem(lang.L("Source folder…"), w.showSourceFolderDialog))
	debug := fyne.NewMenu(lang.L("Debug"), w.menuItem(a.cont), w.menuItem(a.pause), w.menuItem(a.over),
		w.menuItem(a.into), w.menuItem(a.out), w.stepOthersItem(), fyne.NewMenuItemSeparator(), w.menuItem(a.back),
		w.menuItem(a.reverse), w.menuItem(a.lastWrite), w.menuItem(a.restart), fyne.NewMenuItemSeparator(), w.menuItem(a.breakpoint))
	view := fyne.NewMenu(lang.L("View"), w.menuItem(a.find), w.menuItem(a.present))
	return fyne.NewMainMenu(file, debug, view)
}

// menuItem is an action with the key bound to it.
func (w *Window) menuItem(a action) *fyne.MenuItem {
	it := fyne.NewMenuItem(lang.L(a.label), a.run)
	for _, b := range w.keys {
		if b.act.label == a.label {
			it.Shortcut = &desktop.CustomShortcut{KeyName: b.key, Modifier: b.mods}
			break
		}
	}
	return it
}

// recentMenu reopens one of the recent sessions.
func (w *Window) recentMenu() *fyne.Menu {
	m := fyne.NewMenu("")
	for _, entry := range w.prefs.recent() {
		paths := strings.Split(entry, recentSep)
		names := make([]string, len(paths))
		for i, p := range paths {
			names[i] = filepath.Base(p)
		}
		m.Items = append(m.Items, fyne.NewMenuItem(strings.Join(names, " + "), func() { w.Open(paths...) }))
	}
	return m
}
