package validate

import (
	"strings"

	"wasmstep/vm/wasm"
)

// ctrl is an entry of the control stack: an open block, loop, if (or its
// else arm), try_table, or the function body itself.
type ctrl struct {
	op              wasm.Op // OpBlock, OpLoop, OpIf, OpElse, OpTryTable, OpTry, OpCatch, OpCatchAll; OpEnd for the function
	opener, elseAt  int     // instruction indices; -1 if none
	params, results []wasm.ValType
	base            *TypeStack // the stack below the block's parameters
	height          int        // base's height
	unreachable     bool       // the rest of this block is dead code
	inits           int        // length of the local initialisation log at entry
}

// labelTypes are the types a branch to the frame carries.
func (fr *ctrl) labelTypes() []wasm.ValType {
	if fr.op == wasm.OpLoop {
		return fr.params
	}
	return fr.results
}

// slabSize is how many stack nodes are allocated at a time.
const slabSize = 256

func (f *funcChecker) height() int {
	if f.top == nil {
		return 0
	}
	return f.top.Height
}

func (f *funcChecker) push(t wasm.ValType) {
	below := f.top
	h, halves := 0, 1
	if below != nil {
		h, halves = below.Height, below.Halves+1
	}
	if t.Kind == wasm.KindV128 {
		halves++
	}
	n := f.node(h)
	*n = TypeStack{Type: t, Below: below, Height: h + 1, Halves: halves}
	f.top = n
	if h >= f.maxHeight {
		f.maxHeight = h + 1
	}
}

// node returns the node for a value pushed at height h. Records keep
// nodes, so then each push takes a new one. Without records, what is
// popped is not referenced anymore (the stack only moves down to a block's
// base), so each height has one node, reused: checking a module's bodies
// takes memory for the highest stack, not for every push. Growing nodes
// leaves the nodes below in the old array, which no push writes again.
func (f *funcChecker) node(h int) *TypeStack {
	if f.inPlace {
		if h == len(f.nodes) {
			f.nodes = append(f.nodes, TypeStack{})
		}
		return &f.nodes[h]
	}
	if len(f.slab) == cap(f.slab) {
		f.slab = f.newSlab()
	}
	f.slab = f.slab[:len(f.slab)+1]
	return &f.slab[len(f.slab)-1]
}

func (f *funcChecker) pushVals(ts []wasm.ValType) {
	for _, t := range ts {
		f.push(t)
	}
}

// pop removes the top value; ok is false if the current block has no value
// left, unless it is unreachable, where the stack yields unknown values.
func (f *funcChecker) pop() (t wasm.ValType, ok bool) {
	fr := &f.ctrls[len(f.ctrls)-1]
	if f.height() == fr.height {
		return unknown, fr.unreachable
	}
	t = f.top.Type
	f.top = f.top.Below
	return t, true
}

// popVal pops a value that must match want.
func (f *funcChecker) popVal(want wasm.ValType) (wasm.ValType, error) {
	before := f.top
	t, ok := f.pop()
	if !ok || !f.match(t, want) {
		return t, f.mismatchN(before, 1, []wasm.ValType{want})
	}
	return t, nil
}

// popVals pops values matching ts, the last one first.
func (f *funcChecker) popVals(ts []wasm.ValType) error {
	before := f.top
	for i := len(ts) - 1; i >= 0; i-- {
		t, ok := f.pop()
		if !ok || !f.match(t, ts[i]) {
			return f.mismatchN(before, len(ts), ts)
		}
	}
	return nil
}

// popAny pops a value of any type.
func (f *funcChecker) popAny() (wasm.ValType, error) {
	t, ok := f.pop()
	if !ok {
		return t, f.errorf("type mismatch: instruction requires a value but stack has []")
	}
	return t, nil
}

