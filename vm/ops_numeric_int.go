// Code generated once by a throwaway script from the instruction list; edited by hand since.

package vm

import (
	"wasmstep/vm/num"
	"wasmstep/vm/wasm"
)

// intOps maps the integer instructions to their handlers: s[a] = op(s[b], s[c]) or op(s[b]).
var intOps = map[wasm.Op]numHandler{
	wasm.OpI32Add:       {opI32Add, 2},
	wasm.OpI32Sub:       {opI32Sub, 2},
	wasm.OpI32Mul:       {opI32Mul, 2},
	wasm.OpI32And:       {opI32And, 2},
	wasm.OpI32Or:        {opI32Or, 2},
	wasm.OpI32Xor:       {opI32Xor, 2},
	wasm.OpI32Shl:       {opI32Shl, 2},
	wasm.OpI32ShrS:      {opI32ShrS, 2},
	wasm.OpI32ShrU:      {opI32ShrU, 2},
	wasm.OpI32Rotl:      {opI32Rotl, 2},
	wasm.OpI32Rotr:      {opI32Rotr, 2},
	wasm.OpI32DivS:      {opI32DivS, 2},
	wasm.OpI32DivU:      {opI32DivU, 2},
	wasm.OpI32RemS:      {opI32RemS, 2},
	wasm.OpI32RemU:      {opI32RemU, 2},
	wasm.OpI32Eq:        {opI32Eq, 2},
	wasm.OpI32Ne:        {opI32Ne, 2},
	wasm.OpI32LtS:       {opI32LtS, 2},
	wasm.OpI32LtU:       {opI32LtU, 2},
	wasm.OpI32GtS:       {opI32GtS, 2},
	wasm.OpI32GtU:       {opI32GtU, 2},
	wasm.OpI32LeS:       {opI32LeS, 2},
	wasm.OpI32LeU:       {opI32LeU, 2},
	wasm.OpI32GeS:       {opI32GeS, 2},
	wasm.OpI32GeU:       {opI32GeU, 2},
	wasm.OpI32Eqz:       {opI32Eqz, 1},
	wasm.OpI32Clz:       {opI32Clz, 1},
	wasm.OpI32Ctz:       {opI32Ctz, 1},
	wasm.OpI32Popcnt:    {opI32Popcnt, 1},
	wasm.OpI32Extend8S:  {opI32Extend8S, 1},
	wasm.OpI32Extend16S: {opI32Extend16S, 1},
	wasm.OpI64Add:       {opI64Add, 2},
	wasm.OpI64Sub:       {opI64Sub, 2},
	wasm.OpI64Mul:       {opI64Mul, 2},
	wasm.OpI64And:       {opI64And, 2},
	wasm.OpI64Or:        {opI64Or, 2},
	wasm.OpI64Xor:       {opI64Xor, 2},
	wasm.OpI64Shl:       {opI64Shl, 2},
	wasm.OpI64ShrS:      {opI64ShrS, 2},
	wasm.OpI64ShrU:      {opI64ShrU, 2},
	wasm.OpI64Rotl:      {opI64Rotl, 2},
	wasm.OpI64Rotr:      {opI64Rotr, 2},
	wasm.OpI64DivS:      {opI64DivS, 2},
	wasm.OpI64DivU:      {opI64DivU, 2},
	wasm.OpI64RemS:      {opI64RemS, 2},
	wasm.OpI64RemU:      {opI64RemU, 2},
	wasm.OpI64Eq:        {opI64Eq, 2},
	wasm.OpI64Ne:        {opI64Ne, 2},
	wasm.OpI64LtS:       {opI64LtS, 2},
	wasm.OpI64LtU:       {opI64LtU, 2},
	wasm.OpI64GtS:       {opI64GtS, 2},
	wasm.OpI64GtU:       {opI64GtU, 2},
	wasm.OpI64LeS:       {opI64LeS, 2},
	wasm.OpI64LeU:       {opI64LeU, 2},
	wasm.OpI64GeS:       {opI64GeS, 2},
	wasm.OpI64GeU:       {opI64GeU, 2},
	wasm.OpI64Eqz:       {opI64Eqz, 1},
	wasm.OpI64Clz:       {opI64Clz, 1},
	wasm.OpI64Ctz:       {opI64Ctz, 1},
	wasm.OpI64Popcnt:    {opI64Popcnt, 1},
	wasm.OpI64Extend8S:  {opI64Extend8S, 1},
	wasm.OpI64Extend16S: {opI64Extend16S, 1},
	wasm.OpI64Extend32S: {opI64Extend32S, 1},
}

