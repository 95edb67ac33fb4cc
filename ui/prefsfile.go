package ui

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"
)

// prefsStore is the part of fyne.Preferences the memo uses.
type prefsStore interface {
	StringList(key string) []string
	SetStringList(key string, value []string)
	IntList(key string) []int
	SetIntList(key string, value []int)
}

// prefsFile keeps the memo in a JSON file that every change rewrites
// atomically: a new file beside it, renamed over it. Fyne's preferences
// rewrite their file in place, and a window killed at that moment left it
// truncated ("Preferences load error: EOF"), losing breakpoints and recent
// files.
type prefsFile struct {
	path string
	mu   sync.Mutex
	data prefsData
}

type prefsData struct {
	Strings map[string][]string `json:"strings"`
	Ints    map[string][]int    `json:"ints"`
}

// openPrefsFile reads the file at path; a missing file is an empty memo, an
// unreadable one is reported and replaced at the next change.
func openPrefsFile(path string) (*prefsFile, error) {
	p := &prefsFile{path: path, data: prefsData{Strings: map[string][]string{}, Ints: map[string][]int{}}}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return p, nil
	}
	if err == nil {
		err = json.Unmarshal(b, &p.data)
	}
	if p.data.Strings == nil {
		p.data.Strings = map[string][]string{}
	}
	if p.data.Ints == nil {
		p.data.Ints = map[string][]int{}
	}
	return p, err
}

func (p *prefsFile) StringList(key string) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.data.Strings[key]...)
}

func (p *prefsFile) IntList(key string) []int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]int(nil), p.data.Ints[key]...)
}

func (p *prefsFile) SetStringList(key string, v []string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.data.Strings[key] = append([]string(nil), v...)
	p.save()
}

func (p *prefsFile) SetIntList(key string, v []int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.data.Ints[key] = append([]int(nil), v...)
	p.save()
}

// save writes the memo beside the file and renames it over the file, so a
// reader sees the old memo or the new one, never half of one.
func (p *prefsFile) save() {
	if err := writeAtomically(p.path, p.data); err != nil {
		fyne.LogError("wasmstep: saving preferences", err)
	}
}

func writeAtomically(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	_, err = tmp.Write(b)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
	}
	return err
}

// KeepPreferences makes the window remember recent files and breakpoints
// in the file at path (see prefsFile) instead of the app's preferences.
func (w *Window) KeepPreferences(path string) error {
	p, err := openPrefsFile(path)
	w.prefs = newMemo(p)
	w.win.SetMainMenu(w.mainMenu()) // the recent files come from the file
	w.restoreSplits()
	return err
}
