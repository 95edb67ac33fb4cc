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
	dirs := w.prefs.sourceDirs(paths)
	w.work.cancelQueued()
	w.setEngine(w.fresh(paths))
	var docs []*document
	var want map[*document][]int
	var got loadedFiles
	w.clearTrace()
	w.status.clearTrap()
	w.work.submit(command{eng: w.eng, name: "load", run: func(e Engine) (*debugger.Snapshot, error) {
		err := e.LoadFiles(paths...)
		got = readLoaded(e, dirs)
		return nil, err
	}, done: func(_ *debugger.Snapshot, err error) {
		docs = documents(got, paths, err)
		w.exports = got.exports
		want = restore(docs)
		w.src.setDocs(docs)
		w.show(capture(nil, nil, wants{}))
		w.win.SetTitle("wasmstep — " + strings.Join(titles(docs), ", "))
		if err != nil {
			w.status.showError(err)
		}
	}})
	w.setBreakpoints(func() map[*document][]int { return want })
}

// loadedFiles is what the window keeps of a load, read on the worker: the
// session's files, the modules decoded from them, its exports, and the
// sources of modules compiled with DWARF.
type loadedFiles struct {
	files   []*source.File
	modules map[*source.File]*wasm.Module
	exports []debugger.Export
	sources []*source.File
}

// readLoaded reads a loaded engine's files (worker), after giving it the
// source folders remembered for them.
func readLoaded(e Engine, dirs []string) loadedFiles {
	got := loadedFiles{files: e.Files(), modules: map[*source.File]*wasm.Module{}, exports: e.Exports()}
	if ms, ok := e.(moduleSource); ok {
		for _, f := range got.files {
			got.modules[f] = ms.Module(f)
		}
	}
	got.sources = compiledSources(e, dirs)
	return got
}

// documents pairs the opened paths with the session's files, marking the
// errors of a failed load at their lines.
func documents(got loadedFiles, paths []string, err error) []*document {
	marks := errorMarkers(err)
	docs := make([]*document, len(paths))
	for i, p := range paths {
		var file *source.File // the session's, when p loaded
		for _, f := range got.files {
			if f.Name() == p {
				file = f
			}
		}
		d := newDocumentOf(p, file, got.modules[file])
		d.errors = marks[p]
		docs[i] = d
	}
	for _, f := range got.sources {
		d := newDocument(f.Name(), f)
		d.compiled = true
		docs = append(docs, d)
	}
	return docs
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
