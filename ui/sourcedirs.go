package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// sourceDirAdder is what an engine that reads DWARF offers to find a
// compiled program's sources in a folder; asked for without widening
// Engine.
type sourceDirAdder interface {
	AddSourceDir(dir string)
}

// showSourceFolderDialog asks for a folder holding the sources of the open
// modules, for when DWARF's paths do not lead to them.
func (w *Window) showSourceFolderDialog() {
	if len(w.paths) == 0 {
		return
	}
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err == nil && u != nil {
			w.addSourceDir(u.Path())
		}
	}, w.win)
	d.Show()
}

// addSourceDir remembers a source folder for the open files and reloads
// them so their sources show.
func (w *Window) addSourceDir(dir string) {
	w.prefs.addSourceDir(w.paths, dir)
	w.fileChanged()
}

// sourceDirs are the source folders remembered for a set of files.
func (m *memo) sourceDirs(paths []string) []string {
	return m.prefs.StringList("sourcedirs:" + absPaths(paths))
}

func (m *memo) addSourceDir(paths []string, dir string) {
	dirs := m.sourceDirs(paths)
	for _, d := range dirs {
		if d == dir {
			return
		}
	}
	m.prefs.SetStringList("sourcedirs:"+absPaths(paths), append(dirs, dir))
}

func absPaths(paths []string) string {
	abs := make([]string, len(paths))
	for i, p := range paths {
		abs[i] = absPath(p)
	}
	return joinPaths(abs)
}
