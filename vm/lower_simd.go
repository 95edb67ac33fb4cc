package vm

import (
	"fmt"

	"wasmstep/vm/wasm"
)

// simdHandlers holds the handler of every vector instruction without
// immediates (but memarg), simdBuilders those that make one from the
// instruction's immediates.
var (
	simdHandlers = collectSIMDHandlers(&simdIntOps, &simdCmpOps, &simdFloatOps, &simdConvertOps, &simdBitOps, &simdRelaxedOps)
	simdBuilders = collectSIMDBuilders(&simdImmOps, &simdLaneAccessOps)
)

// collectSIMDHandlers wraps the lane functions of the tables into
// handlers. An entry of a type it does not know is a bug in a table, caught
// at start-up rather than left as a missing handler.
func collectSIMDHandlers(tables ...*[wasm.NumOps]any) *[wasm.NumOps]handler {
	hs := simdLoadOps
	for _, table := range tables {
		for op, f := range table {
			switch f := f.(type) {
			case nil:
			case v128Unary:
				hs[op] = unaryHandler(f)
			case v128Binary:
				hs[op] = binaryHandler(f)
			case v128Ternary:
				hs[op] = ternaryHandler(f)
			case v128Shift:
				hs[op] = shiftHandler(f)
			case v128Test:
				hs[op] = testHandler(f)
			case v128Splat:
				hs[op] = splatHandler(f)
			default:
				panic(fmt.Sprintf("vm: %s: lane function of type %T", wasm.Op(op), f))
			}
		}
	}
	return &hs
}

func collectSIMDBuilders(tables ...*[wasm.NumOps]func(in *wasm.Instr) handler) *[wasm.NumOps]func(in *wasm.Instr) handler {
	var bs [wasm.NumOps]func(in *wasm.Instr) handler
	for _, table := range tables {
		for op, b := range table {
			if b != nil {
				bs[op] = b
			}
		}
	}
	return &bs
}

// lowerSIMD lowers a vector instruction. Its operands, read off the opcode
// table's signature, go to b, c and (a third one) imm; a memory access
// has its address in b, the vector it reads in c, its offset in imm.
func (l *lowerer) lowerSIMD(i int, in *wasm.Instr) bool {
	info := &wasm.Ops[in.Op]
	if info.Prefix != 0xFD {
		return false
	}
	fn := simdHandlers[in.Op]
	if build := simdBuilders[in.Op]; build != nil {
		fn = build(in)
	}
	if fn == nil {
		return false
	}
	widths, result := simdStackEffect(info)
	start := l.height(i)
	for _, w := range widths {
		start -= w
	}
	var slots [3]int32
	k := start
	for j, w := range widths {
		slots[j] = l.use(k)
		k += w
	}
	o := op{fn: fn, b: slots[0], c: slots[1], imm: uint64(slots[2])}
	if info.Imm == wasm.ImmMemArg || info.Imm == wasm.ImmMemArgLane {
		o.imm, o.ref = in.Imm, refTo(l.inst.Mems[in.X])
	}
	if result {
		l.def(start, o)
	} else {
		l.emit(o)
	}
	return true
}

// simdStackEffect reads an instruction's stack effect from the table: the
// slots each operand takes, and whether there is a result.
func simdStackEffect(info *wasm.OpInfo) (widths []int32, result bool) {
	for _, t := range info.Params(false) {
		widths = append(widths, int32(slotWidth(t)))
	}
	return widths, len(info.Results(false)) > 0
}
