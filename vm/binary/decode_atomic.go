package binary

import "wasmstep/vm/wasm"

// readZeroByte reads atomic.fence's reserved ordering byte, which must be 0.
func readZeroByte(d *decoder, _ *wasm.Instr, _ uint32) { d.r.expectZero() }
