package validate

import (
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// funcChecker type-checks one instruction sequence (a function body or a
// constant expression) with the algorithm of the specification's appendix,
// recording the operand stack before each instruction.
type funcChecker struct {
	c *checker

	locals  []wasm.ValType // parameters, then declared locals
	inited  []bool
	initLog []uint32 // locals initialised in open blocks, to undo at their end
	globals []wasm.GlobalType
	results []wasm.ValType

	top       *TypeStack
	ctrls     []ctrl
	slab      []TypeStack // where the nodes of a sequence whose records are kept go
	inPlace   bool        // the records are not kept: each height has one node, in nodes
	nodes     []TypeStack // the node of each height, when inPlace
	lending   bool        // the records are lent (Lend): slabs come from free
	lent      [][]TypeStack
	free      [][]TypeStack
	maxHeight int
	pos       source.Pos // the instruction being checked
}

func (f *funcChecker) errorf(format string, args ...any) error {
	return f.c.errorf(f.pos, format, args...)
}

// reset prepares the checker for a new sequence whose first nParams locals
// are parameters (always initialised).
func (f *funcChecker) reset(locals []wasm.ValType, nParams int, results []wasm.ValType, globals []wasm.GlobalType) {
	f.locals = locals
	f.results = results
	f.globals = globals
	f.inited = f.inited[:0]
	for i, t := range locals {
		f.inited = append(f.inited, i < nParams || t.Defaultable())
	}
	f.initLog = f.initLog[:0]
	f.top = nil
	f.ctrls = f.ctrls[:0]
	f.maxHeight = 0
}

// function validates defined function i. With fi nil it records nothing,
// for the pass over every body: the stack nodes and the body itself (when
// the module keeps it encoded) are scratch, reused for the next body.
// Otherwise it writes the records of the instructions into fi, and the
// function keeps its decoded body, which whoever asks for the records is
// about to use.
func (c *checker) function(i int, fi *FuncInfo) error {
	fn, err := c.begin(i)
	if err != nil {
		return err
	}
	f := &c.fc
	if fi == nil {
		body, err := fn.CheckBody(&c.body)
		if err != nil {
			// The decoder left the body's syntax to this first pass.
			return err
		}
		return f.body(body, nil, fn.Pos)
	}
	body := fn.Body()
	n := len(body)
	fi.Before = make([]*TypeStack, n)
	fi.Dead = make([]bool, n)
	fi.Match = make([]int32, n)
	f.slab = make([]TypeStack, 0, min(max(n, 16), slabSize))
	return f.records(body, fi, fn.Pos)
}

// begin prepares the function checker for defined function i's body.
func (c *checker) begin(i int) (*wasm.Func, error) {
	fn := &c.m.Funcs[i]
	ft, err := c.funcTypeAt(fn.TypeIdx, fn.Pos)
	if err != nil {
		return nil, err
	}
	// The checker needs the locals only while it checks the body.
	locals := append(c.locals[:0], ft.Params...)
	for _, t := range fn.Locals {
		if err := c.valType(t, fn.Pos); err != nil {
			return nil, err
		}
		locals = append(locals, t)
	}
	c.locals = locals
	c.fc.reset(locals, len(ft.Params), ft.Results, c.globals)
	return fn, nil
}

// records checks body writing its records into fi.
func (f *funcChecker) records(body []wasm.Instr, fi *FuncInfo, pos source.Pos) error {
	if err := f.body(body, fi, pos); err != nil {
		return err
	}
	fi.MaxHeight = f.maxHeight
	return nil
}

// constExpr type-checks a constant expression of type want, seeing only the
// given globals.
func (c *checker) constExpr(expr []wasm.Instr, want wasm.ValType, globals []wasm.GlobalType, pos source.Pos) error {
	if isConstOf(expr, want) {
		return nil
	}
	for i := range expr {
		if err := c.constInstr(&expr[i], globals); err != nil {
			return err
		}
	}
	f := &c.fc
	f.reset(nil, 0, c.single(want), globals)
	return f.body(expr, nil, pos)
}

// isConstOf reports whether expr is a single constant of type want and its
// end, which is valid: a compiled program has tens of thousands of data
// segments whose offset is one, not worth a full check each.
func isConstOf(expr []wasm.Instr, want wasm.ValType) bool {
	if len(expr) != 2 || expr[1].Op != wasm.OpEnd {
		return false
	}
	switch expr[0].Op {
	case wasm.OpI32Const:
		return want == wasm.I32
	case wasm.OpI64Const:
		return want == wasm.I64
	}
	return false
}

// body checks a whole sequence, which must end with the end of its
// outermost block. fi, if not nil, receives the per-instruction facts.
func (f *funcChecker) body(body []wasm.Instr, fi *FuncInfo, pos source.Pos) error {
	f.inPlace = fi == nil
	f.ctrls = append(f.ctrls, ctrl{op: wasm.OpEnd, opener: -1, elseAt: -1, results: f.results})
	for i := range body {
		in := &body[i]
		f.pos = in.Pos
		if len(f.ctrls) == 0 {
			return f.errorf("operators remaining after end of function")
		}
		if fi != nil {
			fi.Before[i] = f.top
			fi.Dead[i] = f.ctrls[len(f.ctrls)-1].unreachable
			fi.Match[i] = -1
		}
		if err := f.instr(i, in, fi); err != nil {
			return err
		}
	}
	if len(f.ctrls) != 0 {
		f.pos = pos
		return f.errorf("unexpected end of function: %d blocks are not closed", len(f.ctrls))
	}
	return nil
}

// single returns the one-element result type [t], shared to avoid
// allocating one per block.
func (c *checker) single(t wasm.ValType) []wasm.ValType {
	if s, ok := c.singles[t]; ok {
		return s
	}
	s := []wasm.ValType{t}
	if c.singles == nil {
		c.singles = map[wasm.ValType][]wasm.ValType{}
	}
	c.singles[t] = s
	return s
}

// local returns the type of local x, checking that it is initialised.
func (f *funcChecker) local(x uint32) (wasm.ValType, error) {
	if int(x) >= len(f.locals) {
		return unknown, f.errorf("unknown local %d", x)
	}
	return f.locals[x], nil
}

// setLocal records that local x holds a value until the current block ends.
func (f *funcChecker) setLocal(x uint32) {
	if !f.inited[x] {
		f.inited[x] = true
		f.initLog = append(f.initLog, x)
	}
}

// resetInits forgets the initialisations made since the log had length n.
func (f *funcChecker) resetInits(n int) {
	for _, x := range f.initLog[n:] {
		f.inited[x] = false
	}
	f.initLog = f.initLog[:n]
}

// blockType resolves a block type to its parameters and results.
func (f *funcChecker) blockType(bt wasm.BlockType) (params, results []wasm.ValType, err error) {
	switch bt.Kind {
	case wasm.BlockValue:
		if err := f.c.valType(bt.Value, f.pos); err != nil {
			return nil, nil, err
		}
		return nil, f.c.single(bt.Value), nil
	case wasm.BlockIndex:
		ft, err := f.c.funcTypeAt(bt.Index, f.pos)
		if err != nil {
			return nil, nil, err
		}
		return ft.Params, ft.Results, nil
	}
	return nil, nil, nil
}

// indexError is the "unknown <space> <index>" error of an index space.
func (f *funcChecker) indexError(space string, x uint32) error {
	return f.errorf("unknown %s %d", space, x)
}
