package wat

import (
	"encoding/binary"
	"strings"

	"wasmstep/vm/wasm"
)

// action parses (invoke $m? "name" const*) or (get $m? "name").
func (p *parser) action() Action {
	open := p.expect(LParen)
	a := Action{At: open.Pos}
	switch {
	case p.isKeyword("invoke"):
		a.Kind = Invoke
	case p.isKeyword("get"):
		a.Kind = Get
	default:
		p.unexpected()
	}
	p.next()
	a.Module, _, _ = p.optID()
	a.Name = p.name()
	for a.Kind == Invoke && p.peek().Kind == LParen {
		a.Args = append(a.Args, p.scriptConst())
	}
	p.close()
	return a
}

// refKinds maps the result patterns (ref.func) etc. to their heap types.
var refKinds = map[string]wasm.HeapType{
	"ref.func": wasm.HeapFunc, "ref.struct": wasm.HeapStruct, "ref.array": wasm.HeapArray,
	"ref.i31": wasm.HeapI31, "ref.eq": wasm.HeapEq, "ref.any": wasm.HeapAny,
	"ref.exn": wasm.HeapExn, "ref.extern": wasm.HeapExtern, "ref.host": wasm.HeapAny,
}

var numConsts = map[string]wasm.ValType{
	"i32.const": wasm.I32, "i64.const": wasm.I64, "f32.const": wasm.F32,
	"f64.const": wasm.F64, "v128.const": wasm.V128,
}

// scriptConst parses an argument constant.
func (p *parser) scriptConst() Const {
	open := p.expect(LParen)
	kw := p.expect(Keyword)
	c := Const{At: open.Pos}
	switch {
	case numConsts[kw.Text].Kind != wasm.KindInvalid:
		c.Type = numConsts[kw.Text]
		if c.Type == wasm.V128 {
			c.Bits, c.Hi = p.v128()
		} else {
			c.Bits = p.numLiteral(c.Type)
		}
	case kw.Text == "ref.null":
		c.Kind = ConstRefNull
		c.Heap = p.scriptHeapType()
	case kw.Text == "ref.extern", kw.Text == "ref.host":
		c.Kind = ConstExtern
		if kw.Text == "ref.host" {
			c.Kind = ConstHost
		}
		c.N = p.u32()
	default:
		p.failAt(kw.Pos, "unknown operator %s", kw.Text)
	}
	p.close()
	return c
}

// scriptHeapType parses an abstract heap type name.
func (p *parser) scriptHeapType() wasm.HeapType {
	t := p.expect(Keyword)
	h, ok := wasm.HeapTypeByName(t.Text)
	if !ok {
		p.failAt(t.Pos, "unexpected token %s: unknown heap type", t.Text)
	}
	return h
}

// numLiteral parses a number of type t and returns its bits.
func (p *parser) numLiteral(t wasm.ValType) uint64 {
	tok := p.numToken()
	var (
		v   uint64
		err error
	)
	switch t.Kind {
	case wasm.KindI32:
		v, err = parseInt(tok.Text, 32)
	case wasm.KindI64:
		v, err = parseInt(tok.Text, 64)
	case wasm.KindF32:
		var f uint32
		f, err = parseF32(tok.Text)
		v = uint64(f)
	case wasm.KindF64:
		v, err = parseF64(tok.Text)
	}
	if err != nil {
		p.numError(tok, err, t.String())
	}
	return v
}

// laneShapes gives each v128 shape's lane count and lane type.
var laneShapes = map[string]struct {
	n    int
	bits int
	typ  wasm.ValType
}{
	"i8x16": {16, 8, wasm.I32}, "i16x8": {8, 16, wasm.I32}, "i32x4": {4, 32, wasm.I32},
	"i64x2": {2, 64, wasm.I64}, "f32x4": {4, 32, wasm.F32}, "f64x2": {2, 64, wasm.F64},
}

