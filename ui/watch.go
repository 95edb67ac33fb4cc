package ui

import (
	"path/filepath"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"github.com/fsnotify/fsnotify"
)

// saveSettle is how long the files must stay quiet after a change before
// the session reloads: editors save in several writes (or a rename).
const saveSettle = 150 * time.Millisecond

// watcher reports, on the UI goroutine, that a file of the session was
// saved. It watches the files' directories, since editors often replace a
// file by renaming a new one over it.
type watcher struct {
	fs      *fsnotify.Watcher // nil when the system cannot watch
	changed func()
	post    *dispatcher

	mu    sync.Mutex
	files map[string]bool // absolute paths followed
	dirs  map[string]bool
	timer *time.Timer
}

func newWatcher(changed func(), post *dispatcher) *watcher {
	w := &watcher{changed: changed, post: post, files: map[string]bool{}, dirs: map[string]bool{}}
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		fyne.LogError("wasmstep: cannot watch files; reload by hand (Ctrl+R)", err)
		return w
	}
	w.fs = fw
	go w.loop()
	return w
}

// follow replaces the followed files.
func (w *watcher) follow(paths []string) {
	if w.fs == nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.files = map[string]bool{}
	for _, p := range paths {
		abs := absPath(p)
		w.files[abs] = true
		if dir := filepath.Dir(abs); !w.dirs[dir] && w.fs.Add(dir) == nil {
			w.dirs[dir] = true
		}
	}
}

func (w *watcher) loop() {
	for {
		select {
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			if ev.Has(fsnotify.Write) || ev.Has(fsnotify.Create) || ev.Has(fsnotify.Rename) {
				w.touched(ev.Name)
			}
		case _, ok := <-w.fs.Errors:
			if !ok {
				return
			}
		}
	}
}

// touched restarts the quiet period when a followed file changed.
func (w *watcher) touched(name string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.files[absPath(name)] {
		return
	}
	if w.timer != nil {
		w.timer.Stop()
	}
	w.timer = time.AfterFunc(saveSettle, func() { w.post.do(w.changed) })
}

func (w *watcher) close() {
	if w.fs != nil {
		_ = w.fs.Close()
	}
}
