package vm

import "wasmstep/vm/wasm"

// Whole-vector bit operations, splats, and the instructions that address
// lanes by immediates (constants, lane access, shuffle).

var simdBitOps = [wasm.NumOps]any{
	wasm.OpV128Not:       v128Unary(func(a v128) v128 { return v128{^a.lo, ^a.hi} }),
	wasm.OpV128And:       v128Binary(func(a, b v128) v128 { return v128{a.lo & b.lo, a.hi & b.hi} }),
	wasm.OpV128Andnot:    v128Binary(func(a, b v128) v128 { return v128{a.lo &^ b.lo, a.hi &^ b.hi} }),
	wasm.OpV128Or:        v128Binary(func(a, b v128) v128 { return v128{a.lo | b.lo, a.hi | b.hi} }),
	wasm.OpV128Xor:       v128Binary(func(a, b v128) v128 { return v128{a.lo ^ b.lo, a.hi ^ b.hi} }),
	wasm.OpV128Bitselect: v128Ternary(bitselect),
	wasm.OpI8x16Swizzle:  v128Binary(swizzle),

	wasm.OpI8x16Splat: splat(8), wasm.OpI16x8Splat: splat(16), wasm.OpI32x4Splat: splat(32),
	wasm.OpI64x2Splat: splat(64), wasm.OpF32x4Splat: splat(32), wasm.OpF64x2Splat: splat(64),
}

// bitselect takes each bit from a where the mask c has a 1, else from b.
func bitselect(a, b, c v128) v128 {
	return v128{a.lo&c.lo | b.lo&^c.lo, a.hi&c.hi | b.hi&^c.hi}
}

// swizzle picks byte b[i] of a for each i; indices past 15 give 0.
func swizzle(a, b v128) (r v128) {
	src := a.bytes()
	for i := range 16 {
		if k := b.lane(8, i); k < 16 {
			r.setLane(8, i, uint64(src[k]))
		}
	}
	return r
}

// splat copies the low w bits of a scalar into every lane.
func splat(w uint) v128Splat {
	return func(x uint64) (r v128) {
		for i := range int(128 / w) {
			r.setLane(w, i, x)
		}
		return r
	}
}

// simdImmOps build the handler of an instruction from its immediates.
var simdImmOps = [wasm.NumOps]func(in *wasm.Instr) handler{
	wasm.OpV128Const:    constV128,
	wasm.OpI8x16Shuffle: shuffle,

	wasm.OpI8x16ExtractLaneS: extractLane(8, true), wasm.OpI8x16ExtractLaneU: extractLane(8, false),
	wasm.OpI16x8ExtractLaneS: extractLane(16, true), wasm.OpI16x8ExtractLaneU: extractLane(16, false),
	wasm.OpI32x4ExtractLane: extractLane(32, false), wasm.OpI64x2ExtractLane: extractLane(64, false),
	wasm.OpF32x4ExtractLane: extractLane(32, false), wasm.OpF64x2ExtractLane: extractLane(64, false),

	wasm.OpI8x16ReplaceLane: replaceLane(8), wasm.OpI16x8ReplaceLane: replaceLane(16),
	wasm.OpI32x4ReplaceLane: replaceLane(32), wasm.OpI64x2ReplaceLane: replaceLane(64),
	wasm.OpF32x4ReplaceLane: replaceLane(32), wasm.OpF64x2ReplaceLane: replaceLane(64),
}

// constV128: s[a:a+2] = the constant.
func constV128(in *wasm.Instr) handler {
	v := v128{in.Imm, in.ImmHi}
	return func(t *Thread, o *op) *op {
		t.pc = int(o.pc)

		v.put(t.s, o.a)
		return next(o)
	}
}

// shuffle picks each result byte from the 32 bytes of a then b.
func shuffle(in *wasm.Instr) handler {
	idx := v128{in.Imm, in.ImmHi}.bytes()
	return func(t *Thread, o *op) *op {
		t.pc = int(o.pc)

		a, b := slotsV128(t.s, o.b).bytes(), slotsV128(t.s, o.c).bytes()
		var r [16]byte
		for i, k := range idx {
			if k < 16 {
				r[i] = a[k]
			} else {
				r[i] = b[k&15]
			}
		}
		v128FromBytes(r[:]).put(t.s, o.a)
		return next(o)
	}
}

// extractLane: s[a] = lane of s[b:b+2]; signed narrow lanes are
// sign-extended to an i32 (kept zero-extended in the slot).
func extractLane(w uint, signed bool) func(in *wasm.Instr) handler {
	return func(in *wasm.Instr) handler {
		lane := int(in.ImmHi)
		return func(t *Thread, o *op) *op {
			t.pc = int(o.pc)

			x := slotsV128(t.s, o.b).lane(w, lane)
			if signed {
				x = uint64(uint32(sext(x, w)))
			}
			t.s[o.a] = x
			return next(o)
		}
	}
}

// replaceLane: s[a:a+2] = s[b:b+2] with the lane set to s[c].
func replaceLane(w uint) func(in *wasm.Instr) handler {
	return func(in *wasm.Instr) handler {
		lane := int(in.ImmHi)
		return func(t *Thread, o *op) *op {
			t.pc = int(o.pc)

			v := slotsV128(t.s, o.b)
			v.setLane(w, lane, t.s[o.c])
			v.put(t.s, o.a)
			return next(o)
		}
	}
}
