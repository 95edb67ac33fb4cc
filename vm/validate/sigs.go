package validate

import "wasmstep/vm/wasm"

// opSig is an instruction's stack effect read from the opcode table, in two
// forms: index 0 with "addr" as i32, index 1 with "addr" as i64.
type opSig struct {
	params, results [2][]wasm.ValType
	ok              bool // the table's Sig names only number, vector and address types
}

var opSigs = buildSigs()

func buildSigs() []opSig {
	sigs := make([]opSig, len(wasm.Ops))
	for op := range wasm.Ops {
		info := &wasm.Ops[op]
		s := &sigs[op]
		s.ok = info.Typed()
		for a, addr64 := range [2]bool{false, true} {
			s.params[a], s.results[a] = info.Params(addr64), info.Results(addr64)
		}
	}
	return sigs
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
