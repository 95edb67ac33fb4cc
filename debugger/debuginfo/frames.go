package debuginfo

import "errors"

// SourceFrame is one source-level activation inside a wasm frame: the
// wasm frame's function, or a function inlined into it. A wasm frame
// holds one per inlined call level, innermost first.
type SourceFrame struct {
	Func      string
	File      string
	Line, Col int
	Inlined   bool
	scopes    []*Scope // the blocks and the function scope, innermost first
	fnScope   *Scope   // the subprogram (for the frame base)
}

// Frames returns the source frames of instruction pc of defined function
// fn, innermost first; nil when DWARF does not cover it.
func (in *Info) Frames(fn, pc int) []SourceFrame {
	chain := in.Scopes(fn, pc)
	if len(chain) == 0 {
		return nil
	}
	fnScope := chain[len(chain)-1]
	l, _ := in.LineAt(fn, pc)
	var out []SourceFrame
	cur := SourceFrame{File: l.File, Line: l.Line, Col: l.Col, fnScope: fnScope}
	for _, s := range chain {
		cur.scopes = append(cur.scopes, s)
		if s.Block {
			continue
		}
		cur.Func, cur.Inlined = s.Name, s.Inlined
		out = append(out, cur)
		// the caller of an inlined call is stopped at its call site
		cur = SourceFrame{File: s.CallFile, Line: s.CallLine, fnScope: fnScope}
	}
	return out
}

// Vars returns the parameters and then the variables visible in a source
// frame, innermost block first, each evaluated against m.
func (in *Info) Vars(sf SourceFrame, fn, pc int, m Machine) []Value {
	a := uint64(in.addrs[fn][pc])
	ctx := in.ctx(sf.fnScope, a, m)
	var params, locals []Value
	seen := map[string]bool{}
	for _, s := range sf.scopes {
		for _, v := range s.Vars {
			if seen[v.Name] {
				continue // shadowed by an inner block
			}
			seen[v.Name] = true
			if v.Param {
				params = append(params, in.value(v, a, ctx))
			} else {
				locals = append(locals, in.value(v, a, ctx))
			}
		}
	}
	return append(params, locals...)
}

// GlobalValues evaluates the globals of the compile unit of a source
// frame.
func (in *Info) GlobalValues(sf SourceFrame, m Machine) []Value {
	var out []Value
	for _, v := range in.Globals() {
		if sf.fnScope != nil && v.unit == sf.fnScope.unit {
			out = append(out, in.value(v, 0, evalCtx{m: m}))
		}
	}
	return out
}

// Lookup finds a variable by name as a source frame sees it: its own
// blocks outward, then the globals of its compile unit, then any other.
func (in *Info) Lookup(name string, sf SourceFrame, fn, pc int, m Machine) (Value, bool) {
	a := uint64(in.addrs[fn][pc])
	ctx := in.ctx(sf.fnScope, a, m)
	for _, s := range sf.scopes {
		for _, v := range s.Vars {
			if v.Name == name {
				return in.value(v, a, ctx), true
			}
		}
	}
	var other *Var
	for _, v := range in.Globals() {
		switch {
		case v.Name != name:
		case sf.fnScope != nil && v.unit == sf.fnScope.unit:
			return in.value(v, a, evalCtx{m: m}), true
		case other == nil:
			other = v
		}
	}
	if other != nil {
		return in.value(other, a, evalCtx{m: m}), true
	}
	return Value{}, false
}

// ctx gives an expression its frame base: the subprogram's
// DW_AT_frame_base, usually a wasm local holding the stack pointer.
func (in *Info) ctx(fnScope *Scope, pc uint64, m Machine) evalCtx {
	ctx := evalCtx{m: m}
	if fnScope == nil || fnScope.frameBase == nil {
		return ctx
	}
	ctx.frameBase = func() (uint64, error) {
		ps, err := eval(fnScope.frameBase, evalCtx{m: m})
		if err != nil {
			return 0, err
		}
		if len(ps) != 1 || ps[0].kind == optimizedOut {
			return 0, errFrameBase
		}
		if ps[0].kind == inValue {
			return ps[0].val, nil
		}
		return ps[0].addr, nil
	}
	return ctx
}

var errFrameBase = errors.New("the frame base is not a single location")