// intImmOps holds the fast form's variants whose right operand is a constant (o.imm).
var intImmOps = map[wasm.Op]handler{
	wasm.OpI32Add:  opI32AddImm,
	wasm.OpI32Sub:  opI32SubImm,
	wasm.OpI32Mul:  opI32MulImm,
	wasm.OpI32And:  opI32AndImm,
	wasm.OpI32Or:   opI32OrImm,
	wasm.OpI32Xor:  opI32XorImm,
	wasm.OpI32Shl:  opI32ShlImm,
	wasm.OpI32ShrS: opI32ShrSImm,
	wasm.OpI32ShrU: opI32ShrUImm,
	wasm.OpI32Rotl: opI32RotlImm,
	wasm.OpI32Rotr: opI32RotrImm,
	wasm.OpI32DivS: opI32DivSImm,
	wasm.OpI32DivU: opI32DivUImm,
	wasm.OpI32RemS: opI32RemSImm,
	wasm.OpI32RemU: opI32RemUImm,
	wasm.OpI32Eq:   opI32EqImm,
	wasm.OpI32Ne:   opI32NeImm,
	wasm.OpI32LtS:  opI32LtSImm,
	wasm.OpI32LtU:  opI32LtUImm,
	wasm.OpI32GtS:  opI32GtSImm,
	wasm.OpI32GtU:  opI32GtUImm,
	wasm.OpI32LeS:  opI32LeSImm,
	wasm.OpI32LeU:  opI32LeUImm,
	wasm.OpI32GeS:  opI32GeSImm,
	wasm.OpI32GeU:  opI32GeUImm,
	wasm.OpI64Add:  opI64AddImm,
	wasm.OpI64Sub:  opI64SubImm,
	wasm.OpI64Mul:  opI64MulImm,
	wasm.OpI64And:  opI64AndImm,
	wasm.OpI64Or:   opI64OrImm,
	wasm.OpI64Xor:  opI64XorImm,
	wasm.OpI64Shl:  opI64ShlImm,
	wasm.OpI64ShrS: opI64ShrSImm,
	wasm.OpI64ShrU: opI64ShrUImm,
	wasm.OpI64Rotl: opI64RotlImm,
	wasm.OpI64Rotr: opI64RotrImm,
	wasm.OpI64DivS: opI64DivSImm,
	wasm.OpI64DivU: opI64DivUImm,
	wasm.OpI64RemS: opI64RemSImm,
	wasm.OpI64RemU: opI64RemUImm,
	wasm.OpI64Eq:   opI64EqImm,
	wasm.OpI64Ne:   opI64NeImm,
	wasm.OpI64LtS:  opI64LtSImm,
	wasm.OpI64LtU:  opI64LtUImm,
	wasm.OpI64GtS:  opI64GtSImm,
	wasm.OpI64GtU:  opI64GtUImm,
	wasm.OpI64LeS:  opI64LeSImm,
	wasm.OpI64LeU:  opI64LeUImm,
	wasm.OpI64GeS:  opI64GeSImm,
	wasm.OpI64GeU:  opI64GeUImm,
}

