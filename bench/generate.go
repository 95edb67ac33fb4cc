package bench

import "encoding/binary"

// ManyFunctions builds a binary module of n functions of type (i32)->i32,
// each a chain of adds of 5-byte constants (about 160 bytes and 57
// instructions a function), and a _start that calls the first. It stands
// for a big compiled program whose functions are mostly never looked at.
func ManyFunctions(n int) []byte {
	m := []byte("\x00asm\x01\x00\x00\x00")
	// Types: 0 = () -> (), 1 = (i32) -> (i32).
	m = section(m, 1, []byte{2, 0x60, 0, 0, 0x60, 1, 0x7f, 1, 0x7f})
	funcs := binary.AppendUvarint(nil, uint64(n+1))
	funcs = append(funcs, 0)
	for range n {
		funcs = append(funcs, 1)
	}
	m = section(m, 3, funcs)
	m = section(m, 7, []byte{1, 6, '_', 's', 't', 'a', 'r', 't', 0, 0})
	code := binary.AppendUvarint(nil, uint64(n+1))
	code = appendBody(code, []byte{0x41, 7, 0x10, 1, 0x1a}) // i32.const 7, call 1, drop
	for i := range n {
		var b []byte
		for k := range 14 {
			c := uint32(i*14 + k)
			b = append(b, 0x20, 0, 0x41) // local.get 0, i32.const c
			b = append(b, 0x80|byte(c), 0x80|byte(c>>7), 0x80|byte(c>>14), 0x80|byte(c>>21), byte(c>>28)&0x07)
			b = append(b, 0x6a, 0x21, 0) // i32.add, local.set 0
		}
		b = append(b, 0x20, 0) // local.get 0
		code = appendBody(code, b)
	}
	return section(m, 10, code)
}

// appendBody appends a function body without locals ending in end.
func appendBody(code, instrs []byte) []byte {
	code = binary.AppendUvarint(code, uint64(len(instrs)+2))
	code = append(code, 0)
	code = append(code, instrs...)
	return append(code, 0x0b)
}

func section(m []byte, id byte, content []byte) []byte {
	m = append(m, id)
	m = binary.AppendUvarint(m, uint64(len(content)))
	return append(m, content...)
}
