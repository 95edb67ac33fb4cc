package validate

import "wasmstep/vm/wasm"

// opSig is an instruction's stack effect read from the opcode table, in two
// forms: index 0 with "addr" as i32, index 1 with "addr" as i64.
type opSig struct {
	params, results [2][]wasm.ValType
	ok              bool // the table's Sig names only number, vector and address types
	// plain marks the operators whose whole check is their signature: no
	// index or lane immediate, nor a memory. They are most of a body, and
	// instr checks them before looking at anything else.
	plain bool
}

var opSigs = buildSigs()

func buildSigs() []opSig {
	sigs := make([]opSig, len(wasm.Ops))
	for op := range wasm.Ops {
		info := &wasm.Ops[op]
		s := &sigs[op]
		s.ok = info.Typed()
		s.plain = s.ok && plainImm[info.Imm] && len(info.Params(false))+len(info.Results(false)) > 0
		for a, addr64 := range [2]bool{false, true} {
			s.params[a], s.results[a] = info.Params(addr64), info.Results(addr64)
		}
	}
	return sigs
}

// plainImm are the immediates that need no check: constants.
var plainImm = map[wasm.ImmKind]bool{
	wasm.ImmNone: true, wasm.ImmI32: true, wasm.ImmI64: true, wasm.ImmF32: true, wasm.ImmF64: true, wasm.ImmV128: true,
}

// naturalAlign is the log2 of the access size of each memory instruction,
// indexed by opcode: its alignment immediate may not exceed it.
var naturalAlign = buildAligns()

func buildAligns() []uint32 {
	aligns := make([]uint32, len(wasm.Ops))
	for op := range wasm.Ops {
		aligns[op] = wasm.Ops[op].Access.NaturalAlign()
	}
	return aligns
}
