// Code generated once by a throwaway script from ops_memory_access.go; edited by hand since.

package vm

import (
	"encoding/binary"

	"wasmstep/vm/wasm"
)

// addrAddOps maps the loads and stores to their fast-form variants whose
// address is an i32.add of a constant fused into the access: the address
// is uint32(s[b] + d), then the access proceeds as in accessOps (memory32
// only: the add wraps at 32 bits, the offset does not).
var addrAddOps = map[wasm.Op]handler{
	wasm.OpI32Load:    opI32LoadAddr,
	wasm.OpI64Load:    opI64LoadAddr,
	wasm.OpF32Load:    opF32LoadAddr,
	wasm.OpF64Load:    opF64LoadAddr,
	wasm.OpI32Load8S:  opI32Load8SAddr,
	wasm.OpI32Load8U:  opI32Load8UAddr,
	wasm.OpI32Load16S: opI32Load16SAddr,
	wasm.OpI32Load16U: opI32Load16UAddr,
	wasm.OpI64Load8S:  opI64Load8SAddr,
	wasm.OpI64Load8U:  opI64Load8UAddr,
	wasm.OpI64Load16S: opI64Load16SAddr,
	wasm.OpI64Load16U: opI64Load16UAddr,
	wasm.OpI64Load32S: opI64Load32SAddr,
	wasm.OpI64Load32U: opI64Load32UAddr,
	wasm.OpI32Store:   opI32StoreAddr,
	wasm.OpI64Store:   opI64StoreAddr,
	wasm.OpF32Store:   opF32StoreAddr,
	wasm.OpF64Store:   opF64StoreAddr,
	wasm.OpI32Store8:  opI32Store8Addr,
	wasm.OpI32Store16: opI32Store16Addr,
	wasm.OpI64Store8:  opI64Store8Addr,
	wasm.OpI64Store16: opI64Store16Addr,
	wasm.OpI64Store32: opI64Store32Addr,
}

func opI32LoadAddr(t *Thread, o *op) bool {
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
	s[o.a] = v
	t.pc++
	return true
}

func opI64LoadAddr(t *Thread, o *op) bool {
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
	s[o.a] = v
	t.pc++
	return true
}

func opF32LoadAddr(t *Thread, o *op) bool {
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
	s[o.a] = v
	t.pc++
	return true
}

func opF64LoadAddr(t *Thread, o *op) bool {
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
	s[o.a] = v
	t.pc++
	return true
}

func opI32Load8SAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 1, len(b))
	var v uint64
	if ok {
		v = uint64(b[ea])
	} else if v, ok = t.loadSlowAt(o, addr, 1); !ok {
		return false
	}
	s[o.a] = uint64(uint32(int32(int8(v))))
	t.pc++
	return true
}

func opI32Load8UAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 1, len(b))
	var v uint64
	if ok {
		v = uint64(b[ea])
	} else if v, ok = t.loadSlowAt(o, addr, 1); !ok {
		return false
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI32Load16SAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 2, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint16(b[ea:]))
	} else if v, ok = t.loadSlowAt(o, addr, 2); !ok {
		return false
	}
	s[o.a] = uint64(uint32(int32(int16(v))))
	t.pc++
	return true
}

func opI32Load16UAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 2, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint16(b[ea:]))
	} else if v, ok = t.loadSlowAt(o, addr, 2); !ok {
		return false
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64Load8SAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 1, len(b))
	var v uint64
	if ok {
		v = uint64(b[ea])
	} else if v, ok = t.loadSlowAt(o, addr, 1); !ok {
		return false
	}
	s[o.a] = uint64(int64(int8(v)))
	t.pc++
	return true
}

func opI64Load8UAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 1, len(b))
	var v uint64
	if ok {
		v = uint64(b[ea])
	} else if v, ok = t.loadSlowAt(o, addr, 1); !ok {
		return false
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64Load16SAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 2, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint16(b[ea:]))
	} else if v, ok = t.loadSlowAt(o, addr, 2); !ok {
		return false
	}
	s[o.a] = uint64(int64(int16(v)))
	t.pc++
	return true
}

func opI64Load16UAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.flat
	ea, ok := effAddr(addr, o.imm, 2, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint16(b[ea:]))
	} else if v, ok = t.loadSlowAt(o, addr, 2); !ok {
		return false
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64Load32SAddr(t *Thread, o *op) bool {
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
	s[o.a] = uint64(int64(int32(v)))
	t.pc++
	return true
}

func opI64Load32UAddr(t *Thread, o *op) bool {
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
	s[o.a] = v
	t.pc++
	return true
}

func opI32StoreAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(addr, o.imm, 4, len(b)); ok {
		binary.LittleEndian.PutUint32(b[ea:], uint32(x))
	} else if !t.storeSlowAt(o, addr, 4, x) {
		return false
	}
	t.pc++
	return true
}

func opI64StoreAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(addr, o.imm, 8, len(b)); ok {
		binary.LittleEndian.PutUint64(b[ea:], x)
	} else if !t.storeSlowAt(o, addr, 8, x) {
		return false
	}
	t.pc++
	return true
}

func opF32StoreAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(addr, o.imm, 4, len(b)); ok {
		binary.LittleEndian.PutUint32(b[ea:], uint32(x))
	} else if !t.storeSlowAt(o, addr, 4, x) {
		return false
	}
	t.pc++
	return true
}

func opF64StoreAddr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(addr, o.imm, 8, len(b)); ok {
		binary.LittleEndian.PutUint64(b[ea:], x)
	} else if !t.storeSlowAt(o, addr, 8, x) {
		return false
	}
	t.pc++
	return true
}

func opI32Store8Addr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(addr, o.imm, 1, len(b)); ok {
		b[ea] = byte(x)
	} else if !t.storeSlowAt(o, addr, 1, x) {
		return false
	}
	t.pc++
	return true
}

func opI32Store16Addr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(addr, o.imm, 2, len(b)); ok {
		binary.LittleEndian.PutUint16(b[ea:], uint16(x))
	} else if !t.storeSlowAt(o, addr, 2, x) {
		return false
	}
	t.pc++
	return true
}

func opI64Store8Addr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(addr, o.imm, 1, len(b)); ok {
		b[ea] = byte(x)
	} else if !t.storeSlowAt(o, addr, 1, x) {
		return false
	}
	t.pc++
	return true
}

func opI64Store16Addr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(addr, o.imm, 2, len(b)); ok {
		binary.LittleEndian.PutUint16(b[ea:], uint16(x))
	} else if !t.storeSlowAt(o, addr, 2, x) {
		return false
	}
	t.pc++
	return true
}

func opI64Store32Addr(t *Thread, o *op) bool {
	s := t.s
	addr := uint64(uint32(s[o.b]) + uint32(o.d))
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(addr, o.imm, 4, len(b)); ok {
		binary.LittleEndian.PutUint32(b[ea:], uint32(x))
	} else if !t.storeSlowAt(o, addr, 4, x) {
		return false
	}
	t.pc++
	return true
}
