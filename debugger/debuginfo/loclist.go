package debuginfo

import (
	"encoding/binary"
	"fmt"
)

// locExpr picks the expression of a variable that applies at address pc:
// its single expression, or the entry of its location list (.debug_loc,
// DWARF 4) whose range holds pc. nil means it is optimized out there.
func (in *Info) locExpr(v *Var, pc uint64) ([]byte, error) {
	if !v.hasList {
		return v.expr, nil
	}
	b := in.sec(".debug_loc")
	if b == nil {
		return nil, fmt.Errorf("location list 0x%x: only DWARF 4 .debug_loc lists are supported", v.loclist)
	}
	base := uint64(0)
	if v.unit != nil {
		base = v.unit.base
	}
	for off := v.loclist; ; {
		if off < 0 || off+8 > int64(len(b)) {
			return nil, fmt.Errorf(".debug_loc at offset 0x%x: truncated location list", off)
		}
		lo := uint64(binary.LittleEndian.Uint32(b[off:]))
		hi := uint64(binary.LittleEndian.Uint32(b[off+4:]))
		off += 8
		switch {
		case lo == 0 && hi == 0:
			return nil, nil
		case lo == 0xffffffff: // base address selection
			base = hi
			continue
		}
		if off+2 > int64(len(b)) {
			return nil, fmt.Errorf(".debug_loc at offset 0x%x: truncated location list", off)
		}
		n := int64(binary.LittleEndian.Uint16(b[off:]))
		off += 2
		if off+n > int64(len(b)) {
			return nil, fmt.Errorf(".debug_loc at offset 0x%x: truncated location expression", off)
		}
		if base+lo <= pc && pc < base+hi {
			return b[off : off+n], nil
		}
		off += n
	}
}
