package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"wasmstep/debugger"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// Open loads files as one linked session and shows them; breakpoints
// remembered for them are set again.
func (w *Window) Open(paths ...string) {
	if len(paths) == 0 {
		return
	}
	w.paths = append([]string(nil), paths...)
	w.prefs.addRecent(paths)
	w.win.SetMainMenu(w.mainMenu())
	w.watch.follow(paths)
	w.load(w.rememberedBreakpoints)
}

// load (re)loads the session's files, then calls restore with the
// documents to set their breakpoints again.
func (w *Window) load(restore func(docs []*document) map[*document][]int) {
	paths := w.paths
	w.work.cancelQueued()
	w.setEngine(w.fresh(paths))
	var docs []*document
	var want map[*document][]int
	w.clearTrace()
	w.status.clearTrap()
	w.work.submit(command{eng: w.eng, name: "load", run: func(e Engine) (*debugger.Snapshot, error) {
		return nil, e.LoadFiles(paths...)
	}, done: func(_ *debugger.Snapshot, err error) {
		docs = w.documents(paths, err)
		w.exports = w.eng.Exports()
		want = restore(docs)
		w.src.setDocs(docs)
		w.show(nil)
		w.win.SetTitle("wasmstep — " + strings.Join(titles(docs), ", "))
		if err != nil {
			w.status.showError(err)
		}
	}})
	w.setBreakpoints(func() map[*document][]int { return want })
}

// documents pairs the opened paths with the session's files, marking the
// errors of a failed load at their lines.
func (w *Window) documents(paths []string, err error) []*document {
	files := w.eng.Files()
	marks := errorMarkers(err)
	docs := make([]*document, len(paths))
	for i, p := range paths {
		var file *source.File // the session's, when p loaded
		for _, f := range files {
			if f.Name() == p {
				file = f
			}
		}
		var mod *wasm.Module
		if ms, ok := w.eng.(moduleSource); ok && file != nil {
			mod = ms.Module(file)
		}
		d := newDocumentOf(p, file, mod)
		d.errors = marks[p]
		docs[i] = d
	}
	return append(docs, w.sourceDocuments()...)
}

// rememberedBreakpoints are the lines saved for each document that loaded.
func (w *Window) rememberedBreakpoints(docs []*document) map[*document][]int {
	want := map[*document][]int{}
	for _, d := range docs {
		if d.file != nil && d.disasm == nil {
			want[d] = w.prefs.breakpoints(d.path)
		}
	}
	return want
}

func titles(docs []*document) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.title()
	}
	return out
}

// showOpenDialog asks for a file and opens it as a new session.
func (w *Window) showOpenDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		w.Open(path)
	}, w.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".wat", ".wast", ".wasm"}))
	d.SetTitleText(lang.L("Open a WebAssembly file"))
	d.Show()
}
