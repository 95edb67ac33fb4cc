package validate

import (
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// Size limits of memories (in pages) and tables (in entries).
const (
	maxPages32 = 1 << 16
	maxPages64 = 1 << 48
	maxTable32 = 1<<32 - 1
)

// module validates the whole module in the specification's order.
func (c *checker) module() error {
	m := c.m
	if err := c.canonTypes(); err != nil {
		return err
	}
	c.collectDeclared()
	for i := range m.Imports {
		if err := c.externType(&m.Imports[i].Desc, m.Imports[i].Pos); err != nil {
			return err
		}
	}
	for i := range m.Funcs {
		if _, err := c.funcTypeAt(m.Funcs[i].TypeIdx, m.Funcs[i].Pos); err != nil {
			return err
		}
	}
	// Tables precede globals in a binary module: their initializers see
	// only the imported globals.
	nImported := len(c.globals) - len(m.Globals)
	for i := range m.Tables {
		t := &m.Tables[i]
		if err := c.tableType(t.Type, t.Pos); err != nil {
			return err
		}
		if t.Init == nil {
			if !t.Type.Elem.Nullable {
				return c.errorf(t.Pos, "type mismatch: table of non-nullable %s needs an initializer", t.Type.Elem)
			}
		} else if err := c.constExpr(t.Init, t.Type.Elem, c.globals[:nImported], t.Pos); err != nil {
			return err
		}
	}
	for i := range m.Mems {
		if err := c.memType(m.Mems[i].Type, m.Mems[i].Pos); err != nil {
			return err
		}
	}
	for i := range m.Globals {
		g := &m.Globals[i]
		if err := c.valType(g.Type.Type, g.Pos); err != nil {
			return err
		}
		// A global's initializer sees the imported and the earlier globals.
		if err := c.constExpr(g.Init, g.Type.Type, c.globals[:nImported+i], g.Pos); err != nil {
			return err
		}
	}
	for i := range m.Tags {
		if err := c.tagType(m.Tags[i].Type, m.Tags[i].Pos); err != nil {
			return err
		}
	}
	if err := c.exports(); err != nil {
		return err
	}
	if err := c.start(); err != nil {
		return err
	}
	for i := range m.Elems {
		if err := c.elem(&m.Elems[i]); err != nil {
			return err
		}
	}
	for i := range m.Datas {
		if err := c.data(&m.Datas[i]); err != nil {
			return err
		}
	}
	// Every body is checked now, recording nothing: Info.Func records the
	// instructions of the few functions that are run or looked at, so a
	// big module does not hold them all.
	for i := range m.Funcs {
		if err := c.function(i, nil); err != nil {
			return err
		}
	}
	c.info.funcs = make([]*FuncInfo, len(m.Funcs))
	c.info.checker = c
	// The info keeps the checker: not the scratch of a pass it is done with.
	c.body, c.locals, c.fc.nodes = nil, nil, nil
	return nil
}

// externType checks the type of an import.
func (c *checker) externType(d *wasm.ExternType, pos source.Pos) error {
	switch d.Kind {
	case wasm.ExternFunc:
		_, err := c.funcTypeAt(d.Func, pos)
		return err
	case wasm.ExternTable:
		return c.tableType(d.Table, pos)
	case wasm.ExternMem:
		return c.memType(d.Mem, pos)
	case wasm.ExternGlobal:
		return c.valType(d.Global.Type, pos)
	}
	return c.tagType(d.Tag, pos)
}

func (c *checker) limits(l wasm.Limits, max uint64, what string, pos source.Pos) error {
	if l.Min > max || (l.HasMax && l.Max > max) {
		return c.errorf(pos, "%s size must be at most %d", what, max)
	}
	if l.HasMax && l.Min > l.Max {
		return c.errorf(pos, "size minimum must not be greater than maximum")
	}
	return nil
}

func (c *checker) tableType(t wasm.TableType, pos source.Pos) error {
	max := uint64(maxTable32)
	if t.Addr64 {
		max = 1<<64 - 1
	}
	if err := c.limits(t.Limits, max, "table", pos); err != nil {
		return err
	}
	return c.refType(t.Elem, pos)
}

func (c *checker) memType(t wasm.MemType, pos source.Pos) error {
	max := uint64(maxPages32)
	if t.Addr64 {
		max = maxPages64
	}
	if err := c.limits(t.Limits, max, "memory", pos); err != nil {
		return err
	}
	if t.Shared && !t.Limits.HasMax {
		return c.errorf(pos, "shared memory must have maximum")
	}
	return nil
}

// tagType requires a function type without results.
func (c *checker) tagType(t wasm.TagType, pos source.Pos) error {
	ft, err := c.funcTypeAt(t.TypeIdx, pos)
	if err != nil {
		return err
	}
	if len(ft.Results) != 0 {
		return c.errorf(pos, "non-empty tag result type %s", ft)
	}
	return nil
}

// valType checks that a value type's concrete heap type is defined.
func (c *checker) valType(t wasm.ValType, pos source.Pos) error {
	if t.Kind == wasm.KindRef && t.Heap >= 0 && int(t.Heap) >= len(c.m.Types) {
		return c.errorf(pos, "unknown type %d", t.Heap)
	}
	return nil
}

// refType checks a reference type immediate.
func (c *checker) refType(t wasm.ValType, pos source.Pos) error {
	if t.Kind != wasm.KindRef {
		return c.errorf(pos, "type mismatch: %s is not a reference type", t)
	}
	return c.valType(t, pos)
}

// funcTypeAt returns type x, which must be a function type.
func (c *checker) funcTypeAt(x uint32, pos source.Pos) (wasm.FuncType, error) {
	if int(x) >= len(c.m.Types) {
		return wasm.FuncType{}, c.errorf(pos, "unknown type %d", x)
	}
	ft, ok := c.m.FuncType(x)
	if !ok {
		return ft, c.errorf(pos, "type mismatch: type %d is not a function type", x)
	}
	return ft, nil
}

// funcIndex returns the type index of function x.
func (c *checker) funcIndex(x uint32, pos source.Pos) (uint32, error) {
	if int(x) >= len(c.funcs) {
		return 0, c.errorf(pos, "unknown function %d", x)
	}
	return c.funcs[x], nil
}

// funcSig returns the signature of function x.
func (c *checker) funcSig(x uint32, pos source.Pos) (wasm.FuncType, error) {
	ti, err := c.funcIndex(x, pos)
	if err != nil {
		return wasm.FuncType{}, err
	}
	return c.funcTypeAt(ti, pos)
}

// exports requires distinct names and defined indices.
func (c *checker) exports() error {
	seen := make(map[string]bool, len(c.m.Exports))
	for _, e := range c.m.Exports {
		if seen[e.Name] {
			return c.errorf(e.Pos, "duplicate export name %q", e.Name)
		}
		seen[e.Name] = true
		if e.Kind > wasm.ExternTag {
			return c.errorf(e.Pos, "unknown export kind %d", e.Kind)
		}
		n := [...]int{len(c.funcs), len(c.tables), len(c.mems), len(c.globals), len(c.tags)}[e.Kind]
		if int(e.Index) >= n {
			space := [...]string{"function", "table", "memory", "global", "tag"}[e.Kind]
			return c.errorf(e.Pos, "unknown %s %d", space, e.Index)
		}
	}
	return nil
}

// start requires a function of type [] -> [].
func (c *checker) start() error {
	if c.m.Start == nil {
		return nil
	}
	ft, err := c.funcSig(*c.m.Start, 0)
	if err != nil {
		return err
	}
	if len(ft.Params) != 0 || len(ft.Results) != 0 {
		return c.errorf(0, "start function must have type [] -> [], not %s", ft)
	}
	return nil
}

func (c *checker) elem(e *wasm.Elem) error {
	if err := c.refType(e.Type, e.Pos); err != nil {
		return err
	}
	if e.Mode == wasm.SegmentActive {
		if int(e.Table) >= len(c.tables) {
			return c.errorf(e.Pos, "unknown table %d", e.Table)
		}
		tt := c.tables[e.Table]
		if !MatchValType(canonWith(c.ids, e.Type), canonWith(c.ids, tt.Elem)) {
			return c.errorf(e.Pos, "type mismatch: elem segment of %s into table %d of %s", e.Type, e.Table, tt.Elem)
		}
		if err := c.constExpr(e.Offset, tt.AddrType(), c.globals, e.Pos); err != nil {
			return err
		}
	}
	for _, init := range e.Init {
		if err := c.constExpr(init, e.Type, c.globals, e.Pos); err != nil {
			return err
		}
	}
	return nil
}

func (c *checker) data(d *wasm.Data) error {
	if d.Mode != wasm.SegmentActive {
		return nil
	}
	if int(d.Mem) >= len(c.mems) {
		return c.errorf(d.Pos, "unknown memory %d", d.Mem)
	}
	return c.constExpr(d.Offset, c.mems[d.Mem].AddrType(), c.globals, d.Pos)
}

// collectDeclared marks the functions referenced outside function bodies,
// the only ones ref.func may name inside them.
func (c *checker) collectDeclared() {
	c.declared = make([]bool, len(c.funcs))
	mark := func(expr []wasm.Instr) {
		for _, in := range expr {
			if in.Op == wasm.OpRefFunc && int(in.X) < len(c.declared) {
				c.declared[in.X] = true
			}
		}
	}
	m := c.m
	for _, e := range m.Exports {
		if e.Kind == wasm.ExternFunc && int(e.Index) < len(c.declared) {
			c.declared[e.Index] = true
		}
	}
	for i := range m.Tables {
		mark(m.Tables[i].Init)
	}
	for i := range m.Globals {
		mark(m.Globals[i].Init)
	}
	for i := range m.Elems {
		mark(m.Elems[i].Offset)
		for _, init := range m.Elems[i].Init {
			mark(init)
		}
	}
	for i := range m.Datas {
		mark(m.Datas[i].Offset)
	}
}

// constInstr allows only the instructions of constant expressions, and
// global.get only of immutable globals among those visible.
func (c *checker) constInstr(in *wasm.Instr, globals []wasm.GlobalType) error {
	switch in.Op {
	case wasm.OpI32Const, wasm.OpI64Const, wasm.OpF32Const, wasm.OpF64Const, wasm.OpRefNull,
		wasm.OpRefFunc, wasm.OpEnd,
		wasm.OpI32Add, wasm.OpI32Sub, wasm.OpI32Mul, wasm.OpI64Add, wasm.OpI64Sub, wasm.OpI64Mul,
		wasm.OpStructNew, wasm.OpStructNewDefault, wasm.OpArrayNew, wasm.OpArrayNewDefault,
		wasm.OpArrayNewFixed, wasm.OpRefI31, wasm.OpAnyConvertExtern, wasm.OpExternConvertAny:
		return nil
	case wasm.OpGlobalGet:
		if int(in.X) >= len(globals) {
			return c.errorf(in.Pos, "unknown global %d", in.X)
		}
		if globals[in.X].Mutable {
			return c.errorf(in.Pos, "constant expression required: global %d is mutable", in.X)
		}
		return nil
	}
	if isConstOp(in.Op) {
		return nil
	}
	return c.errorf(in.Pos, "constant expression required: %s is not constant", in.Op)
}

// isConstOp reports the constant instructions other packages add to the
// opcode table (v128.const).
func isConstOp(op wasm.Op) bool { return wasm.Ops[op].Name == "v128.const" }