// popRef pops a reference of any type; in dead code it may be a reference
// to heapBot.
func (f *funcChecker) popRef() (wasm.ValType, error) {
	before := f.top
	t, ok := f.pop()
	if t.Kind == wasm.KindInvalid && ok {
		return wasm.RefType(false, heapBot), nil
	}
	if !ok || t.Kind != wasm.KindRef {
		return t, f.mismatchText(before, "reference", 1)
	}
	return t, nil
}

// match is subtyping between the module's value types.
func (f *funcChecker) match(sub, super wasm.ValType) bool {
	return sub == super || f.subtype(sub, super)
}

// subtype is match for types that differ, out of line so that match
// inlines.
func (f *funcChecker) subtype(sub, super wasm.ValType) bool {
	return MatchValType(canonWith(f.c.ids, sub), canonWith(f.c.ids, super))
}

// matchAll reports whether each of sub matches super at the same position.
func (f *funcChecker) matchAll(sub, super []wasm.ValType) bool {
	if len(sub) != len(super) {
		return false
	}
	for i := range sub {
		if !f.match(sub[i], super[i]) {
			return false
		}
	}
	return true
}

// mismatchN reports that the stack (as it was in before, showing up to n
// values of the current block) does not give ts.
func (f *funcChecker) mismatchN(before *TypeStack, n int, ts []wasm.ValType) error {
	names := make([]string, len(ts))
	for i, t := range ts {
		names[i] = typeName(t)
	}
	return f.mismatchText(before, strings.Join(names, " "), n)
}

func (f *funcChecker) mismatchText(before *TypeStack, want string, n int) error {
	base := f.ctrls[len(f.ctrls)-1].height
	var have []string
	for s := before; s != nil && s.Height > base && len(have) < n; s = s.Below {
		have = append(have, typeName(s.Type))
	}
	for i, j := 0, len(have)-1; i < j; i, j = i+1, j-1 {
		have[i], have[j] = have[j], have[i]
	}
	return f.errorf("type mismatch: instruction requires [%s] but stack has [%s]", want, strings.Join(have, " "))
}

// typeName renders a value type, with the unknown types of dead code.
func typeName(t wasm.ValType) string {
	switch {
	case t.Kind == wasm.KindInvalid:
		return "_"
	case t.Kind == wasm.KindRef && t.Heap == heapBot:
		if t.Nullable {
			return "(ref null _)"
		}
		return "(ref _)"
	}
	return t.String()
}

// pushCtrl opens a block whose parameters are already popped.
func (f *funcChecker) pushCtrl(op wasm.Op, opener int, params, results []wasm.ValType) {
	f.ctrls = append(f.ctrls, ctrl{
		op: op, opener: opener, elseAt: -1, params: params, results: results,
		base: f.top, height: f.height(), inits: len(f.initLog),
	})
	f.pushVals(params)
}

// popCtrl checks that the innermost block ends with its results on the
// stack and removes it, resetting the locals it initialised.
func (f *funcChecker) popCtrl() (ctrl, error) {
	fr := f.ctrls[len(f.ctrls)-1]
	before := f.top
	if err := f.popVals(fr.results); err != nil {
		return fr, err
	}
	if f.height() != fr.height {
		// Extra values are left: show the whole block's stack.
		return fr, f.mismatchN(before, before.Height-fr.height, fr.results)
	}
	f.resetInits(fr.inits)
	f.ctrls = f.ctrls[:len(f.ctrls)-1]
	return fr, nil
}

// setUnreachable makes the rest of the current block dead code.
func (f *funcChecker) setUnreachable() {
	fr := &f.ctrls[len(f.ctrls)-1]
	f.top = fr.base
	fr.unreachable = true
}

// label returns the frame a branch to depth l targets.
func (f *funcChecker) label(l uint32) (*ctrl, error) {
	if int(l) >= len(f.ctrls) {
		return nil, f.errorf("unknown label %d", l)
	}
	return &f.ctrls[len(f.ctrls)-1-int(l)], nil
}