// cmpBranchOps holds the fast form's fused compare-and-branch operations (slot and constant right operand).
var cmpBranchOps = map[wasm.Op][2]handler{
	wasm.OpI32Eq:  {brI32Eq, brI32EqImm},
	wasm.OpI32Ne:  {brI32Ne, brI32NeImm},
	wasm.OpI32LtS: {brI32LtS, brI32LtSImm},
	wasm.OpI32LtU: {brI32LtU, brI32LtUImm},
	wasm.OpI32GtS: {brI32GtS, brI32GtSImm},
	wasm.OpI32GtU: {brI32GtU, brI32GtUImm},
	wasm.OpI32LeS: {brI32LeS, brI32LeSImm},
	wasm.OpI32LeU: {brI32LeU, brI32LeUImm},
	wasm.OpI32GeS: {brI32GeS, brI32GeSImm},
	wasm.OpI32GeU: {brI32GeU, brI32GeUImm},
	wasm.OpI32Eqz: {brI32Eqz, nil},
	wasm.OpI64Eq:  {brI64Eq, brI64EqImm},
	wasm.OpI64Ne:  {brI64Ne, brI64NeImm},
	wasm.OpI64LtS: {brI64LtS, brI64LtSImm},
	wasm.OpI64LtU: {brI64LtU, brI64LtUImm},
	wasm.OpI64GtS: {brI64GtS, brI64GtSImm},
	wasm.OpI64GtU: {brI64GtU, brI64GtUImm},
	wasm.OpI64LeS: {brI64LeS, brI64LeSImm},
	wasm.OpI64LeU: {brI64LeU, brI64LeUImm},
	wasm.OpI64GeS: {brI64GeS, brI64GeSImm},
	wasm.OpI64GeU: {brI64GeU, brI64GeUImm},
	wasm.OpI64Eqz: {brI64Eqz, nil},
}

func opI32Add(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(x + y)
	t.pc++
	return true
}

func opI32AddImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = uint64(x + y)
	t.pc++
	return true
}

func opI32Sub(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(x - y)
	t.pc++
	return true
}

func opI32SubImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = uint64(x - y)
	t.pc++
	return true
}

func opI32Mul(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(x * y)
	t.pc++
	return true
}

func opI32MulImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = uint64(x * y)
	t.pc++
	return true
}

func opI32And(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(x & y)
	t.pc++
	return true
}

func opI32AndImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = uint64(x & y)
	t.pc++
	return true
}

func opI32Or(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(x | y)
	t.pc++
	return true
}

func opI32OrImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = uint64(x | y)
	t.pc++
	return true
}

func opI32Xor(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(x ^ y)
	t.pc++
	return true
}

func opI32XorImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = uint64(x ^ y)
	t.pc++
	return true
}

func opI32Shl(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(num.I32Shl(x, y))
	t.pc++
	return true
}

func opI32ShlImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = uint64(num.I32Shl(x, y))
	t.pc++
	return true
}

func opI32ShrS(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(num.I32ShrS(x, y))
	t.pc++
	return true
}

func opI32ShrSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = uint64(num.I32ShrS(x, y))
	t.pc++
	return true
}

func opI32ShrU(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(num.I32ShrU(x, y))
	t.pc++
	return true
}

func opI32ShrUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = uint64(num.I32ShrU(x, y))
	t.pc++
	return true
}

func opI32Rotl(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(num.I32Rotl(x, y))
	t.pc++
	return true
}

func opI32RotlImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = uint64(num.I32Rotl(x, y))
	t.pc++
	return true
}

func opI32Rotr(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = uint64(num.I32Rotr(x, y))
	t.pc++
	return true
}

func opI32RotrImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = uint64(num.I32Rotr(x, y))
	t.pc++
	return true
}

