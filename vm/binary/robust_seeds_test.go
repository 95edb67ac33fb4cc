package binary

import "bytes"

// robustSeeds are binary forms of the robustness reproductions: a body
// nested 3,000 deep, a function declaring 2^32-1 locals, and a memory64
// and a table declared past the host's limits.
func robustSeeds() [][]byte {
	const n = 3000
	deep := cat([]byte{0x00}, bytes.Repeat([]byte{0x02, 0x40}, n), bytes.Repeat([]byte{0x0b}, n+1))
	return [][]byte{
		module(typeVoid, oneFunc, section(secCode, cat([]byte{1}, appendU32(nil, uint32(len(deep))), deep)...)),
		module(typeVoid, oneFunc, section(secCode, 1, 8, 0x01, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x7f, 0x0b)),
		module(section(5, 0x01, 0x04, 0x80, 0x80, 0x80, 0x80, 0x01)),
		module(section(4, 0x01, 0x70, 0x00, 0x80, 0x80, 0x80, 0x40)),
	}
}

func appendU32(b []byte, v uint32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
