package vm

import (
	"encoding/binary"
	"math/bits"

	"wasmstep/vm/wasm"
)

// Vector loads and stores: s[b] is the address, imm the offset, mem the
// memory; s[c:c+2] is the vector a store or a lane load reads.

var simdLoadOps = [wasm.NumOps]handler{
	wasm.OpV128Load:        loadHandler(16, nil),
	wasm.OpV128Load8x8S:    loadHandler(8, extend(8, 0, true)),
	wasm.OpV128Load8x8U:    loadHandler(8, extend(8, 0, false)),
	wasm.OpV128Load16x4S:   loadHandler(8, extend(16, 0, true)),
	wasm.OpV128Load16x4U:   loadHandler(8, extend(16, 0, false)),
	wasm.OpV128Load32x2S:   loadHandler(8, extend(32, 0, true)),
	wasm.OpV128Load32x2U:   loadHandler(8, extend(32, 0, false)),
	wasm.OpV128Load8Splat:  loadHandler(1, splatLow(8)),
	wasm.OpV128Load16Splat: loadHandler(2, splatLow(16)),
	wasm.OpV128Load32Splat: loadHandler(4, splatLow(32)),
	wasm.OpV128Load64Splat: loadHandler(8, splatLow(64)),
	wasm.OpV128Load32Zero:  loadHandler(4, nil),
	wasm.OpV128Load64Zero:  loadHandler(8, nil),
	wasm.OpV128Store:       storeV128,
}

var simdLaneAccessOps = [wasm.NumOps]func(in *wasm.Instr) handler{
	wasm.OpV128Load8Lane: loadLane(8), wasm.OpV128Load16Lane: loadLane(16),
	wasm.OpV128Load32Lane: loadLane(32), wasm.OpV128Load64Lane: loadLane(64),
	wasm.OpV128Store8Lane: storeLane(8), wasm.OpV128Store16Lane: storeLane(16),
	wasm.OpV128Store32Lane: storeLane(32), wasm.OpV128Store64Lane: storeLane(64),
}

// simdAddr returns the effective address s[b]+imm, or false when the sum
// overflows (then the access is out of bounds whatever the memory's size).
func simdAddr(t *Thread, o *op) (uint64, bool) {
	ea, carry := bits.Add64(t.s[o.b], o.imm, 0)
	return ea, carry == 0
}

// readMem reads len(p) bytes at the effective address, trapping when they
// are out of bounds. A flat memory is read in place.
func readMem(t *Thread, o *op, p []byte) bool {
	if ea, ok := effAddr(t.s[o.b], o.imm, uint64(len(p)), len(o.memory().flat)); ok {
		copy(p, o.memory().flat[ea:])
		return true
	}
	ea, ok := simdAddr(t, o)
	if !ok || !o.memory().ReadAt(p, ea) {
		return t.trap(TrapOutOfBoundsMemory)
	}
	return true
}

func writeMem(t *Thread, o *op, p []byte) bool {
	ea, ok := simdAddr(t, o)
	if ok && o.memory().inBounds(ea, uint64(len(p))) && !t.memoryWriteFits(o.memory(), ea, uint64(len(p))) {
		return false
	}
	if !ok || !o.memory().WriteAt(p, ea) {
		return t.trap(TrapOutOfBoundsMemory)
	}
	return true
}

// loadHandler reads size bytes into the low end of a zero vector and
// transforms it with post (nil: keep it as read).
func loadHandler(size int, post v128Unary) handler {
	return func(t *Thread, o *op) *op {
		t.pc = int(o.pc)

		var buf [16]byte
		if !readMem(t, o, buf[:size]) {
			return nil
		}
		v := v128FromBytes(buf[:])
		if post != nil {
			v = post(v)
		}
		v.put(t.s, o.a)
		return next(o)
	}
}

// splatLow copies the low w bits of the vector into every lane.
func splatLow(w uint) v128Unary {
	s := splat(w)
	return func(a v128) v128 { return s(a.lo) }
}

func storeV128(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	b := slotsV128(t.s, o.c).bytes()
	if !writeMem(t, o, b[:]) {
		return nil
	}
	return next(o)
}

// loadLane: s[a:a+2] = s[c:c+2] with one lane of width w read from memory.
func loadLane(w uint) func(in *wasm.Instr) handler {
	return func(in *wasm.Instr) handler {
		lane := int(in.ImmHi)
		return func(t *Thread, o *op) *op {
			t.pc = int(o.pc)

			var buf [8]byte
			if !readMem(t, o, buf[:w/8]) {
				return nil
			}
			v := slotsV128(t.s, o.c)
			v.setLane(w, lane, binary.LittleEndian.Uint64(buf[:]))
			v.put(t.s, o.a)
			return next(o)
		}
	}
}

// storeLane writes one lane of width w of s[c:c+2].
func storeLane(w uint) func(in *wasm.Instr) handler {
	return func(in *wasm.Instr) handler {
		lane := int(in.ImmHi)
		return func(t *Thread, o *op) *op {
			t.pc = int(o.pc)

			var buf [8]byte
			binary.LittleEndian.PutUint64(buf[:], slotsV128(t.s, o.c).lane(w, lane))
			if !writeMem(t, o, buf[:w/8]) {
				return nil
			}
			return next(o)
		}
	}
}
