package validate

import "wasmstep/vm/wasm"

// laneImmediates checks the lane indices of SIMD instructions against the
// number of lanes of their shape; the binary format allows any byte.
func (f *funcChecker) laneImmediates(in *wasm.Instr) error {
	switch wasm.Ops[in.Op].Imm {
	case wasm.ImmLane, wasm.ImmMemArgLane:
		if in.ImmHi >= laneCount(in.Op) {
			return f.errorf("invalid lane index %d", in.ImmHi)
		}
	case wasm.ImmShuffle:
		for _, half := range [2]uint64{in.Imm, in.ImmHi} {
			for k := 0; k < 8; k++ {
				if lane := half >> (8 * k) & 0xFF; lane >= 32 {
					return f.errorf("invalid lane index %d", lane)
				}
			}
		}
	}
	return nil
}

// laneCount is the number of lanes an instruction with a lane index
// addresses.
func laneCount(op wasm.Op) uint64 {
	switch op {
	case wasm.OpI8x16ExtractLaneS, wasm.OpI8x16ExtractLaneU, wasm.OpI8x16ReplaceLane,
		wasm.OpV128Load8Lane, wasm.OpV128Store8Lane:
		return 16
	case wasm.OpI16x8ExtractLaneS, wasm.OpI16x8ExtractLaneU, wasm.OpI16x8ReplaceLane,
		wasm.OpV128Load16Lane, wasm.OpV128Store16Lane:
		return 8
	case wasm.OpI32x4ExtractLane, wasm.OpI32x4ReplaceLane, wasm.OpF32x4ExtractLane, wasm.OpF32x4ReplaceLane,
		wasm.OpV128Load32Lane, wasm.OpV128Store32Lane:
		return 4
	}
	return 2
}
