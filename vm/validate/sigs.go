package validate

import (
	"strings"

	"wasmstep/vm/wasm"
)

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
		in, out, found := strings.Cut(wasm.Ops[op].Sig, " -> ")
		if !found {
			continue
		}
		s := &sigs[op]
		s.ok = true
		for a, addr := range [2]wasm.ValType{wasm.I32, wasm.I64} {
			var ok1, ok2 bool
			s.params[a], ok1 = sigTypes(in, addr)
			s.results[a], ok2 = sigTypes(out, addr)
			s.ok = s.ok && ok1 && ok2
		}
	}
	return sigs
}

func sigTypes(s string, addr wasm.ValType) ([]wasm.ValType, bool) {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	var ts []wasm.ValType
	for _, name := range strings.Fields(s) {
		t, ok := sigType[name]
		if name == "addr" {
			t, ok = addr, true
		}
		if !ok {
			return nil, false
		}
		ts = append(ts, t)
	}
	return ts, true
}

var sigType = map[string]wasm.ValType{
	"i32": wasm.I32, "i64": wasm.I64, "f32": wasm.F32, "f64": wasm.F64, "v128": wasm.V128,
}

// naturalAlign is the log2 of the access size of each memory instruction:
// its alignment immediate may not exceed it.
var naturalAlign = map[wasm.Op]uint32{
	wasm.OpI32Load: 2, wasm.OpI64Load: 3, wasm.OpF32Load: 2, wasm.OpF64Load: 3,
	wasm.OpI32Load8S: 0, wasm.OpI32Load8U: 0, wasm.OpI32Load16S: 1, wasm.OpI32Load16U: 1,
	wasm.OpI64Load8S: 0, wasm.OpI64Load8U: 0, wasm.OpI64Load16S: 1, wasm.OpI64Load16U: 1,
	wasm.OpI64Load32S: 2, wasm.OpI64Load32U: 2,
	wasm.OpI32Store: 2, wasm.OpI64Store: 3, wasm.OpF32Store: 2, wasm.OpF64Store: 3,
	wasm.OpI32Store8: 0, wasm.OpI32Store16: 1, wasm.OpI64Store8: 0, wasm.OpI64Store16: 1,
	wasm.OpI64Store32: 2,
	wasm.OpV128Load:   4, wasm.OpV128Store: 4,
	wasm.OpV128Load8x8S: 3, wasm.OpV128Load8x8U: 3, wasm.OpV128Load16x4S: 3, wasm.OpV128Load16x4U: 3,
	wasm.OpV128Load32x2S: 3, wasm.OpV128Load32x2U: 3,
	wasm.OpV128Load8Splat: 0, wasm.OpV128Load16Splat: 1, wasm.OpV128Load32Splat: 2, wasm.OpV128Load64Splat: 3,
	wasm.OpV128Load32Zero: 2, wasm.OpV128Load64Zero: 3,
	wasm.OpV128Load8Lane: 0, wasm.OpV128Load16Lane: 1, wasm.OpV128Load32Lane: 2, wasm.OpV128Load64Lane: 3,
	wasm.OpV128Store8Lane: 0, wasm.OpV128Store16Lane: 1, wasm.OpV128Store32Lane: 2, wasm.OpV128Store64Lane: 3,
}
