package vm

import "wasmstep/vm/wasm"

// chainKey names a fused pair of numeric instructions (chainOps, generated):
// the first, the second that takes its result, and which of the two has a
// constant right operand.
type chainKey struct {
	first, second wasm.Op
	shape         chainShape
}

type chainShape uint8

const (
	chainImmFirst  chainShape = iota // s[a] = second(first(s[b], imm), s[c]); second commutes
	chainImmSecond                   // s[a] = second(first(s[b], s[c]), imm)
	chainLeft                        // s[a] = second(first(s[b], s[c]), s[d])
	chainRight                       // s[a] = second(s[d], first(s[b], s[c]))
)

// fuseChainBinary folds the binary op just emitted into the binary
// instruction in that takes its result as either operand (fast form).
func (l *lowerer) fuseChainBinary(h int32, in *wasm.Instr) bool {
	pc := l.lastDef
	if !l.fast || l.lastImm || pc < 0 || pc != len(l.fc.ops)-1 {
		return false
	}
	first := l.fc.ops[pc]
	shape, other := chainLeft, h-1
	if !l.wrote(first, h-2) {
		if !l.wrote(first, h-1) {
			return false
		}
		shape, other = chainRight, h-2
	}
	fn := chainOps[chainKey{l.lastOp, in.Op, shape}]
	if fn == nil || l.vs[other].kind == vConst { // the constant's write would come between
		return false
	}
	l.fc.ops[pc] = op{fn: fn, a: l.pos(h - 2), b: first.b, c: first.c, d: l.use(other)}
	l.endChain(h, pc, chainKey{l.lastOp, in.Op, shape})
	return true
}

// fuseChainImmFirst folds the op just emitted, the first of a chainOps
// pair with a constant operand, into the binary instruction in that takes
// its result as either operand (fast form). As with fuseLoadOperand, the
// fused op keeps the first's place in its group and ends with in.
func (l *lowerer) fuseChainImmFirst(h int32, in *wasm.Instr) bool {
	pc := l.lastDef
	if !l.fast || !l.lastImm || pc < 0 || pc != len(l.fc.ops)-1 {
		return false
	}
	fn := chainOps[chainKey{l.lastOp, in.Op, chainImmFirst}]
	if fn == nil {
		return false
	}
	first := l.fc.ops[pc]
	other := h - 1 // the stack position of the second's other operand
	if !l.wrote(first, h-2) {
		if !l.wrote(first, h-1) {
			return false
		}
		other = h - 2
	}
	if l.vs[other].kind == vConst { // its write would come between
		return false
	}
	l.fc.ops[pc] = op{fn: fn, a: l.pos(h - 2), b: first.b, c: l.use(other), imm: first.imm}
	l.endChain(h, pc, chainKey{l.lastOp, in.Op, chainImmFirst})
	return true
}

// fuseChainImmSecond folds the binary op just emitted into the instruction
// in, which takes its result with the constant imm (fast form).
func (l *lowerer) fuseChainImmSecond(h int32, in *wasm.Instr, imm uint64) bool {
	pc := l.lastDef
	if !l.fast || l.lastImm || pc < 0 || pc != len(l.fc.ops)-1 || !l.wrote(l.fc.ops[pc], h-2) {
		return false
	}
	fn := chainOps[chainKey{l.lastOp, in.Op, chainImmSecond}]
	if fn == nil {
		return false
	}
	first := l.fc.ops[pc]
	l.fc.ops[pc] = op{fn: fn, a: first.a, b: first.b, c: first.c, imm: imm}
	l.endChain(h, pc, chainKey{l.lastOp, in.Op, chainImmSecond})
	return true
}

// wrote reports whether o, the op just emitted, computed the value at
// stack position k, still in its slot.
func (l *lowerer) wrote(o op, k int32) bool {
	return o.a == l.pos(k) && l.vs[k].kind == vSlot
}

// endChain leaves the fused op pc as the one that computed the top: a
// local.set may retarget it, nothing fuses with it further.
func (l *lowerer) endChain(h int32, pc int, k chainKey) {
	l.fc.at[pc] = int32(l.cur)
	l.vs = append(l.vs[:h-2], ventry{kind: vSlot})
	l.lastDef, l.lastOp, l.lastChain = pc, wasm.OpInvalid, k
	l.groupOps++
}

// scaledIndex is the chain an access at a scaled index folds in.
var scaledIndex = chainKey{wasm.OpI32Shl, wasm.OpI32Add, chainImmFirst}

// fuseIndexed folds the i32.shl-and-add just emitted for a memory32
// access's address into the access (fast form), as fuseAddrAdd does an
// add of a constant.
func (l *lowerer) fuseIndexed(h int32, in *wasm.Instr, mem *Memory, store bool) bool {
	pc := l.lastDef
	if !l.fast || mem.Type.Addr64 || l.lastChain != scaledIndex || pc < 0 || pc != len(l.fc.ops)-1 {
		return false
	}
	addr, ok := l.accessAddr(h, store)
	if !ok {
		return false
	}
	ch := l.fc.ops[pc]
	if !l.wrote(ch, addr) {
		return false
	}
	o := op{fn: indexedOps[in.Op], a: ch.a, b: ch.b, c: ch.c, d: int32(ch.imm & 31), imm: in.Imm, ref: refTo(mem)}
	if store {
		o.a, o.c = ch.c, l.use(h-1)
	}
	l.fc.ops[pc] = o
	l.fc.at[pc] = int32(l.cur)
	l.lastDef, l.lastOp, l.lastChain = -1, wasm.OpInvalid, chainKey{}
	if !store {
		l.lastDef = pc // a local.set may still retarget the load
	}
	l.groupOps++
	return true
}
