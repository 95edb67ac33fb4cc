package num

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Parsing of the text format's numeric literals, for the tests' tables and
// for reading the official suite's .wast files.

// parseConst parses the literal of a "TYPE.const" into raw bits.
func parseConst(typ, lit string) (uint64, error) {
	switch typ {
	case "i32":
		v, err := parseInt(lit, 32)
		return v & math.MaxUint32, err
	case "i64":
		return parseInt(lit, 64)
	case "f32":
		v, err := parseFloat(lit, 32)
		return uint64(v), err
	case "f64":
		return parseFloat(lit, 64)
	}
	return 0, fmt.Errorf("no literals of type %q", typ)
}

// parseInt accepts signed or unsigned decimal and hexadecimal literals that
// fit in bits bits either way, and returns them as two's complement.
func parseInt(lit string, bits int) (uint64, error) {
	neg, digits := splitSign(lit)
	base := 10
	if h, ok := strings.CutPrefix(digits, "0x"); ok {
		base, digits = 16, h
	}
	v, err := strconv.ParseUint(strings.ReplaceAll(digits, "_", ""), base, bits)
	if err != nil {
		return 0, fmt.Errorf("integer literal %q: %v", lit, err)
	}
	if neg {
		if v > 1<<(bits-1) {
			return 0, fmt.Errorf("integer literal %q out of range", lit)
		}
		v = -v
	}
	return v, nil
}

// parseFloat returns the bits of a float literal: decimal or hexadecimal
// (rounded to nearest even), inf, nan or nan:0xPAYLOAD, with an optional sign.
func parseFloat(lit string, bits int) (uint64, error) {
	neg, body := splitSign(lit)
	body = strings.ReplaceAll(body, "_", "")
	expBits, mantBits := 8, 23
	if bits == 64 {
		expBits, mantBits = 11, 52
	}
	inf := (uint64(1)<<expBits - 1) << mantBits
	var v uint64
	switch {
	case body == "inf":
		v = inf
	case body == "nan":
		v = inf | 1<<(mantBits-1)
	case strings.HasPrefix(body, "nan:0x"):
		p, err := strconv.ParseUint(body[len("nan:0x"):], 16, mantBits)
		if err != nil || p == 0 {
			return 0, fmt.Errorf("NaN literal %q: bad payload", lit)
		}
		v = inf | p
	default:
		if strings.HasPrefix(body, "0x") && !strings.ContainsAny(body, "pP") {
			body += "p0" // Go requires the binary exponent, the text format does not
		}
		f, err := strconv.ParseFloat(body, bits)
		if err != nil {
			return 0, fmt.Errorf("float literal %q: %v", lit, err)
		}
		if bits == 32 {
			v = uint64(math.Float32bits(float32(f)))
		} else {
			v = math.Float64bits(f)
		}
	}
	if neg {
		v |= 1 << (bits - 1)
	}
	return v, nil
}

func splitSign(lit string) (neg bool, rest string) {
	switch {
	case strings.HasPrefix(lit, "-"):
		return true, lit[1:]
	case strings.HasPrefix(lit, "+"):
		return false, lit[1:]
	}
	return false, lit
}

// Shorthands for the tables: the bits of an f32 or f64 literal. A bad
// literal is a bug in a table, so it panics.
func f32b(lit string) uint32 { return uint32(mustParse("f32", lit)) }
func f64b(lit string) uint64 { return mustParse("f64", lit) }

func mustParse(typ, lit string) uint64 {
	v, err := parseConst(typ, lit)
	if err != nil {
		panic(err)
	}
	return v
}
