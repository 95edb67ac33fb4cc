package host

import (
	"encoding/binary"

	"wasmstep/vm"
)

// wasiCall is one call of a WASI function: its arguments and the caller's
// memory, with bounds-checked accessors (a bad pointer is EFAULT, never a
// crash).
type wasiCall struct {
	w    *WASI
	mem  *vm.Memory
	args []vm.Value
}

func (c *wasiCall) u32(i int) uint32 { return uint32(c.args[i].Bits) }
func (c *wasiCall) u64(i int) uint64 { return c.args[i].Bits }

// read returns n bytes of memory at ptr, or false if they are outside it.
func (c *wasiCall) read(ptr, n uint32) ([]byte, bool) {
	if c.mem == nil || uint64(n) > c.mem.Size() {
		return nil, false
	}
	b := make([]byte, n)
	return b, c.mem.ReadAt(b, uint64(ptr))
}

func (c *wasiCall) write(ptr uint32, b []byte) bool {
	return c.mem != nil && c.mem.WriteAt(b, uint64(ptr))
}

func (c *wasiCall) putU32(ptr, v uint32) bool {
	return c.write(ptr, binary.LittleEndian.AppendUint32(nil, v))
}

func (c *wasiCall) putU64(ptr uint32, v uint64) bool {
	return c.write(ptr, binary.LittleEndian.AppendUint64(nil, v))
}

// str reads a path or name argument.
func (c *wasiCall) str(ptr, n uint32) (string, bool) {
	b, ok := c.read(ptr, n)
	return string(b), ok
}

// iovecs reads an array of n (buf, len) pairs.
func (c *wasiCall) iovecs(ptr, n uint32) ([][2]uint32, bool) {
	if n > 1<<20 {
		return nil, false
	}
	raw, ok := c.read(ptr, n*8)
	if !ok {
		return nil, false
	}
	v := make([][2]uint32, n)
	for i := range v {
		v[i] = [2]uint32{binary.LittleEndian.Uint32(raw[i*8:]), binary.LittleEndian.Uint32(raw[i*8+4:])}
	}
	return v, true
}

// result writes an errno-returning function's out-value, or reports EFAULT.
func result(ok bool) errno {
	if ok {
		return errSuccess
	}
	return errFault
}
