package wat

import (
	"encoding/binary"
	"math/bits"
	"strings"

	"wasmstep/vm/wasm"
)

// funcState is the context of the function (or constant expression) whose
// instructions are being parsed.
type funcState struct {
	locals space
	labels []string // enclosing block labels, innermost last; "" if unnamed
	body   []wasm.Instr
}

// expr parses instructions up to the closing ")" (not consumed) and
// returns them ending with an end instruction.
func (p *modParser) expr(fs *funcState) []wasm.Instr {
	saved := p.fn
	p.fn = fs
	defer func() { p.fn = saved }()
	// The instructions are appended in place at the free end of the slab
	// (a nested expression finds it taken); a body that outgrows the slab
	// moves to an array of its own.
	atSlab := !p.building
	if atSlab {
		if next := nextSlab(cap(p.slab)); cap(p.slab)-len(p.slab) < next/16 {
			p.slab = make([]wasm.Instr, 0, next)
		}
		fs.body, p.building = p.slab[len(p.slab):], true
		defer func() { p.building = false }()
	}
	p.instrs()
	if k := p.peek(); k.Kind != RParen {
		p.unexpected()
	}
	end := p.peek()
	p.emit(wasm.Instr{Op: wasm.OpEnd, Pos: end.Pos, End: end.Pos})
	if atSlab && p.inSlab(fs.body) {
		p.slab = p.slab[:len(p.slab)+len(fs.body)]
	}
	// Cut the capacity so that appending to one body cannot overwrite the
	// next.
	return fs.body[:len(fs.body):len(fs.body)]
}

// slabSize is how many instructions the parser allocates at most at once
// for bodies, so that a module of many small functions costs few
// allocations and little slack.
const slabSize = 1 << 14

// nextSlab is the size of the slab after one of size n: small for a small
// module, doubling up to slabSize.
func nextSlab(n int) int { return min(slabSize, max(256, 2*n)) }

// inSlab reports whether body starts at the free end of the slab, where it
// was begun, rather than in the array it moved to.
func (p *modParser) inSlab(body []wasm.Instr) bool {
	n := len(p.slab)
	return n < cap(p.slab) && &p.slab[:n+1][n] == &body[0]
}

// constExpr parses a constant expression in its own empty context.
func (p *modParser) constExpr() []wasm.Instr {
	return p.expr(&funcState{locals: newSpace("local")})
}

func (p *modParser) emit(in wasm.Instr) { p.fn.body = append(p.fn.body, in) }

// instrs parses instructions until ")", "end", "else", a legacy try's
// catch, catch_all or delegate, or end of input.
func (p *modParser) instrs() {
	for {
		t := p.peek()
		switch {
		case t.Kind == RParen || t.Kind == EOF:
			return
		case t.Kind == Keyword && (t.Text == "end" || t.Text == "else"), p.endsArm():
			return
		case t.Kind == LParen:
			p.folded()
		case t.Kind == Keyword:
			p.flat()
		default:
			p.unexpected()
		}
	}
}

// lookupOp consumes an instruction keyword.
func (p *modParser) lookupOp() (wasm.Op, Token) {
	t := p.peek()
	if t.Kind != Keyword {
		p.unexpected()
	}
	op, ok := wasm.OpByName(t.Text)
	if !ok {
		p.unexpected()
	}
	p.next()
	return op, t
}

// flat parses one instruction in flat syntax; a structured one runs to its
// "end".
func (p *modParser) flat() {
	op, kw := p.lookupOp()
	switch op {
	case wasm.OpBlock, wasm.OpLoop, wasm.OpIf, wasm.OpTryTable:
		p.enter()
		defer p.leave()
		in := wasm.Instr{Op: op, Pos: kw.Pos}
		label := p.blockHeader(&in)
		in.End = p.last().End()
		p.emit(in)
		p.pushLabel(label)
		p.instrs()
		if op == wasm.OpIf && p.isKeyword("else") {
			t := p.next()
			p.endLabel(label)
			p.emit(wasm.Instr{Op: wasm.OpElse, Pos: t.Pos, End: p.last().End()})
			p.instrs()
		}
		t := p.expectKeyword("end")
		p.endLabel(label)
		p.popLabel()
		p.emit(wasm.Instr{Op: wasm.OpEnd, Pos: t.Pos, End: p.last().End()})
	case wasm.OpTry:
		p.flatTry(kw)
	case wasm.OpElse, wasm.OpEnd, wasm.OpCatch, wasm.OpCatchAll, wasm.OpDelegate:
		p.failAt(kw.Pos, "unexpected token %s", kw.Text)
	default:
		in := wasm.Instr{Op: op, Pos: kw.Pos}
		p.immediates(&in)
		in.End = p.last().End()
		p.emit(in)
	}
}

