package wat

import (
	"slices"

	"wasmstep/vm/wasm"
)

// typeUse is a parsed type use: the type index and, for functions, the
// parameter names (a zero Token for an unnamed parameter).
type typeUse struct {
	idx        uint32
	params     []wasm.ValType
	paramNames []Token
}

// typeUse parses (type x)? (param ...)* (result ...)*. Without (type x) the
// signature names the first matching singular type, or a new type appended
// after the explicit ones; with both, they must agree.
func (p *modParser) typeUse(namedParams bool) typeUse {
	var tu typeUse
	hasIdx := false
	if p.isOpen("type") {
		p.next()
		p.next()
		tu.idx = p.index(&p.types)
		p.close()
		hasIdx = true
	}
	start := p.peek()
	params, names := p.params(namedParams)
	results := p.results()
	if p.isOpen("param") || p.isOpen("type") {
		p.next()
		p.unexpected()
	}
	inline := len(params) > 0 || len(results) > 0
	ft := wasm.FuncType{Params: params, Results: results}
	switch {
	case hasIdx && inline:
		st := p.typeAt(tu.idx)
		if st == nil {
			p.failAt(start.Pos, "unknown type %d", tu.idx)
		}
		if st.Comp.Kind == wasm.CompFunc && !sameFuncType(st.Comp.Func, ft) {
			p.failAt(start.Pos, "inline function type does not match type %d", tu.idx)
		}
	case hasIdx:
		if st := p.typeAt(tu.idx); st != nil && st.Comp.Kind == wasm.CompFunc {
			params = st.Comp.Func.Params
			names = make([]Token, len(params))
		}
	default:
		tu.idx = p.funcTypeIndex(ft)
	}
	tu.params, tu.paramNames = params, names
	return tu
}

// typeAt returns the type at an index, explicit or implicit, or nil.
func (p *modParser) typeAt(idx uint32) *wasm.SubType {
	if int(idx) < len(p.m.Types) {
		return &p.m.Types[idx]
	}
	if k := int(idx) - len(p.m.Types); k < len(p.implicit) {
		return &p.implicit[k]
	}
	return nil
}

// funcTypeIndex returns the smallest index of a singular, final function
// type without supertypes equal to ft, appending an implicit one if none.
func (p *modParser) funcTypeIndex(ft wasm.FuncType) uint32 {
	for _, g := range p.m.RecGroups {
		if g.Count != 1 {
			continue
		}
		st := &p.m.Types[g.Start]
		if st.Final && len(st.Supers) == 0 && st.Comp.Kind == wasm.CompFunc && sameFuncType(st.Comp.Func, ft) {
			return g.Start
		}
	}
	for i := range p.implicit {
		if sameFuncType(p.implicit[i].Comp.Func, ft) {
			return uint32(len(p.m.Types) + i)
		}
	}
	p.implicit = append(p.implicit, wasm.SubType{Final: true, Comp: wasm.CompType{Kind: wasm.CompFunc,
		Func: wasm.FuncType{Params: slices.Clone(ft.Params), Results: slices.Clone(ft.Results)}}})
	return uint32(len(p.m.Types) + len(p.implicit) - 1)
}

func sameFuncType(a, b wasm.FuncType) bool {
	return slices.Equal(a.Params, b.Params) && slices.Equal(a.Results, b.Results)
}

// blockType parses a block's label-free type: (type x)? (param t*)*
// (result t*)*. A lone result or nothing needs no type index.
func (p *modParser) blockType() wasm.BlockType {
	if !p.isOpen("type") {
		save := p.pos
		params, _ := p.params(false)
		results := p.results()
		if len(params) == 0 {
			switch len(results) {
			case 0:
				return wasm.BlockType{Kind: wasm.BlockEmpty}
			case 1:
				return wasm.BlockType{Kind: wasm.BlockValue, Value: results[0]}
			}
		}
		p.pos = save
	}
	return wasm.BlockType{Kind: wasm.BlockIndex, Index: p.typeUse(false).idx}
}
