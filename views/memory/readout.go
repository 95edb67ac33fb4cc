package memory

import (
	"encoding/binary"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxString is how many bytes the string readout decodes at most.
const maxString = 64

// numbers formats the little-endian values that start at addr; types that
// would read past the end of the memory show a dash.
func numbers(src Source, addr uint64) string {
	var b [8]byte
	n := src.ReadAt(b[:], addr)
	val := func(size int, format func() string) string {
		if n < size {
			return "—"
		}
		return format()
	}
	u16 := func() uint16 { return binary.LittleEndian.Uint16(b[:]) }
	u32 := func() uint32 { return binary.LittleEndian.Uint32(b[:]) }
	u64 := func() uint64 { return binary.LittleEndian.Uint64(b[:]) }
	return fmt.Sprintf("i8 %s  u8 %s  i16 %s  u16 %s\ni32 %s  u32 %s  f32 %s\ni64 %s  u64 %s  f64 %s",
		val(1, func() string { return fmt.Sprint(int8(b[0])) }),
		val(1, func() string { return fmt.Sprint(b[0]) }),
		val(2, func() string { return fmt.Sprint(int16(u16())) }),
		val(2, func() string { return fmt.Sprint(u16()) }),
		val(4, func() string { return fmt.Sprint(int32(u32())) }),
		val(4, func() string { return fmt.Sprint(u32()) }),
		val(4, func() string { return fmt.Sprint(math.Float32frombits(u32())) }),
		val(8, func() string { return fmt.Sprint(int64(u64())) }),
		val(8, func() string { return fmt.Sprint(u64()) }),
		val(8, func() string { return fmt.Sprint(math.Float64frombits(u64())) }))
}

// utf8At decodes the bytes at addr as UTF-8 up to a NUL or maxString bytes,
// quoting them; invalid bytes and control characters are escaped.
func utf8At(src Source, addr uint64) string {
	buf := make([]byte, maxString)
	buf = buf[:src.ReadAt(buf, addr)]
	full := len(buf) == maxString
	if i := strings.IndexByte(string(buf), 0); i >= 0 {
		buf, full = buf[:i], false
	}
	var sb strings.Builder
	sb.WriteByte('"')
	for len(buf) > 0 {
		r, size := utf8.DecodeRune(buf)
		switch {
		case r == utf8.RuneError && size <= 1:
			fmt.Fprintf(&sb, `\x%02x`, buf[0])
		case r == '"' || r == '\\':
			sb.WriteString(`\` + string(r))
		case !unicode.IsPrint(r):
			q := strconv.QuoteRuneToASCII(r)
			sb.WriteString(q[1 : len(q)-1])
		default:
			sb.WriteRune(r)
		}
		buf = buf[size:]
	}
	sb.WriteByte('"')
	if full {
		sb.WriteString("…")
	}
	return sb.String()
}