// folded parses "(" instr ")" in folded syntax, operands first.
func (p *modParser) folded() {
	p.enter()
	defer p.leave()
	p.expect(LParen)
	op, kw := p.lookupOp()
	in := wasm.Instr{Op: op, Pos: kw.Pos}
	switch op {
	case wasm.OpBlock, wasm.OpLoop, wasm.OpTryTable:
		label := p.blockHeader(&in)
		at := len(p.fn.body)
		p.emit(in)
		p.pushLabel(label)
		p.instrs()
		p.popLabel()
		p.closeBlock(at)
	case wasm.OpIf:
		label := p.blockHeader(&in)
		for p.peek().Kind == LParen && !p.isOpen("then") {
			p.folded()
		}
		at := len(p.fn.body)
		p.emit(in)
		p.pushLabel(label)
		p.expectOpen("then")
		p.instrs()
		p.close()
		if p.isOpen("else") {
			p.next()
			t := p.next()
			p.emit(wasm.Instr{Op: wasm.OpElse, Pos: t.Pos, End: t.End()})
			p.instrs()
			p.close()
		}
		p.popLabel()
		p.closeBlock(at)
	case wasm.OpTry:
		p.foldedTry(&in)
	case wasm.OpElse, wasm.OpEnd, wasm.OpCatch, wasm.OpCatchAll, wasm.OpDelegate:
		p.failAt(kw.Pos, "unexpected token %s", kw.Text)
	default:
		p.immediates(&in)
		for p.peek().Kind == LParen {
			p.folded()
		}
		in.End = p.close().End()
		p.emit(in)
	}
}

// closeBlock consumes the ")" of a folded block opened at body index at,
// records its extent and emits its end.
func (p *modParser) closeBlock(at int) {
	t := p.close()
	p.fn.body[at].End = t.End()
	p.emit(wasm.Instr{Op: wasm.OpEnd, Pos: t.Pos, End: t.End()})
}

// blockHeader parses a block's label, type and (for try_table) catches.
func (p *modParser) blockHeader(in *wasm.Instr) string {
	label, _, _ := p.optID()
	in.SetBlock(p.blockType())
	if in.Op == wasm.OpTryTable {
		if cs := p.catches(); len(cs) > 0 {
			in.SetMore().Catches = cs // as the decoder: no clauses, no More
		}
	}
	return label
}

var catchKinds = map[string]wasm.CatchKind{
	"catch": wasm.CatchTag, "catch_ref": wasm.CatchTagRef,
	"catch_all": wasm.CatchAll, "catch_all_ref": wasm.CatchAllRef,
}

// catches parses try_table's catch clauses; their labels are resolved
// outside the try_table's own label.
func (p *modParser) catches() []wasm.Catch {
	var cs []wasm.Catch
	for p.peek().Kind == LParen {
		kind, ok := catchKinds[p.openKeyword()]
		if !ok {
			break
		}
		p.next()
		p.next()
		c := wasm.Catch{Kind: kind}
		if kind == wasm.CatchTag || kind == wasm.CatchTagRef {
			c.Tag = p.index(&p.tags)
		}
		c.Label = p.labelIndex()
		p.close()
		cs = append(cs, c)
	}
	return cs
}

func (p *modParser) pushLabel(name string) { p.fn.labels = append(p.fn.labels, name) }
func (p *modParser) popLabel()             { p.fn.labels = p.fn.labels[:len(p.fn.labels)-1] }

// endLabel checks the optional label after "end" or "else" against the
// block's own.
func (p *modParser) endLabel(label string) {
	if t := p.peek(); t.Kind == ID {
		p.next()
		if t.Value() != label {
			p.failAt(t.Pos, "mismatching label $%s", t.Value())
		}
	}
}

