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

// Groupings of the values at the cursor into lines: a few long lines below
// the grid, a narrow column of pairs beside it.
var (
	wideLines   = [][]int{{0, 1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	narrowLines = [][]int{{0, 1}, {2, 3}, {4, 5}, {6}, {7}, {8}, {9}}
)

// narrowPair is the width of the first value of a pair in the narrow
// column, so the second values line up ("i32 -2147483648" and two blanks).
const narrowPair = 17

// numbers formats the little-endian values that start at addr, grouped
// into lines; pad is the width the first values of a line are padded to
// (0: two blanks apart).
func numbers(src Source, addr uint64, lines [][]int, pad int) string {
	vals := values(src, addr)
	var sb strings.Builder
	for i, line := range lines {
		if i > 0 {
			sb.WriteByte('\n')
		}
		for k, v := range line {
			sb.WriteString(vals[v])
			if k < len(line)-1 {
				sb.WriteString(strings.Repeat(" ", max(2, pad-utf8.RuneCountInString(vals[v]))))
			}
		}
	}
	return sb.String()
}

// values are i8 u8 i16 u16 i32 u32 f32 i64 u64 f64 at addr, each with its
// type's name; types that would read past the end of the memory show a dash,
// those whose bytes are not at hand yet an ellipsis.
func values(src Source, addr uint64) [10]string {
	var b [8]byte
	n := src.ReadAt(b[:], addr)
	val := func(name string, size int, format func() string) string {
		if n < size && addr+uint64(size) <= src.Size() {
			return name + " …"
		}
		if n < size {
			return name + " —"
		}
		return name + " " + format()
	}
	u16 := func() uint16 { return binary.LittleEndian.Uint16(b[:]) }
	u32 := func() uint32 { return binary.LittleEndian.Uint32(b[:]) }
	u64 := func() uint64 { return binary.LittleEndian.Uint64(b[:]) }
	return [10]string{
		val("i8", 1, func() string { return fmt.Sprint(int8(b[0])) }),
		val("u8", 1, func() string { return fmt.Sprint(b[0]) }),
		val("i16", 2, func() string { return fmt.Sprint(int16(u16())) }),
		val("u16", 2, func() string { return fmt.Sprint(u16()) }),
		val("i32", 4, func() string { return fmt.Sprint(int32(u32())) }),
		val("u32", 4, func() string { return fmt.Sprint(u32()) }),
		val("f32", 4, func() string { return fmt.Sprint(math.Float32frombits(u32())) }),
		val("i64", 8, func() string { return fmt.Sprint(int64(u64())) }),
		val("u64", 8, func() string { return fmt.Sprint(u64()) }),
		val("f64", 8, func() string { return fmt.Sprint(math.Float64frombits(u64())) }),
	}
}

// utf8At decodes the bytes at addr as UTF-8 up to a NUL or maxString bytes,
// quoting them; invalid bytes, control characters and combining marks with
// no base character to combine with (drawn as a replacement glyph) are
// escaped.
func utf8At(src Source, addr uint64) string {
	buf := make([]byte, maxString)
	buf = buf[:src.ReadAt(buf, addr)]
	full := len(buf) == maxString
	if i := strings.IndexByte(string(buf), 0); i >= 0 {
		buf, full = buf[:i], false
	}
	var sb strings.Builder
	sb.WriteByte('"')
	base := false // the last rune written is a printed character a mark may combine with
	for len(buf) > 0 {
		r, size := utf8.DecodeRune(buf)
		mark := unicode.Is(unicode.M, r)
		switch {
		case r == utf8.RuneError && size <= 1:
			fmt.Fprintf(&sb, `\x%02x`, buf[0])
			base = false
		case r == '"' || r == '\\':
			sb.WriteString(`\` + string(r))
			base = false
		case !unicode.IsPrint(r) || mark && !base:
			q := strconv.QuoteRuneToASCII(r)
			sb.WriteString(q[1 : len(q)-1])
			base = false
		default:
			sb.WriteRune(r)
			base = true
		}
		buf = buf[size:]
	}
	sb.WriteByte('"')
	if full {
		sb.WriteString("…")
	}
	return sb.String()
}
