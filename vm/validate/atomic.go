package validate

import (
	"math/bits"

	"wasmstep/vm/wasm"
)

// alignment checks a memory access's alignment immediate: at most the
// natural alignment, and for an atomic access exactly it (the threads
// proposal makes any other alignment invalid, so the machine only has to
// check the address at run time).
func (f *funcChecker) alignment(in *wasm.Instr) error {
	if w := wasm.AtomicWidth(in.Op); w != 0 {
		if in.Y != uint32(bits.TrailingZeros64(w)) {
			return f.errorf("atomic alignment must be natural")
		}
		return nil
	}
	if in.Y > naturalAlign[in.Op] {
		return f.errorf("alignment must not be larger than natural")
	}
	return nil
}
