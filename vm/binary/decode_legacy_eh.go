package binary

import "wasmstep/vm/wasm"

// legacyClauseFits reports whether a legacy try clause may follow the
// innermost open construct: catch after the try or a catch, catch_all
// after either but not after another catch_all, delegate only right
// after the try's body.
func legacyClauseFits(open []wasm.Op, clause wasm.Op) bool {
	if len(open) == 0 {
		return false
	}
	switch top := open[len(open)-1]; clause {
	case wasm.OpDelegate:
		return top == wasm.OpTry
	default:
		return top == wasm.OpTry || top == wasm.OpCatch
	}
}
