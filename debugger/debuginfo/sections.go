package debuginfo

import (
	"encoding/binary"
	"errors"
	"strings"
)

// section is a section of a .wasm file found by a raw walk of its headers.
// The module decoder keeps custom sections without their offsets and does
// not record where the code section starts, which DWARF addresses count
// from; both come from this walk instead of widening the module model.
type section struct {
	id     byte
	name   string // custom sections only
	offset int    // file offset of the contents (after the custom name)
	data   []byte
}

const (
	idCustom = 0
	idCode   = 10
)

var errHeader = errors.New("not a WebAssembly binary")

// walkSections lists the sections of a binary module. The module was
// decoded already, so a malformed header here is only possible in a side
// file, which gets an error rather than a panic.
func walkSections(b []byte) ([]section, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errHeader
	}
	var out []section
	pos := 8
	for pos < len(b) {
		id := b[pos]
		size, n := uleb(b[pos+1:])
		if n == 0 || uint64(len(b)-pos-1-n) < size {
			return out, errors.New("truncated section header")
		}
		start := pos + 1 + n
		end := start + int(size)
		s := section{id: id, offset: start, data: b[start:end]}
		if id == idCustom {
			l, m := uleb(s.data)
			if m == 0 || uint64(len(s.data)-m) < l {
				return out, errors.New("truncated custom section name")
			}
			s.name = string(s.data[m : m+int(l)])
			s.offset += m + int(l)
			s.data = s.data[m+int(l):]
		}
		out = append(out, s)
		pos = end
	}
	return out, nil
}

// uleb decodes an unsigned LEB128; n is 0 when it is truncated or too long.
func uleb(b []byte) (v uint64, n int) {
	var shift uint
	for i, c := range b {
		if shift >= 64 {
			return 0, 0
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v, i + 1
		}
		shift += 7
	}
	return 0, 0
}

// sleb decodes a signed LEB128; n is 0 when it is truncated or too long.
func sleb(b []byte) (v int64, n int) {
	var shift uint
	for i, c := range b {
		if shift >= 64 {
			return 0, 0
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v, i + 1
		}
	}
	return 0, 0
}

// debugSections collects the .debug_* custom sections by name, and the side
// file an external_debug_info section names.
func debugSections(secs []section) (dbg map[string]section, external string) {
	dbg = map[string]section{}
	for _, s := range secs {
		switch {
		case s.id != idCustom:
		case strings.HasPrefix(s.name, ".debug_"):
			dbg[s.name] = s
		case s.name == "external_debug_info":
			if l, n := uleb(s.data); n > 0 && uint64(len(s.data)-n) >= l {
				external = string(s.data[n : n+int(l)])
			}
		}
	}
	return dbg, external
}

func codeStart(secs []section) (int, bool) {
	for _, s := range secs {
		if s.id == idCode {
			return s.offset, true
		}
	}
	return 0, false
}

func le32(b []byte) uint32 { return binary.LittleEndian.Uint32(b) }
