package ui

import (
	"errors"
	"os"
	"path/filepath"
	"slices"

	srcview "wasmstep/views/source"
	"wasmstep/vm/load"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// document is one file of the session as the source pane shows it.
type document struct {
	path        string
	file        *source.File // the session's file; nil when it failed to load
	text        string
	disasm      *disassembly // set for a binary module
	breakpoints []int        // 1-based lines
	// instrBreaks are the session's breakpoint ids per line of a
	// disassembly; only commands on the worker goroutine touch them.
	instrBreaks map[int]int
	errors      []srcview.Marker
	next        *srcview.Span
	compiled    bool            // a compiled program's source (DWARF): steps go by its lines
	trap        *srcview.Marker // where the shown stop trapped, with its reason
	target      int             // the line the finder went to, until the next stop
}

// newDocument reads what the pane shows for path: the session's text when
// it loaded, the file on disk otherwise (so errors show at their line), and
// a binary module's disassembly.
func newDocument(path string, file *source.File) *document {
	return newDocumentOf(path, file, nil)
}

// moduleSource is an engine that hands out the modules it decoded
// (debugger.Session does), so a disassembly need not decode them again.
type moduleSource interface {
	Module(file *source.File) *wasm.Module
}

// newDocumentOf is newDocument with the module decoded from file, if the
// engine has it (nil: decode the file here).
func newDocumentOf(path string, file *source.File, mod *wasm.Module) *document {
	d := &document{path: path, file: file}
	var data []byte
	if file != nil {
		data = file.Source()
	} else {
		data, _ = os.ReadFile(path)
	}
	if load.KindOf(path, data) != load.Binary {
		d.text = string(data)
		return d
	}
	dis, err := disassemble(path, data, mod)
	if err != nil {
		d.text = "; " + err.Error()
		return d
	}
	d.disasm = dis
	return d
}

func (d *document) title() string { return filepath.Base(d.path) }

func (d *document) model() srcview.Model {
	errs := d.errors
	if d.trap != nil {
		errs = append(errs[:len(errs):len(errs)], *d.trap)
	}
	m := srcview.Model{Text: d.text, Next: d.next, Breakpoints: d.breakpoints, Errors: errs, Target: d.target}
	if d.disasm != nil {
		m.Lines = d.disasm.listing
	}
	return m
}

// setBreakpoint records whether line has a breakpoint.
func (d *document) setBreakpoint(line int, on bool) {
	i, found := slices.BinarySearch(d.breakpoints, line)
	switch {
	case on && !found:
		d.breakpoints = slices.Insert(d.breakpoints, i, line)
	case !on && found:
		d.breakpoints = slices.Delete(d.breakpoints, i, i+1)
	}
}

// errorMarkers sorts the positioned errors inside err by file name.
func errorMarkers(err error) map[string][]srcview.Marker {
	out := map[string][]srcview.Marker{}
	var walk func(error)
	walk = func(err error) {
		if joined, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range joined.Unwrap() {
				walk(e)
			}
			return
		}
		var se *source.Error
		if errors.As(err, &se) {
			line := max(se.Pos.Line, 1)
			out[se.Pos.Filename] = append(out[se.Pos.Filename], srcview.Marker{Loc: srcview.Loc{Line: line, Col: max(se.Pos.Column, 1)}, Msg: se.Msg})
		}
	}
	walk(err)
	return out
}