func opI32DivS(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	v, tr := num.I32DivS(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = uint64(v)
	t.pc++
	return true
}

func opI32DivSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	v, tr := num.I32DivS(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = uint64(v)
	t.pc++
	return true
}

func opI32DivU(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	v, tr := num.I32DivU(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = uint64(v)
	t.pc++
	return true
}

func opI32DivUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	v, tr := num.I32DivU(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = uint64(v)
	t.pc++
	return true
}

func opI32RemS(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	v, tr := num.I32RemS(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = uint64(v)
	t.pc++
	return true
}

func opI32RemSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	v, tr := num.I32RemS(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = uint64(v)
	t.pc++
	return true
}

func opI32RemU(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	v, tr := num.I32RemU(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = uint64(v)
	t.pc++
	return true
}

func opI32RemUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	v, tr := num.I32RemU(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = uint64(v)
	t.pc++
	return true
}

func opI32Eq(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(x == y)
	t.pc++
	return true
}

func opI32EqImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = b2u(x == y)
	t.pc++
	return true
}

func brI32Eq(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	if x == y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI32EqImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	if x == y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI32Ne(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(x != y)
	t.pc++
	return true
}

func opI32NeImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = b2u(x != y)
	t.pc++
	return true
}

func brI32Ne(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	if x != y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI32NeImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	if x != y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI32LtS(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(int32(x) < int32(y))
	t.pc++
	return true
}

func opI32LtSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = b2u(int32(x) < int32(y))
	t.pc++
	return true
}

func brI32LtS(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	if int32(x) < int32(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI32LtSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	if int32(x) < int32(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI32LtU(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(x < y)
	t.pc++
	return true
}

func opI32LtUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = b2u(x < y)
	t.pc++
	return true
}

func brI32LtU(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	if x < y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI32LtUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	if x < y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI32GtS(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(int32(x) > int32(y))
	t.pc++
	return true
}

func opI32GtSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = b2u(int32(x) > int32(y))
	t.pc++
	return true
}

func brI32GtS(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	if int32(x) > int32(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI32GtSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	if int32(x) > int32(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI32GtU(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(x > y)
	t.pc++
	return true
}

func opI32GtUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = b2u(x > y)
	t.pc++
	return true
}

func brI32GtU(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	if x > y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI32GtUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	if x > y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI32LeS(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(int32(x) <= int32(y))
	t.pc++
	return true
}

func opI32LeSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = b2u(int32(x) <= int32(y))
	t.pc++
	return true
}

func brI32LeS(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	if int32(x) <= int32(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI32LeSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	if int32(x) <= int32(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI32LeU(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(x <= y)
	t.pc++
	return true
}

func opI32LeUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = b2u(x <= y)
	t.pc++
	return true
}

func brI32LeU(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	if x <= y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI32LeUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	if x <= y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI32GeS(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(int32(x) >= int32(y))
	t.pc++
	return true
}

func opI32GeSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = b2u(int32(x) >= int32(y))
	t.pc++
	return true
}

func brI32GeS(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	if int32(x) >= int32(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI32GeSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	if int32(x) >= int32(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI32GeU(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	s[o.a] = b2u(x >= y)
	t.pc++
	return true
}

func opI32GeUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	s[o.a] = b2u(x >= y)
	t.pc++
	return true
}

func brI32GeU(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(s[o.c])
	if x >= y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI32GeUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := uint32(s[o.b]), uint32(o.imm)
	if x >= y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI32Eqz(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = b2u(x == 0)
	t.pc++
	return true
}

func brI32Eqz(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	if x == 0 {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI32Clz(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.I32Clz(x))
	t.pc++
	return true
}

func opI32Ctz(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.I32Ctz(x))
	t.pc++
	return true
}

func opI32Popcnt(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.I32Popcnt(x))
	t.pc++
	return true
}

func opI32Extend8S(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.I32Extend8S(x))
	t.pc++
	return true
}

func opI32Extend16S(t *Thread, o *op) bool {
	s := t.s
	x := uint32(s[o.b])
	s[o.a] = uint64(num.I32Extend16S(x))
	t.pc++
	return true
}

func opI64Add(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = x + y
	t.pc++
	return true
}

func opI64AddImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = x + y
	t.pc++
	return true
}

func opI64Sub(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = x - y
	t.pc++
	return true
}

func opI64SubImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = x - y
	t.pc++
	return true
}

func opI64Mul(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = x * y
	t.pc++
	return true
}

func opI64MulImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = x * y
	t.pc++
	return true
}

func opI64And(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = x & y
	t.pc++
	return true
}

func opI64AndImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = x & y
	t.pc++
	return true
}

func opI64Or(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = x | y
	t.pc++
	return true
}

func opI64OrImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = x | y
	t.pc++
	return true
}

func opI64Xor(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = x ^ y
	t.pc++
	return true
}

func opI64XorImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = x ^ y
	t.pc++
	return true
}

func opI64Shl(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = num.I64Shl(x, y)
	t.pc++
	return true
}

func opI64ShlImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = num.I64Shl(x, y)
	t.pc++
	return true
}

func opI64ShrS(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = num.I64ShrS(x, y)
	t.pc++
	return true
}

func opI64ShrSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = num.I64ShrS(x, y)
	t.pc++
	return true
}

func opI64ShrU(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = num.I64ShrU(x, y)
	t.pc++
	return true
}

func opI64ShrUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = num.I64ShrU(x, y)
	t.pc++
	return true
}

func opI64Rotl(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = num.I64Rotl(x, y)
	t.pc++
	return true
}

func opI64RotlImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = num.I64Rotl(x, y)
	t.pc++
	return true
}

