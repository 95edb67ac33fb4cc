package stack

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"wasmstep/vm/wasm"
)

// Value is one typed Wasm value as the views show it.
type Value struct {
	Type wasm.ValType
	// Lo and Hi hold the bits: i32 and f32 in the low 32 bits of Lo, i64 and
	// f64 in Lo, v128 as Lo = bytes 0-7 and Hi = bytes 8-15 (little-endian).
	Lo, Hi uint64
	// Ref describes a reference, e.g. "null", "func $f", "struct #12".
	Ref string
}

// Format is how numbers are written.
type Format uint8

// Number formats. Hex shows the raw bits of every type; Float reads
// integers' bits as the float of the same width (what reinterpret does).
const (
	Dec Format = iota
	Hex
	Float
)

// Formats names the formats for selectors, in Format order.
var Formats = []string{"dec", "hex", "float"}

// Text writes v's value (not its type) in format f; a v128 is written as
// lanes of shape l, lane 0 first.
func (v Value) Text(f Format, l Shape) string {
	switch v.Type.Kind {
	case wasm.KindI32:
		return intText(v.Lo, 32, f)
	case wasm.KindI64:
		return intText(v.Lo, 64, f)
	case wasm.KindF32:
		return floatText(v.Lo, 32, f)
	case wasm.KindF64:
		return floatText(v.Lo, 64, f)
	case wasm.KindV128:
		return l.text(v.Lo, v.Hi, f)
	case wasm.KindRef:
		return v.Ref
	}
	return "?"
}

// intText writes the low bits of x as a signed integer, its bits in hex,
// or for 32 and 64 bits the float with those bits.
func intText(x uint64, bits int, f Format) string {
	x &= mask(bits)
	switch {
	case f == Hex:
		return hexText(x, bits)
	case f == Float && (bits == 32 || bits == 64):
		return floatText(x, bits, Float)
	}
	shift := 64 - bits
	return strconv.FormatInt(int64(x<<shift)>>shift, 10)
}

func hexText(x uint64, bits int) string {
	return fmt.Sprintf("0x%0*x", bits/4, x)
}

// floatText writes a float the way the text format does: nan, -inf,
// nan:0x... for a NaN with a non-canonical payload.
func floatText(x uint64, bits int, f Format) string {
	x &= mask(bits)
	if f == Hex {
		return hexText(x, bits)
	}
	var v float64
	var payload, quiet uint64
	if bits == 32 {
		v = float64(math.Float32frombits(uint32(x)))
		payload, quiet = x&(1<<23-1), 1<<22
	} else {
		v = math.Float64frombits(x)
		payload, quiet = x&(1<<52-1), 1<<51
	}
	sign := ""
	if x>>(bits-1) != 0 {
		sign = "-"
	}
	switch {
	case math.IsNaN(v) && payload == quiet:
		return sign + "nan"
	case math.IsNaN(v):
		return sign + "nan:" + fmt.Sprintf("0x%x", payload)
	case math.IsInf(v, 0):
		return sign + "inf"
	}
	return strings.Replace(strconv.FormatFloat(v, 'g', -1, bits), "e+", "e", 1)
}

func mask(bits int) uint64 {
	if bits == 64 {
		return math.MaxUint64
	}
	return 1<<bits - 1
}
