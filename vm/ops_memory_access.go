// Code generated once by a throwaway script from the access list; edited by hand since.

package vm

import (
	"encoding/binary"

	"wasmstep/vm/wasm"
)

// accessOps maps the loads and stores to their handlers. A load is
// s[a] = mem[s[b]+imm], a store mem[s[b]+imm] = s[c]; a flat memory is read
// in place and written in place unless a checkpoint tracks it (wflat);
// anything else goes through the slow path.
var accessOps = map[wasm.Op]handler{
	wasm.OpI32Load:    opI32Load,
	wasm.OpI64Load:    opI64Load,
	wasm.OpF32Load:    opF32Load,
	wasm.OpF64Load:    opF64Load,
	wasm.OpI32Load8S:  opI32Load8S,
	wasm.OpI32Load8U:  opI32Load8U,
	wasm.OpI32Load16S: opI32Load16S,
	wasm.OpI32Load16U: opI32Load16U,
	wasm.OpI64Load8S:  opI64Load8S,
	wasm.OpI64Load8U:  opI64Load8U,
	wasm.OpI64Load16S: opI64Load16S,
	wasm.OpI64Load16U: opI64Load16U,
	wasm.OpI64Load32S: opI64Load32S,
	wasm.OpI64Load32U: opI64Load32U,
	wasm.OpI32Store:   opI32Store,
	wasm.OpI64Store:   opI64Store,
	wasm.OpF32Store:   opF32Store,
	wasm.OpF64Store:   opF64Store,
	wasm.OpI32Store8:  opI32Store8,
	wasm.OpI32Store16: opI32Store16,
	wasm.OpI64Store8:  opI64Store8,
	wasm.OpI64Store16: opI64Store16,
	wasm.OpI64Store32: opI64Store32,
}

func opI32Load(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 4, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint32(b[ea:]))
	} else if v, ok = t.loadSlow(o, 4); !ok {
		return false
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64Load(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 8, len(b))
	var v uint64
	if ok {
		v = binary.LittleEndian.Uint64(b[ea:])
	} else if v, ok = t.loadSlow(o, 8); !ok {
		return false
	}
	s[o.a] = v
	t.pc++
	return true
}

func opF32Load(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 4, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint32(b[ea:]))
	} else if v, ok = t.loadSlow(o, 4); !ok {
		return false
	}
	s[o.a] = v
	t.pc++
	return true
}

func opF64Load(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 8, len(b))
	var v uint64
	if ok {
		v = binary.LittleEndian.Uint64(b[ea:])
	} else if v, ok = t.loadSlow(o, 8); !ok {
		return false
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI32Load8S(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 1, len(b))
	var v uint64
	if ok {
		v = uint64(b[ea])
	} else if v, ok = t.loadSlow(o, 1); !ok {
		return false
	}
	s[o.a] = uint64(uint32(int32(int8(v))))
	t.pc++
	return true
}

func opI32Load8U(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 1, len(b))
	var v uint64
	if ok {
		v = uint64(b[ea])
	} else if v, ok = t.loadSlow(o, 1); !ok {
		return false
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI32Load16S(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 2, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint16(b[ea:]))
	} else if v, ok = t.loadSlow(o, 2); !ok {
		return false
	}
	s[o.a] = uint64(uint32(int32(int16(v))))
	t.pc++
	return true
}

func opI32Load16U(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 2, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint16(b[ea:]))
	} else if v, ok = t.loadSlow(o, 2); !ok {
		return false
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64Load8S(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 1, len(b))
	var v uint64
	if ok {
		v = uint64(b[ea])
	} else if v, ok = t.loadSlow(o, 1); !ok {
		return false
	}
	s[o.a] = uint64(int64(int8(v)))
	t.pc++
	return true
}

func opI64Load8U(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 1, len(b))
	var v uint64
	if ok {
		v = uint64(b[ea])
	} else if v, ok = t.loadSlow(o, 1); !ok {
		return false
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64Load16S(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 2, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint16(b[ea:]))
	} else if v, ok = t.loadSlow(o, 2); !ok {
		return false
	}
	s[o.a] = uint64(int64(int16(v)))
	t.pc++
	return true
}

func opI64Load16U(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 2, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint16(b[ea:]))
	} else if v, ok = t.loadSlow(o, 2); !ok {
		return false
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI64Load32S(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 4, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint32(b[ea:]))
	} else if v, ok = t.loadSlow(o, 4); !ok {
		return false
	}
	s[o.a] = uint64(int64(int32(v)))
	t.pc++
	return true
}

func opI64Load32U(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.flat
	ea, ok := effAddr(s[o.b], o.imm, 4, len(b))
	var v uint64
	if ok {
		v = uint64(binary.LittleEndian.Uint32(b[ea:]))
	} else if v, ok = t.loadSlow(o, 4); !ok {
		return false
	}
	s[o.a] = v
	t.pc++
	return true
}

func opI32Store(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(s[o.b], o.imm, 4, len(b)); ok {
		binary.LittleEndian.PutUint32(b[ea:], uint32(x))
	} else if !t.storeSlow(o, 4, x) {
		return false
	}
	t.pc++
	return true
}

func opI64Store(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(s[o.b], o.imm, 8, len(b)); ok {
		binary.LittleEndian.PutUint64(b[ea:], x)
	} else if !t.storeSlow(o, 8, x) {
		return false
	}
	t.pc++
	return true
}

func opF32Store(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(s[o.b], o.imm, 4, len(b)); ok {
		binary.LittleEndian.PutUint32(b[ea:], uint32(x))
	} else if !t.storeSlow(o, 4, x) {
		return false
	}
	t.pc++
	return true
}

func opF64Store(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(s[o.b], o.imm, 8, len(b)); ok {
		binary.LittleEndian.PutUint64(b[ea:], x)
	} else if !t.storeSlow(o, 8, x) {
		return false
	}
	t.pc++
	return true
}

func opI32Store8(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(s[o.b], o.imm, 1, len(b)); ok {
		b[ea] = byte(x)
	} else if !t.storeSlow(o, 1, x) {
		return false
	}
	t.pc++
	return true
}

func opI32Store16(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(s[o.b], o.imm, 2, len(b)); ok {
		binary.LittleEndian.PutUint16(b[ea:], uint16(x))
	} else if !t.storeSlow(o, 2, x) {
		return false
	}
	t.pc++
	return true
}

func opI64Store8(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(s[o.b], o.imm, 1, len(b)); ok {
		b[ea] = byte(x)
	} else if !t.storeSlow(o, 1, x) {
		return false
	}
	t.pc++
	return true
}

func opI64Store16(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(s[o.b], o.imm, 2, len(b)); ok {
		binary.LittleEndian.PutUint16(b[ea:], uint16(x))
	} else if !t.storeSlow(o, 2, x) {
		return false
	}
	t.pc++
	return true
}

func opI64Store32(t *Thread, o *op) bool {
	s := t.s
	b := o.mem.wflat
	x := s[o.c]
	if ea, ok := effAddr(s[o.b], o.imm, 4, len(b)); ok {
		binary.LittleEndian.PutUint32(b[ea:], uint32(x))
	} else if !t.storeSlow(o, 4, x) {
		return false
	}
	t.pc++
	return true
}