// v128 parses "shape lane*" into two little-endian halves.
func (p *parser) v128() (lo, hi uint64) {
	shapeTok := p.expect(Keyword)
	shape, ok := laneShapes[shapeTok.Text]
	if !ok {
		p.failAt(shapeTok.Pos, "unexpected token %s: unknown vector shape", shapeTok.Text)
	}
	var b [16]byte
	for i := 0; i < shape.n; i++ {
		if p.peek().Kind == RParen {
			p.fail("wrong number of lane literals")
		}
		putLane(b[:], i, shape.bits, p.lane(shape.bits, shape.typ))
	}
	return binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
}

// lane parses one lane literal; narrow integer lanes accept signed or
// unsigned values of their width.
func (p *parser) lane(width int, t wasm.ValType) uint64 {
	if t.Kind != wasm.KindI32 || width == 32 {
		return p.numLiteral(t)
	}
	tok := p.numToken()
	v, err := parseInt(tok.Text, uint(width))
	if err != nil {
		p.numError(tok, err, "i"+string(rune('0'+width/8))+"lane")
	}
	return v
}

func putLane(b []byte, i, width int, v uint64) {
	n := width / 8
	for k := 0; k < n; k++ {
		b[i*n+k] = byte(v >> (8 * k))
	}
}

// resultPattern parses an expected result.
func (p *parser) resultPattern() ResultPattern {
	open := p.peek()
	kw := p.peekAt(1)
	r := ResultPattern{At: open.Pos}
	switch {
	case kw.Text == "either":
		p.next()
		p.next()
		r.Kind = PatEither
		for p.peek().Kind == LParen {
			r.Alts = append(r.Alts, p.resultPattern())
		}
		p.close()
		return r
	case kw.Text == "f32.const" || kw.Text == "f64.const":
		if nan := p.peekAt(2); nan.Text == "nan:canonical" || nan.Text == "nan:arithmetic" {
			p.next()
			p.next()
			p.next()
			r.Kind, r.Type = nanPattern(nan.Text), numConsts[kw.Text]
			p.close()
			return r
		}
	case kw.Text == "v128.const" && strings.HasPrefix(p.peekAt(2).Text, "f"):
		return p.v128Pattern()
	case kw.Text == "ref.null" && p.peekAt(2).Kind == RParen:
		p.next()
		p.next()
		p.close()
		r.Kind = PatRefNull
		return r
	case refKinds[kw.Text] != 0 && (p.peekAt(2).Kind == RParen || kw.Text == "ref.func"):
		p.next()
		p.next()
		r.Kind, r.Heap = PatRef, refKinds[kw.Text]
		if kw.Text == "ref.func" && p.peek().Kind != RParen {
			p.next() // (ref.func $f) names a function the runner cannot see; any function matches
		}
		p.close()
		return r
	}
	r.Const = p.scriptConst()
	return r
}

func nanPattern(text string) PatternKind {
	if text == "nan:canonical" {
		return PatNaNCanonical
	}
	return PatNaNArithmetic
}

// v128Pattern parses (v128.const f32x4|f64x2 lane*) whose lanes may be NaN
// patterns.
func (p *parser) v128Pattern() ResultPattern {
	open := p.next()
	p.next()
	shapeTok := p.expect(Keyword)
	shape, ok := laneShapes[shapeTok.Text]
	if !ok {
		p.failAt(shapeTok.Pos, "unexpected token %s: unknown vector shape", shapeTok.Text)
	}
	r := ResultPattern{At: open.Pos, Kind: PatV128, Shape: shapeTok.Text}
	for i := 0; i < shape.n; i++ {
		t := p.peek()
		lane := ResultPattern{At: t.Pos, Type: shape.typ}
		if t.Text == "nan:canonical" || t.Text == "nan:arithmetic" {
			p.next()
			lane.Kind = nanPattern(t.Text)
		} else {
			lane.Const = Const{At: t.Pos, Type: shape.typ, Bits: p.numLiteral(shape.typ)}
		}
		r.Lanes = append(r.Lanes, lane)
	}
	p.close()
	return r
}
