package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"wasmstep/debugger"
	srcview "wasmstep/views/source"
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// sourcePane shows one document of the session at a time, with a picker
// for the others; it follows the next instruction from file to file.
type sourcePane struct {
	view    *srcview.View
	picker  *widget.Select
	badge   *widget.Label // the proposals the shown document uses
	header  *fyne.Container
	docs    []*document
	cur     *document
	content fyne.CanvasObject
	pair    *sourcePair // the disassembly beside a compiled program's source
}

// newSourcePane calls onToggle with the document and line whose gutter was
// clicked.
func newSourcePane(onToggle func(d *document, line int)) *sourcePane {
	p := &sourcePane{view: srcview.NewView()}
	p.view.OnToggleBreakpoint = func(line int) {
		if p.cur != nil {
			onToggle(p.cur, line)
		}
	}
	p.picker = widget.NewSelect(nil, func(title string) {
		for _, d := range p.docs {
			if d.title() == title && d != p.cur {
				p.pair.pin(d)
				p.show(d)
			}
		}
	})
	p.picker.PlaceHolder = lang.L("(Select one)")
	p.badge = widget.NewLabel("")
	p.badge.Importance = widget.LowImportance
	p.badge.Truncation = fyne.TextTruncateEllipsis // never wider than its half
	p.header = container.New(shareWidth{p.badge}, p.picker, p.badge)
	p.pair = newSourcePair(p.view)
	p.content = container.NewBorder(p.header, nil, nil, nil, p.pair.body)
	return p
}

// setDocs replaces the documents, showing the first.
func (p *sourcePane) setDocs(docs []*document) {
	p.docs = docs
	titles := make([]string, len(docs))
	for i, d := range docs {
		titles[i] = d.title()
	}
	p.picker.SetOptions(titles)
	p.cur = nil
	if len(docs) > 0 {
		p.show(docs[0])
	} else {
		p.picker.ClearSelected()
		p.view.Update(srcview.Model{})
	}
}

func (p *sourcePane) show(d *document) {
	p.cur = d
	p.picker.SetSelected(d.title())
	p.badge.SetText(featureBadge(d))
	p.header.Layout.Layout(p.header.Objects, p.header.Size()) // the badge takes half only with text
	p.refresh()
}

// featureBadge lists the proposals beyond WebAssembly 1.0 that the
// document's modules use, or "" for none.
func featureBadge(d *document) string {
	var all []string
	var mods []*wasm.Module
	if d.disasm != nil {
		// The module shown, whose decoder recorded the opcodes it uses: the
		// finder's module is only the text around the bodies.
		mods = []*wasm.Module{d.disasm.listing.Module()}
	} else {
		mods = modulesOf(d)
	}
	for _, m := range mods {
		for _, f := range debugger.Features(m) {
			if !slices.Contains(all, f) {
				all = append(all, f)
			}
		}
	}
	if len(all) == 0 {
		return ""
	}
	return lang.L("Uses: {{.List}}", map[string]any{"List": strings.Join(all, " · ")})
}

func (p *sourcePane) refresh() {
	if p.cur != nil {
		p.view.Update(p.cur.model())
	}
	p.pair.update(p.cur, p.pair.asm)
}

// docFor is the document of a file name, or nil.
func (p *sourcePane) docFor(name string) *document {
	for _, d := range p.docs {
		if d.path == name || (d.file != nil && d.file.Name() == name) {
			return d
		}
	}
	return nil
}

// showNext marks the instruction at loc and brings its document into view;
// a location outside the documents (a host frame) marks nothing.
func (p *sourcePane) showNext(loc *debugger.Location) {
	var at *document
	for _, d := range p.docs {
		d.next = nil
	}
	if loc != nil && loc.Instr >= 0 {
		if at = p.docFor(loc.Start.Filename); at != nil {
			if at.disasm != nil {
				at.next = at.disasm.span(loc.Func, loc.Instr)
			} else {
				at.next = textSpan(loc.Start, loc.End)
				if loc.Op == wasm.OpEnd && loc.End == loc.Start {
					at.next = functionEnd(loc.Start)
				}
			}
			at.next = openingOnly(at.next, loc.Op)
		}
		if d := p.markSourceLine(loc); d != nil {
			p.pair.asm = at
			if p.pair.pinned != at {
				at = d
			}
		}
	}
	if at != nil && at != p.cur {
		p.show(at)
		return
	}
	p.refresh()
}

// goToLine shows line of d, as the fuzzy finder asks.
func (p *sourcePane) goToLine(d *document, line int) {
	d.target = line
	if d != p.cur {
		p.show(d)
	} else {
		p.refresh()
	}
	p.view.ScrollToLine(line)
}

// markTrap marks where a stop trapped, with its reason, or clears the mark.
func (p *sourcePane) markTrap(loc *debugger.Location, reason string) {
	for _, d := range p.docs {
		d.trap, d.target = nil, 0
	}
	if loc == nil || loc.Instr < 0 || loc.Start.Line == 0 {
		return
	}
	if d := p.docFor(loc.Start.Filename); d != nil && d.disasm == nil {
		d.trap = &srcview.Marker{Loc: srcview.Loc{Line: loc.Start.Line, Col: max(loc.Start.Column, 1)}, Msg: reason}
	}
}

// functionEnd marks a function's final end, which has no text of its own
// (an empty span at the function's closing parenthesis), as that one
// parenthesis, not the rest of its line, where the module's may follow.
func functionEnd(at source.Position) *srcview.Span {
	return &srcview.Span{From: srcview.Loc{Line: at.Line, Col: at.Column}, To: srcview.Loc{Line: at.Line, Col: at.Column + 1}}
}

// openingOnly cuts the span of a block, loop, if or try_table to its first
// line: the span of a structured instruction is its whole body, but what
// runs next is only its opening.
func openingOnly(s *srcview.Span, op wasm.Op) *srcview.Span {
	switch op {
	case wasm.OpBlock, wasm.OpLoop, wasm.OpIf, wasm.OpTryTable, wasm.OpTry:
		if s != nil && s.To.Line > s.From.Line {
			return &srcview.Span{From: s.From, To: srcview.Loc{Line: s.From.Line + 1, Col: 1}}
		}
	}
	return s
}

// markTrap marks the instruction a trapped stop failed at in the source;
// any other stop clears the mark and the finder's target line.
func (w *Window) markTrap(s *debugger.Snapshot) {
	if s == nil || !(s.State == debugger.StateTrapped || s.Reason == debugger.StopTrap || s.Reason == debugger.StopException) {
		w.src.markTrap(nil, "")
		return
	}
	var loc *debugger.Location
	if f := s.Current(); f != nil {
		loc = &f.Location
	}
	w.src.markTrap(loc, lang.L("Trap")+": "+trapText(s.Message))
}