// labelIndex consumes a label: a depth, or a name of an enclosing block.
func (p *modParser) labelIndex() uint32 {
	t := p.peek()
	if t.Kind != ID {
		return p.u32()
	}
	p.next()
	for d := len(p.fn.labels) - 1; d >= 0; d-- {
		if p.fn.labels[d] == t.Value() {
			return uint32(len(p.fn.labels) - 1 - d)
		}
	}
	p.failAt(t.Pos, "unknown label $%s", t.Value())
	return 0
}

// immediates parses the immediates of a non-structured instruction.
func (p *modParser) immediates(in *wasm.Instr) {
	switch wasm.Ops[in.Op].Imm {
	case wasm.ImmNone:
		if in.Op == wasm.OpSelect && p.isOpen("result") {
			in.Op = wasm.OpSelectT
			in.SetMore().Types = p.results()
			if in.Types() == nil {
				in.SetMore().Types = []wasm.ValType{}
			}
		}
	case wasm.ImmLabel:
		in.X = p.labelIndex()
	case wasm.ImmBrTable:
		for p.atIndex() {
			in.SetMore().Labels = append(in.Labels(), p.labelIndex())
		}
		if len(in.Labels()) == 0 {
			p.unexpected()
		}
	case wasm.ImmFunc:
		in.X = p.index(&p.funcs)
	case wasm.ImmCallIndirect:
		if p.atIndex() {
			in.Y = p.index(&p.tables)
		}
		in.X = p.typeUse(false).idx
	case wasm.ImmType:
		in.X = p.index(&p.types)
	case wasm.ImmLocal:
		in.X = p.index(&p.fn.locals)
	case wasm.ImmGlobal:
		in.X = p.index(&p.globals)
	case wasm.ImmTable:
		if p.atIndex() {
			in.X = p.index(&p.tables)
		}
	case wasm.ImmMem:
		if p.atIndex() {
			in.X = p.index(&p.mems)
		}
	case wasm.ImmMemArg:
		p.memArg(in)
	case wasm.ImmI32, wasm.ImmI64, wasm.ImmF32, wasm.ImmF64:
		in.Imm = p.constant(wasm.Ops[in.Op].Imm)
	case wasm.ImmHeapType:
		in.Ref = wasm.RefType(true, p.heapType())
	case wasm.ImmTag:
		in.X = p.index(&p.tags)
	case wasm.ImmField:
		in.X = p.index(&p.types)
		fields, ok := p.fieldNames[in.X]
		if !ok {
			fields = newSpace("field")
		}
		in.Y = p.index(&fields)
	case wasm.ImmArrayFixed:
		in.X = p.index(&p.types)
		in.Y = p.u32()
	case wasm.ImmArrayData:
		in.X = p.index(&p.types)
		in.Y = p.index(&p.datas)
	case wasm.ImmArrayElem:
		in.X = p.index(&p.types)
		in.Y = p.index(&p.elems)
	case wasm.ImmArrayCopy:
		in.X = p.index(&p.types)
		in.Y = p.index(&p.types)
	case wasm.ImmRefType:
		in.Ref = p.refType()
	case wasm.ImmBrOnCast:
		in.X = p.labelIndex()
		in.Ref = p.refType()
		in.SetMore().Ref2 = p.refType()
	case wasm.ImmMemInit:
		in.Y, in.X = p.indexPair(&p.mems, &p.datas)
	case wasm.ImmData:
		in.X = p.index(&p.datas)
	case wasm.ImmTwoMems:
		if p.atIndex() {
			in.X = p.index(&p.mems)
			in.Y = p.index(&p.mems)
		}
	case wasm.ImmTableInit:
		in.Y, in.X = p.indexPair(&p.tables, &p.elems)
	case wasm.ImmElem:
		in.X = p.index(&p.elems)
	case wasm.ImmTwoTables:
		if p.atIndex() {
			in.X = p.index(&p.tables)
			in.Y = p.index(&p.tables)
		}
	case wasm.ImmV128:
		in.Imm, in.ImmHi = p.v128()
	case wasm.ImmLane:
		in.ImmHi = uint64(p.laneIndex())
	case wasm.ImmMemArgLane:
		p.memArg(in)
		in.ImmHi = uint64(p.laneIndex())
	case wasm.ImmShuffle:
		var lanes [16]byte
		for i := range lanes {
			lanes[i] = p.laneIndex()
		}
		in.Imm = binary.LittleEndian.Uint64(lanes[:8])
		in.ImmHi = binary.LittleEndian.Uint64(lanes[8:])
	}
}

