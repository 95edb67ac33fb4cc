package wat

import (
	"math"
	"strconv"
)

// f32Text renders f32 bits so that parsing the text gives the same bits:
// the shortest decimal that rounds back exactly, or inf, nan, nan:0xPAYLOAD.
func f32Text(bits uint32) string {
	const canonicalNaN = 1 << 22
	sign := ""
	if bits>>31 != 0 {
		sign = "-"
	}
	if exp, frac := bits>>23&0xFF, bits&(1<<23-1); exp == 0xFF {
		return sign + nonFiniteText(uint64(frac), canonicalNaN)
	}
	return strconv.FormatFloat(float64(math.Float32frombits(bits)), 'g', -1, 32)
}

// f64Text is f32Text for f64 bits.
func f64Text(bits uint64) string {
	const canonicalNaN = 1 << 51
	sign := ""
	if bits>>63 != 0 {
		sign = "-"
	}
	if exp, frac := bits>>52&0x7FF, bits&(1<<52-1); exp == 0x7FF {
		return sign + nonFiniteText(frac, canonicalNaN)
	}
	return strconv.FormatFloat(math.Float64frombits(bits), 'g', -1, 64)
}

// nonFiniteText renders an infinity (zero fraction) or a NaN by payload.
func nonFiniteText(frac, canonical uint64) string {
	switch frac {
	case 0:
		return "inf"
	case canonical:
		return "nan"
	}
	return "nan:0x" + strconv.FormatUint(frac, 16)
}
