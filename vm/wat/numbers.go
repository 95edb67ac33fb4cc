package wat

import (
	"errors"
	"math"
	"math/bits"
	"strconv"
	"strings"
)

// Number literal errors. A literal that does not have the shape of a number
// is errSyntax; a well-formed one that does not fit is errRange.
var (
	errSyntax = errors.New("malformed number")
	errRange  = errors.New("constant out of range")
)

// digitsOK checks a digit string with '_' separators: at least one digit,
// and each '_' between two digits.
func digitsOK(s string, hex bool) bool {
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if s[i+1] == '_' {
				return false
			}
			continue
		}
		if _, ok := hexDigit(c); !ok || (!hex && (c < '0' || c > '9')) {
			return false
		}
	}
	return true
}

// splitSign removes a leading '+' or '-'.
func splitSign(s string) (neg, signed bool, rest string) {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[0] == '-', true, s[1:]
	}
	return false, false, s
}

// parseNat parses an unsigned decimal or 0x-hex integer without sign.
func parseNat(s string) (uint64, error) {
	base := uint64(10)
	hex := strings.HasPrefix(s, "0x")
	if hex {
		s, base = s[2:], 16
	}
	if !digitsOK(s, hex) {
		return 0, errSyntax
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		if s[i] == '_' {
			continue
		}
		d, _ := hexDigit(s[i])
		hi, lo := bits.Mul64(v, base)
		lo, carry := bits.Add64(lo, uint64(d), 0)
		if hi != 0 || carry != 0 {
			return 0, errRange
		}
		v = lo
	}
	return v, nil
}

// parseU32 parses an unsigned 32-bit literal (an index, a count, an alignment).
func parseU32(s string) (uint32, error) {
	v, err := parseNat(s)
	if err == nil && v > math.MaxUint32 {
		err = errRange
	}
	return uint32(v), err
}

// parseU64 parses an unsigned 64-bit literal (limits, offsets).
func parseU64(s string) (uint64, error) { return parseNat(s) }

// parseInt parses an integer literal of the given width (32 or 64) in
// either the signed or the unsigned interpretation and returns its bits.
func parseInt(s string, width uint) (uint64, error) {
	neg, signed, rest := splitSign(s)
	v, err := parseNat(rest)
	if err != nil {
		return 0, err
	}
	limit := uint64(1)<<(width-1) - 1 // largest positive signed value
	switch {
	case neg:
		if v > limit+1 {
			return 0, errRange
		}
		v = -v
	case signed:
		if v > limit {
			return 0, errRange
		}
	default:
		if width < 64 && v >= 1<<width {
			return 0, errRange
		}
	}
	if width < 64 {
		v &= 1<<width - 1
	}
	return v, nil
}

// floatFormat describes an IEEE binary format.
type floatFormat struct {
	bits     int // 32 or 64
	mantBits uint
	expMask  uint64 // exponent bits, in place
}

var (
	f32Format = floatFormat{32, 23, 0x7F800000}
	f64Format = floatFormat{64, 52, 0x7FF0000000000000}
)

// parseF32 parses a float literal to f32 bits.
func parseF32(s string) (uint32, error) {
	v, err := parseFloat(s, f32Format)
	return uint32(v), err
}

// parseF64 parses a float literal to f64 bits.
func parseF64(s string) (uint64, error) { return parseFloat(s, f64Format) }

// parseFloat parses a decimal or hexadecimal float, inf, nan or nan:0xN,
// rounding to nearest, ties to even.
func parseFloat(s string, f floatFormat) (uint64, error) {
	neg, _, rest := splitSign(s)
	sign := uint64(0)
	if neg {
		sign = 1 << (f.bits - 1)
	}
	switch {
	case rest == "inf":
		return sign | f.expMask, nil
	case rest == "nan":
		return sign | f.expMask | 1<<(f.mantBits-1), nil
	case strings.HasPrefix(rest, "nan:0x"):
		payload, err := parseNat(rest[4:])
		if err != nil {
			return 0, err
		}
		if payload == 0 || payload >= 1<<f.mantBits {
			return 0, errRange
		}
		return sign | f.expMask | payload, nil
	}
	clean, ok := floatSyntax(rest)
	if !ok {
		return 0, errSyntax
	}
	if neg {
		clean = "-" + clean
	}
	v, err := strconv.ParseFloat(clean, f.bits)
	if err != nil && !math.IsInf(v, 0) {
		// Underflow reports a range error too, but rounds correctly to zero
		// or a subnormal, which the text format allows.
		var numErr *strconv.NumError
		if !errors.As(err, &numErr) || numErr.Err != strconv.ErrRange {
			return 0, errSyntax
		}
	}
	if math.IsInf(v, 0) {
		return 0, errRange
	}
	if f.bits == 32 {
		return uint64(math.Float32bits(float32(v))), nil
	}
	return math.Float64bits(v), nil
}

// floatSyntax checks the text format's float grammar (without sign, inf and
// nan) and returns the literal without '_' in a form strconv accepts.
func floatSyntax(s string) (string, bool) {
	hex := strings.HasPrefix(s, "0x")
	body := s
	expMark := "eE"
	if hex {
		body, expMark = s[2:], "pP"
	}
	mant, exp, hasExp := body, "", false
	if i := strings.IndexAny(body, expMark); i >= 0 {
		mant, exp, hasExp = body[:i], body[i+1:], true
	}
	intPart, frac, hasDot := strings.Cut(mant, ".")
	if !digitsOK(intPart, hex) || (hasDot && frac != "" && !digitsOK(frac, hex)) {
		return "", false
	}
	if hasExp {
		_, _, e := splitSign(exp)
		if !digitsOK(e, false) {
			return "", false
		}
	}
	clean := strings.ReplaceAll(s, "_", "")
	if hex && !hasExp {
		clean += "p0"
	}
	return clean, true
}