// laneIndex parses a vector lane index, a byte.
func (p *modParser) laneIndex() byte {
	t := p.numToken()
	v, err := parseU32(t.Text)
	if err == nil && v > 0xFF {
		err = errRange
	}
	if err != nil {
		p.numError(t, err, "lane index")
	}
	return byte(v)
}

// indexPair parses "x? y" where the optional first index (default 0) is in
// space first and the second in space second.
func (p *modParser) indexPair(first, second *space) (uint32, uint32) {
	if !p.atIndex() {
		p.unexpected()
	}
	p.next()
	if !p.atIndex() {
		p.pos--
		return 0, p.index(second)
	}
	p.pos--
	return p.index(first), p.index(second)
}

// constant parses the literal of a *.const instruction.
func (p *modParser) constant(kind wasm.ImmKind) uint64 {
	t := p.numToken()
	var (
		v   uint64
		err error
	)
	switch kind {
	case wasm.ImmI32:
		v, err = parseInt(t.Text, 32)
		p.checkNum(t, err, "i32")
	case wasm.ImmI64:
		v, err = parseInt(t.Text, 64)
		p.checkNum(t, err, "i64")
	case wasm.ImmF32:
		var f uint32
		f, err = parseF32(t.Text)
		v = uint64(f)
		p.checkNum(t, err, "f32")
	case wasm.ImmF64:
		v, err = parseF64(t.Text)
		p.checkNum(t, err, "f64")
	}
	return v
}

func (p *modParser) checkNum(t Token, err error, what string) {
	if err != nil {
		p.numError(t, err, what)
	}
}

// memArg parses "memidx? offset=N? align=N?".
func (p *modParser) memArg(in *wasm.Instr) {
	if p.atMemIndex(wasm.Ops[in.Op].Imm == wasm.ImmMemArgLane) {
		in.X = p.index(&p.mems)
	}
	align := wasm.AtomicWidth(in.Op)
	if align == 0 {
		align = naturalAlign(wasm.Ops[in.Op].Name)
	}
	if t := p.peek(); t.Kind == Keyword && strings.HasPrefix(t.Text, "offset=") {
		p.next()
		v, err := parseU64(t.Text[len("offset="):])
		if err != nil {
			p.numError(t, err, "offset")
		}
		in.Imm = v
	}
	if t := p.peek(); t.Kind == Keyword && strings.HasPrefix(t.Text, "align=") {
		p.next()
		v, err := parseU64(t.Text[len("align="):])
		if err != nil {
			p.numError(t, err, "alignment")
		}
		if v == 0 || v&(v-1) != 0 {
			p.failAt(t.Pos, "alignment must be a power of two")
		}
		align = v
	}
	in.Y = uint32(bits.TrailingZeros64(align))
}

// atMemIndex reports whether a memory index starts a memarg. Before a lane
// index, a lone number is the lane, so a number is a memory index only when
// something else of the memarg or another number follows.
func (p *modParser) atMemIndex(laneFollows bool) bool {
	if !laneFollows || p.peek().Kind == ID {
		return p.atIndex()
	}
	after := p.peekAt(1)
	return p.peek().Kind == Number && (after.Kind == Number ||
		after.Kind == Keyword && (strings.HasPrefix(after.Text, "offset=") || strings.HasPrefix(after.Text, "align=")))
}

// naturalAlign derives an access's natural alignment in bytes from its
// mnemonic: the explicit width (load8, store16, load32_zero, load8x8) or
// else the value type.
func naturalAlign(name string) uint64 {
	typ, access, _ := strings.Cut(name, ".")
	if i := strings.IndexAny(access, "0123456789"); i >= 0 {
		if strings.Contains(access[i:], "x") {
			return 8 // v128.loadNxM_s reads 64 bits
		}
		n := 0
		for _, c := range access[i:] {
			if c < '0' || c > '9' {
				break
			}
			n = n*10 + int(c-'0')
		}
		return uint64(n / 8)
	}
	switch typ {
	case "i64", "f64":
		return 8
	case "v128":
		return 16
	}
	return 4
}
