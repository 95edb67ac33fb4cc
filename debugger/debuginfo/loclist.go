package debuginfo

import (
	"encoding/binary"
	"fmt"
)

// listRef names a variable's location list.
type listRef struct {
	kind listKind
	n    int64 // the .debug_loc offset, or the loclistx index
}

type listKind uint8

const (
	listNone  listKind = iota
	listLoc            // DWARF 4 .debug_loc
	listIndex          // DWARF 5 .debug_loclists, by index
)

// locExpr picks the expression of a variable that applies at address pc:
// its single expression, or the entry of its location list whose range
// holds pc. nil means it is optimized out there.
func (in *Info) locExpr(v *Var, pc uint64) ([]byte, error) {
	switch v.list.kind {
	case listLoc:
		return in.debugLoc(v, pc)
	case listIndex:
		return in.debugLoclists(v, pc)
	}
	return v.expr, nil
}

// debugLoc reads a DWARF 4 list: address pairs relative to the unit's
// base, a base address selection entry, or the (0, 0) end.
func (in *Info) debugLoc(v *Var, pc uint64) ([]byte, error) {
	b := in.sec(".debug_loc")
	base := uint64(0)
	if v.unit != nil {
		base = v.unit.base
	}
	for off := v.list.n; ; {
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

// DWARF 5 location list entry kinds (DW_LLE_*).
const (
	lleEndOfList       = 0x00
	lleBaseAddressx    = 0x01
	lleStartxEndx      = 0x02
	lleStartxLength    = 0x03
	lleOffsetPair      = 0x04
	lleDefaultLocation = 0x05
	lleBaseAddress     = 0x06
	lleStartEnd        = 0x07
	lleStartLength     = 0x08
)

// debugLoclists reads a DWARF 5 list, found through the unit's offsets
// table at DW_AT_loclists_base (32-bit DWARF, 4-byte addresses: wasm32).
func (in *Info) debugLoclists(v *Var, pc uint64) ([]byte, error) {
	b := in.sec(".debug_loclists")
	u := v.unit
	if u == nil {
		return nil, fmt.Errorf("location list %d outside a unit", v.list.n)
	}
	at := u.loclistsBase + 4*v.list.n
	if at < 0 || at+4 > int64(len(b)) {
		return nil, fmt.Errorf(".debug_loclists at offset 0x%x: location list index %d out of range", at, v.list.n)
	}
	r := &cursor{b: b, off: u.loclistsBase + int64(binary.LittleEndian.Uint32(b[at:]))}
	base := u.base
	for {
		kind := r.byte()
		var lo, hi uint64
		switch kind {
		case lleEndOfList:
			return nil, r.err
		case lleBaseAddressx:
			base = in.addrx(u, r.uleb(), r)
			continue
		case lleBaseAddress:
			base = r.addr()
			continue
		case lleStartxEndx:
			lo, hi = in.addrx(u, r.uleb(), r), in.addrx(u, r.uleb(), r)
		case lleStartxLength:
			lo = in.addrx(u, r.uleb(), r)
			hi = lo + r.uleb()
		case lleOffsetPair:
			lo, hi = base+r.uleb(), base+r.uleb()
		case lleDefaultLocation:
			lo, hi = 0, ^uint64(0)
		case lleStartEnd:
			lo, hi = r.addr(), r.addr()
		case lleStartLength:
			lo = r.addr()
			hi = lo + r.uleb()
		default:
			return nil, fmt.Errorf(".debug_loclists at offset 0x%x: unknown entry kind 0x%x", r.off-1, kind)
		}
		expr := r.bytes(int64(r.uleb()))
		if r.err != nil {
			return nil, r.err
		}
		if lo <= pc && pc < hi {
			return expr, nil
		}
	}
}

// addrx reads entry i of the unit's .debug_addr table.
func (in *Info) addrx(u *unit, i uint64, r *cursor) uint64 {
	b := in.sec(".debug_addr")
	at := u.addrBase + 4*int64(i)
	if at < 0 || at+4 > int64(len(b)) {
		r.fail(fmt.Errorf(".debug_addr at offset 0x%x: address index %d out of range", at, i))
		return 0
	}
	return uint64(binary.LittleEndian.Uint32(b[at:]))
}

// cursor reads a section with a sticky error naming the offset.
type cursor struct {
	b   []byte
	off int64
	err error
}

func (c *cursor) fail(err error) {
	if c.err == nil {
		c.err = err
	}
	c.off = int64(len(c.b))
}

func (c *cursor) bytes(n int64) []byte {
	if c.err != nil || n < 0 || c.off < 0 || c.off+n > int64(len(c.b)) {
		c.fail(fmt.Errorf(".debug_loclists at offset 0x%x: truncated location list", c.off))
		return nil
	}
	out := c.b[c.off : c.off+n]
	c.off += n
	return out
}

func (c *cursor) byte() byte {
	if b := c.bytes(1); b != nil {
		return b[0]
	}
	return lleEndOfList
}

func (c *cursor) addr() uint64 {
	if b := c.bytes(4); b != nil {
		return uint64(binary.LittleEndian.Uint32(b))
	}
	return 0
}

func (c *cursor) uleb() uint64 {
	if c.err != nil || c.off < 0 || c.off > int64(len(c.b)) {
		c.fail(fmt.Errorf(".debug_loclists at offset 0x%x: truncated location list", c.off))
		return 0
	}
	v, n := uleb(c.b[c.off:])
	if n == 0 {
		c.fail(fmt.Errorf(".debug_loclists at offset 0x%x: bad LEB128", c.off))
		return 0
	}
	c.off += int64(n)
	return v
}