func opI64Rotr(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = num.I64Rotr(x, y)
	t.pc++
	return true
}

func opI64RotrImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = num.I64Rotr(x, y)
	t.pc++
	return true
}

func opI64DivS(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	v, tr := num.I64DivS(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64DivSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	v, tr := num.I64DivS(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64DivU(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	v, tr := num.I64DivU(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64DivUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	v, tr := num.I64DivU(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64RemS(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	v, tr := num.I64RemS(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64RemSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	v, tr := num.I64RemS(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64RemU(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	v, tr := num.I64RemU(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64RemUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	v, tr := num.I64RemU(x, y)
	if tr != num.NoTrap {
		return t.numTrap(tr)
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64Eq(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(x == y)
	t.pc++
	return true
}

func opI64EqImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = b2u(x == y)
	t.pc++
	return true
}

func brI64Eq(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	if x == y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI64EqImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	if x == y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI64Ne(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(x != y)
	t.pc++
	return true
}

func opI64NeImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = b2u(x != y)
	t.pc++
	return true
}

func brI64Ne(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	if x != y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI64NeImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	if x != y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI64LtS(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(int64(x) < int64(y))
	t.pc++
	return true
}

func opI64LtSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = b2u(int64(x) < int64(y))
	t.pc++
	return true
}

func brI64LtS(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	if int64(x) < int64(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI64LtSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	if int64(x) < int64(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI64LtU(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(x < y)
	t.pc++
	return true
}

func opI64LtUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = b2u(x < y)
	t.pc++
	return true
}

func brI64LtU(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	if x < y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI64LtUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	if x < y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI64GtS(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(int64(x) > int64(y))
	t.pc++
	return true
}

func opI64GtSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = b2u(int64(x) > int64(y))
	t.pc++
	return true
}

func brI64GtS(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	if int64(x) > int64(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI64GtSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	if int64(x) > int64(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI64GtU(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(x > y)
	t.pc++
	return true
}

func opI64GtUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = b2u(x > y)
	t.pc++
	return true
}

func brI64GtU(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	if x > y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI64GtUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	if x > y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI64LeS(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(int64(x) <= int64(y))
	t.pc++
	return true
}

func opI64LeSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = b2u(int64(x) <= int64(y))
	t.pc++
	return true
}

func brI64LeS(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	if int64(x) <= int64(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI64LeSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	if int64(x) <= int64(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI64LeU(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(x <= y)
	t.pc++
	return true
}

func opI64LeUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = b2u(x <= y)
	t.pc++
	return true
}

func brI64LeU(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	if x <= y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI64LeUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	if x <= y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI64GeS(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(int64(x) >= int64(y))
	t.pc++
	return true
}

func opI64GeSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = b2u(int64(x) >= int64(y))
	t.pc++
	return true
}

func brI64GeS(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	if int64(x) >= int64(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI64GeSImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	if int64(x) >= int64(y) {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI64GeU(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	s[o.a] = b2u(x >= y)
	t.pc++
	return true
}

func opI64GeUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	s[o.a] = b2u(x >= y)
	t.pc++
	return true
}

func brI64GeU(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], s[o.c]
	if x >= y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func brI64GeUImm(t *Thread, o *op) bool {
	s := t.s
	x, y := s[o.b], o.imm
	if x >= y {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI64Eqz(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = b2u(x == 0)
	t.pc++
	return true
}

func brI64Eqz(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	if x == 0 {
		t.jump(o)
	} else {
		t.pc++
	}
	return true
}

func opI64Clz(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.I64Clz(x)
	t.pc++
	return true
}

func opI64Ctz(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.I64Ctz(x)
	t.pc++
	return true
}

func opI64Popcnt(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.I64Popcnt(x)
	t.pc++
	return true
}

func opI64Extend8S(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.I64Extend8S(x)
	t.pc++
	return true
}

func opI64Extend16S(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.I64Extend16S(x)
	t.pc++
	return true
}

func opI64Extend32S(t *Thread, o *op) bool {
	s := t.s
	x := s[o.b]
	s[o.a] = num.I64Extend32S(x)
	t.pc++
	return true
}
