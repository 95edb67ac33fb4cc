package wat

import "wasmstep/vm/wasm"

// The legacy exception instructions in the text format:
//
//	try label? bt instr* (catch id? x instr*)* (catch_all id? instr*)? end id?
//	try label? bt instr* delegate l
//	(try label? bt (do instr*) (catch x instr*)* (catch_all instr*)?)
//	(try label? bt (do instr*) (delegate l))
//
// They become the flat instructions try, catch, catch_all and end (or
// delegate in place of the end). A delegate's label is counted outside the
// try, as the validator reads it.

func init() { syntaxKeywords["do"] = true }

// endsArm reports whether the next token ends the instructions of a try
// arm in flat syntax.
func (p *modParser) endsArm() bool {
	t := p.peek()
	return t.Kind == Keyword && (t.Text == "catch" || t.Text == "catch_all" || t.Text == "delegate")
}

// flatTry parses a try in flat syntax after its keyword.
func (p *modParser) flatTry(kw Token) {
	in := wasm.Instr{Op: wasm.OpTry, Pos: kw.Pos}
	label := p.blockHeader(&in)
	in.End = p.last().End()
	p.emit(in)
	p.pushLabel(label)
	p.instrs()
	if p.isKeyword("delegate") {
		p.delegate(p.next(), label)
		return
	}
	for p.isKeyword("catch") {
		t := p.next()
		p.repeatedLabel(label)
		c := wasm.Instr{Op: wasm.OpCatch, Pos: t.Pos, X: p.index(&p.tags)}
		c.End = p.last().End()
		p.emit(c)
		p.instrs()
	}
	if p.isKeyword("catch_all") {
		t := p.next()
		p.endLabel(label)
		p.emit(wasm.Instr{Op: wasm.OpCatchAll, Pos: t.Pos, End: p.last().End()})
		p.instrs()
	}
	t := p.expectKeyword("end")
	p.endLabel(label)
	p.popLabel()
	p.emit(wasm.Instr{Op: wasm.OpEnd, Pos: t.Pos, End: p.last().End()})
}

// repeatedLabel consumes the try's own label where it may be repeated
// before an index ("catch $try $tag", "delegate $try $outer"): an id
// followed by another index.
func (p *modParser) repeatedLabel(label string) {
	if p.peek().Kind == ID && (p.peekAt(1).Kind == ID || p.peekAt(1).Kind == Number) {
		p.endLabel(label)
	}
}

// delegate parses the label of a delegate whose keyword t was consumed and
// closes the try (labelled label) it ends.
func (p *modParser) delegate(t Token, label string) {
	p.repeatedLabel(label)
	p.popLabel()
	d := wasm.Instr{Op: wasm.OpDelegate, Pos: t.Pos, X: p.labelIndex()}
	d.End = p.last().End()
	p.emit(d)
}

// foldedTry parses a folded try after its keyword: "(do ...)", then catch
// clauses or a delegate, each in parentheses.
func (p *modParser) foldedTry(in *wasm.Instr) {
	label := p.blockHeader(in)
	at := len(p.fn.body)
	p.emit(*in)
	p.pushLabel(label)
	p.expectOpen("do")
	p.instrs()
	p.close()
	if p.isOpen("delegate") {
		p.next()
		p.delegate(p.next(), label)
		p.close()
		p.fn.body[at].End = p.close().End()
		return
	}
	for p.isOpen("catch") {
		p.next()
		t := p.next()
		c := wasm.Instr{Op: wasm.OpCatch, Pos: t.Pos, X: p.index(&p.tags)}
		c.End = p.last().End()
		p.emit(c)
		p.instrs()
		p.close()
	}
	if p.isOpen("catch_all") {
		p.next()
		t := p.next()
		p.emit(wasm.Instr{Op: wasm.OpCatchAll, Pos: t.Pos, End: t.End()})
		p.instrs()
		p.close()
	}
	p.popLabel()
	p.closeBlock(at)
}
