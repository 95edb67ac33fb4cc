// Code generated once by a throwaway script; edited by hand since.

package vm

import (
	"encoding/binary"

	"wasmstep/vm/num"
	"wasmstep/vm/wasm"
)

// loadOperand is a binary instruction whose right operand is the load just
// before it, fused (fast form): s[a] = op(s[c], load) where the load reads
// its address from slot b (plus the constant d when addr is set, as in
// addrAddOps) and its offset from imm.
type loadOperand struct {
	load     wasm.Op
	fn, addr handler
}

var loadOperandOps = map[wasm.Op]loadOperand{
	wasm.OpI32Add: {wasm.OpI32Load, opI32AddLoad, opI32AddLoadAddr},
	wasm.OpI64Add: {wasm.OpI64Load, opI64AddLoad, opI64AddLoadAddr},
	wasm.OpF32Add: {wasm.OpF32Load, opF32AddLoad, opF32AddLoadAddr},
	wasm.OpF32Sub: {wasm.OpF32Load, opF32SubLoad, opF32SubLoadAddr},
	wasm.OpF32Mul: {wasm.OpF32Load, opF32MulLoad, opF32MulLoadAddr},
	wasm.OpF64Add: {wasm.OpF64Load, opF64AddLoad, opF64AddLoadAddr},
	wasm.OpF64Sub: {wasm.OpF64Load, opF64SubLoad, opF64SubLoadAddr},
	wasm.OpF64Mul: {wasm.OpF64Load, opF64MulLoad, opF64MulLoadAddr},
}

func opI32AddLoad(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 4, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint32(b[ea:]))
	} else if v, ok = t.loadSlow(o, 4); !ok {
		return false
	}
	s[o.a] = uint64(uint32(s[o.c]) + uint32(v))
	t.pc++
	return true
}

func opI32AddLoadAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 4, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint32(b[ea:]))
	} else if v, ok = t.loadSlowAt(o, addr, 4); !ok {
		return false
	}
	s[o.a] = uint64(uint32(s[o.c]) + uint32(v))
	t.pc++
	return true
}

func opI64AddLoad(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 8, len(b))
	var v uint64
	if ok {
		v = binary.LittleEndian.Uint64(b[ea:])
	} else if v, ok = t.loadSlow(o, 8); !ok {
		return false
	}
	s[o.a] = s[o.c] + v
	t.pc++
	return true
}

func opI64AddLoadAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 8, len(b))
	var v uint64
	if ok {
		v = binary.LittleEndian.Uint64(b[ea:])
	} else if v, ok = t.loadSlowAt(o, addr, 8); !ok {
		return false
	}
	s[o.a] = s[o.c] + v
	t.pc++
	return true
}

func opF32AddLoad(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 4, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint32(b[ea:]))
	} else if v, ok = t.loadSlow(o, 4); !ok {
		return false
	}
	s[o.a] = uint64(num.F32Add(uint32(s[o.c]), uint32(v)))
	t.pc++
	return true
}

func opF32AddLoadAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 4, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint32(b[ea:]))
	} else if v, ok = t.loadSlowAt(o, addr, 4); !ok {
		return false
	}
	s[o.a] = uint64(num.F32Add(uint32(s[o.c]), uint32(v)))
	t.pc++
	return true
}

func opF32SubLoad(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 4, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint32(b[ea:]))
	} else if v, ok = t.loadSlow(o, 4); !ok {
		return false
	}
	s[o.a] = uint64(num.F32Sub(uint32(s[o.c]), uint32(v)))
	t.pc++
	return true
}

func opF32SubLoadAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 4, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint32(b[ea:]))
	} else if v, ok = t.loadSlowAt(o, addr, 4); !ok {
		return false
	}
	s[o.a] = uint64(num.F32Sub(uint32(s[o.c]), uint32(v)))
	t.pc++
	return true
}

func opF32MulLoad(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 4, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint32(b[ea:]))
	} else if v, ok = t.loadSlow(o, 4); !ok {
		return false
	}
	s[o.a] = uint64(num.F32Mul(uint32(s[o.c]), uint32(v)))
	t.pc++
	return true
}

func opF32MulLoadAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 4, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint32(b[ea:]))
	} else if v, ok = t.loadSlowAt(o, addr, 4); !ok {
		return false
	}
	s[o.a] = uint64(num.F32Mul(uint32(s[o.c]), uint32(v)))
	t.pc++
	return true
}

func opF64AddLoad(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 8, len(b))
	var v uint64
	if ok {
		v = binary.LittleEndian.Uint64(b[ea:])
	} else if v, ok = t.loadSlow(o, 8); !ok {
		return false
	}
	s[o.a] = num.F64Add(s[o.c], v)
	t.pc++
	return true
}

func opF64AddLoadAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 8, len(b))
	var v uint64
	if ok {
		v = binary.LittleEndian.Uint64(b[ea:])
	} else if v, ok = t.loadSlowAt(o, addr, 8); !ok {
		return false
	}
	s[o.a] = num.F64Add(s[o.c], v)
	t.pc++
	return true
}

func opF64SubLoad(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 8, len(b))
	var v uint64
	if ok {
		v = binary.LittleEndian.Uint64(b[ea:])
	} else if v, ok = t.loadSlow(o, 8); !ok {
		return false
	}
	s[o.a] = num.F64Sub(s[o.c], v)
	t.pc++
	return true
}

func opF64SubLoadAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 8, len(b))
	var v uint64
	if ok {
		v = binary.LittleEndian.Uint64(b[ea:])
	} else if v, ok = t.loadSlowAt(o, addr, 8); !ok {
		return false
	}
	s[o.a] = num.F64Sub(s[o.c], v)
	t.pc++
	return true
}

func opF64MulLoad(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 8, len(b))
	var v uint64
	if ok {
		v = binary.LittleEndian.Uint64(b[ea:])
	} else if v, ok = t.loadSlow(o, 8); !ok {
		return false
	}
	s[o.a] = num.F64Mul(s[o.c], v)
	t.pc++
	return true
}

func opF64MulLoadAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 8, len(b))
	var v uint64
	if ok {
		v = binary.LittleEndian.Uint64(b[ea:])
	} else if v, ok = t.loadSlowAt(o, addr, 8); !ok {
		return false
	}
	s[o.a] = num.F64Mul(s[o.c], v)
	t.pc++
	return true
}
