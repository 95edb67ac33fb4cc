package num

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

func TestTruncate(t *testing.T) {
	runCases(t, []opCase{
		c("i32.trunc_f32_s", "0", "-0x1p-149"),
		c("i32.trunc_f32_s", "-1", "-1.9"),
		c("i32.trunc_f32_s", "2147483520", "2147483520.0"),
		c("i32.trunc_f32_s", "-2147483648", "-2147483648.0"),
		c("i32.trunc_f32_s", "trap: integer overflow", "2147483648.0"),
		c("i32.trunc_f32_s", "trap: integer overflow", "-2147483904.0"),
		c("i32.trunc_f32_s", "trap: integer overflow", "-inf"),
		c("i32.trunc_f32_s", "trap: invalid conversion to integer", "nan"),
		c("i32.trunc_f32_s", "trap: invalid conversion to integer", "-nan:0x200000"),
		c("i32.trunc_f32_u", "0", "-0x1.fffffep-1"),
		c("i32.trunc_f32_u", "-256", "4294967040.0"),
		c("i32.trunc_f32_u", "0x80000000", "2147483648"),
		c("i32.trunc_f32_u", "trap: integer overflow", "4294967296.0"),
		c("i32.trunc_f32_u", "trap: integer overflow", "-1.0"),
		c("i32.trunc_f32_u", "trap: invalid conversion to integer", "nan:0x1"),
		c("i32.trunc_f64_s", "-2147483648", "-2147483648.9"),
		c("i32.trunc_f64_s", "2147483647", "2147483647.9"),
		c("i32.trunc_f64_s", "trap: integer overflow", "-2147483649.0"),
		c("i32.trunc_f64_s", "trap: integer overflow", "2147483648.0"),
		c("i32.trunc_f64_s", "trap: invalid conversion to integer", "-nan"),
		c("i32.trunc_f64_u", "0xffffffff", "4294967295.9"),
		c("i32.trunc_f64_u", "0", "-0.9999999999999999"),
		c("i32.trunc_f64_u", "100000000", "1e8"),
		c("i32.trunc_f64_u", "trap: integer overflow", "4294967296.0"),
		c("i32.trunc_f64_u", "trap: integer overflow", "-1.0"),
		c("i32.trunc_f64_u", "trap: integer overflow", "1e16"),
		c("i64.trunc_f32_s", "9223371487098961920", "9223371487098961920.0"),
		c("i64.trunc_f32_s", "-9223372036854775808", "-9223372036854775808.0"),
		c("i64.trunc_f32_s", "trap: integer overflow", "9223372036854775808.0"),
		c("i64.trunc_f32_s", "trap: integer overflow", "-9223373136366403584.0"),
		c("i64.trunc_f32_u", "-1099511627776", "18446742974197923840.0"),
		c("i64.trunc_f32_u", "0x8000000000000000", "9223372036854775808.0"),
		c("i64.trunc_f32_u", "0", "-0x1.ccccccp-1"),
		c("i64.trunc_f32_u", "trap: integer overflow", "18446744073709551616.0"),
		c("i64.trunc_f32_u", "trap: invalid conversion to integer", "-nan"),
		c("i64.trunc_f64_s", "9223372036854774784", "9223372036854774784.0"),
		c("i64.trunc_f64_s", "-9223372036854775808", "-9223372036854775808.0"),
		c("i64.trunc_f64_s", "trap: integer overflow", "9223372036854775808.0"),
		c("i64.trunc_f64_s", "trap: integer overflow", "-9223372036854777856.0"),
		c("i64.trunc_f64_u", "-2048", "18446744073709549568.0"),
		c("i64.trunc_f64_u", "0x8000000000000000", "9223372036854775808.0"),
		c("i64.trunc_f64_u", "0", "-0.9999999999999999"),
		c("i64.trunc_f64_u", "trap: integer overflow", "18446744073709551616.0"),
		c("i64.trunc_f64_u", "trap: integer overflow", "inf"),
		c("i64.trunc_f64_u", "trap: invalid conversion to integer", "nan:0x4000000000000"),
	})
}

func TestTruncateSaturating(t *testing.T) {
	runCases(t, []opCase{
		c("i32.trunc_sat_f32_s", "-2147483648", "-2147483904.0"),
		c("i32.trunc_sat_f32_s", "2147483647", "2147483648.0"),
		c("i32.trunc_sat_f32_s", "2147483647", "inf"),
		c("i32.trunc_sat_f32_s", "-2147483648", "-inf"),
		c("i32.trunc_sat_f32_s", "0", "nan"),
		c("i32.trunc_sat_f32_s", "0", "-nan:0x200000"),
		c("i32.trunc_sat_f32_s", "-1", "-1.9"),
		c("i32.trunc_sat_f32_u", "0", "-1.0"),
		c("i32.trunc_sat_f32_u", "0", "-inf"),
		c("i32.trunc_sat_f32_u", "0xffffffff", "4294967296.0"),
		c("i32.trunc_sat_f32_u", "-256", "4294967040.0"),
		c("i32.trunc_sat_f32_u", "0", "-nan"),
		c("i32.trunc_sat_f64_s", "-2147483648", "-2147483649.0"),
		c("i32.trunc_sat_f64_s", "-2147483648", "-2147483648.9"),
		c("i32.trunc_sat_f64_s", "2147483647", "2147483648.0"),
		c("i32.trunc_sat_f64_s", "0", "nan:0x4000000000000"),
		c("i32.trunc_sat_f64_u", "0xffffffff", "1e16"),
		c("i32.trunc_sat_f64_u", "0xffffffff", "4294967295.9"),
		c("i32.trunc_sat_f64_u", "0", "-0.9999999999999999"),
		c("i32.trunc_sat_f64_u", "0", "-2.0"),
		c("i64.trunc_sat_f32_s", "0x7fffffffffffffff", "9223372036854775808.0"),
		c("i64.trunc_sat_f32_s", "0x8000000000000000", "-9223373136366403584.0"),
		c("i64.trunc_sat_f32_s", "0", "nan"),
		c("i64.trunc_sat_f32_u", "0xffffffffffffffff", "18446744073709551616.0"),
		c("i64.trunc_sat_f32_u", "-1099511627776", "18446742974197923840.0"),
		c("i64.trunc_sat_f32_u", "0", "-inf"),
		c("i64.trunc_sat_f64_s", "0x7fffffffffffffff", "inf"),
		c("i64.trunc_sat_f64_s", "0x8000000000000000", "-9223372036854777856.0"),
		c("i64.trunc_sat_f64_s", "-9223372036854775808", "-9223372036854775808.0"),
		c("i64.trunc_sat_f64_u", "0xffffffffffffffff", "18446744073709551616.0"),
		c("i64.trunc_sat_f64_u", "-2048", "18446744073709549568.0"),
		c("i64.trunc_sat_f64_u", "0", "-nan:0x4000000000000"),
	})
}

func TestConvert(t *testing.T) {
	runCases(t, []opCase{
		c("f32.convert_i32_s", "-2147483648", "0x80000000"),
		c("f32.convert_i32_s", "16777216", "16777217"),   // a tie to even, downwards
		c("f32.convert_i32_s", "-16777220", "-16777219"), // and upwards
		c("f32.convert_i32_s", "0x1p+31", "0x7fffffff"),
		c("f32.convert_i32_u", "0x1p+32", "0xffffffff"),
		c("f32.convert_i32_u", "0x1p+31", "0x80000000"),
		c("f32.convert_i32_u", "0x1.000002p+31", "0x80000081"), // the bit below the tie decides
		c("f32.convert_i32_u", "0x1.000004p+31", "0x80000180"),
		c("f32.convert_i32_u", "0x1p+31", "0x80000080"),
		// Rounding through float64 first would round these twice.
		c("f32.convert_i64_s", "0x1.fffffep+62", "0x7fffff4000000001"),
		c("f32.convert_i64_s", "-0x1.fffffep+62", "0x8000004000000001"),
		c("f32.convert_i64_s", "0x1.000002p+53", "0x0020000020000001"),
		c("f32.convert_i64_s", "-0x1.000002p+53", "0xffdfffffdfffffff"),
		c("f32.convert_i64_s", "-9223372036854775808", "-9223372036854775808"),
		c("f32.convert_i64_s", "0x1.1db9e8p+48", "314159265358979"),
		c("f32.convert_i64_u", "0x1.000002p+63", "0x8000008000000001"),
		c("f32.convert_i64_u", "0x1.fffffep+63", "0xfffffe8000000001"),
		c("f32.convert_i64_u", "0x1.fffffep+62", "0x7fffffbfffffffff"),
		c("f32.convert_i64_u", "0x1p+64", "0xffffffffffffffff"),
		c("f32.convert_i64_u", "0x1p+63", "0x8000008000000000"),
		c("f64.convert_i32_s", "-2147483648", "0x80000000"),
		c("f64.convert_i32_u", "4294967295", "-1"),
		c("f64.convert_i64_s", "9007199254740992", "9007199254740993"),
		c("f64.convert_i64_s", "-9007199254740996", "-9007199254740995"),
		c("f64.convert_i64_s", "0x1p+63", "0x7fffffffffffffff"),
		c("f64.convert_i64_u", "0x1.0000000000001p+63", "0x8000000000000401"),
		c("f64.convert_i64_u", "0x1p+63", "0x8000000000000400"),
		c("f64.convert_i64_u", "0x1.fffffffffffffp+63", "0xfffffffffffff401"),
		c("f64.convert_i64_u", "0x1p+64", "0xffffffffffffffff"),
		c("f64.promote_f32", "-0x1p-149", "-0x1p-149"),
		c("f64.promote_f32", "0x1.fffffep+127", "0x1.fffffep+127"),
		c("f64.promote_f32", "-inf", "-inf"),
		c("f64.promote_f32", "nan:canonical", "-nan"),
		c("f64.promote_f32", "nan:arithmetic", "nan:0x200000"),
		c("f32.demote_f64", "-0x0p+0", "-0x0.0000000000001p-1022"),
		c("f32.demote_f64", "0x1p-149", "0x1.0000000000001p-150"), // above half the smallest subnormal
		c("f32.demote_f64", "0x0p+0", "0x1p-150"),                 // exactly half: ties to even zero
		c("f32.demote_f64", "0x1.fffffep+127", "0x1.fffffefffffffp+127"),
		c("f32.demote_f64", "inf", "0x1.ffffffp+127"),
		c("f32.demote_f64", "0x1.000004p+0", "0x1.0000030000000p+0"),
		c("f32.demote_f64", "0x1p+0", "0x1.0000010000000p+0"),
		c("f32.demote_f64", "nan:canonical", "nan"),
		c("f32.demote_f64", "nan:arithmetic", "-nan:0x4000000000000"),
		c("f32.demote_f64", "nan:arithmetic", "nan:0x1"),
	})
}

// roundingInputs returns the integers where rounding to float32 or float64
// can go wrong: around every tie of a 24- or 53-bit significand at every
// magnitude, plus random values of every width.
func roundingInputs() []uint64 {
	var xs []uint64
	for p := 0; p < 64; p++ {
		top := uint64(1) << p
		for _, keep := range []int{24, 53} {
			if p < keep {
				continue
			}
			half := uint64(1) << (p - keep) // half a unit in the last place
			for _, base := range []uint64{top, top | half<<1, top | (top-1)&^(half<<1-1)} {
				for _, d := range []uint64{0, 1, 2} {
					xs = append(xs, base+half+d, base+half-d, base+d, base-d)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		xs = append(xs, r.Uint64()>>r.IntN(64))
	}
	return xs
}

func TestConvertRoundsOnce(t *testing.T) {
	nearest32 := func(x *big.Float) uint32 { f, _ := x.Float32(); return math.Float32bits(f) }
	nearest64 := func(x *big.Float) uint64 { f, _ := x.Float64(); return math.Float64bits(f) }
	for _, x := range roundingInputs() {
		u := new(big.Float).SetUint64(x)
		s := new(big.Float).SetInt64(int64(x))
		if got, want := F32ConvertI64U(x), nearest32(u); got != want {
			t.Errorf("f32.convert_i64_u(%#x) = %#x, want %#x", x, got, want)
		}
		if got, want := F32ConvertI64S(x), nearest32(s); got != want {
			t.Errorf("f32.convert_i64_s(%#x) = %#x, want %#x", x, got, want)
		}
		if got, want := F64ConvertI64U(x), nearest64(u); got != want {
			t.Errorf("f64.convert_i64_u(%#x) = %#x, want %#x", x, got, want)
		}
		if got, want := F64ConvertI64S(x), nearest64(s); got != want {
			t.Errorf("f64.convert_i64_s(%#x) = %#x, want %#x", x, got, want)
		}
		w := uint32(x)
		if got, want := F32ConvertI32U(w), nearest32(new(big.Float).SetUint64(uint64(w))); got != want {
			t.Errorf("f32.convert_i32_u(%#x) = %#x, want %#x", w, got, want)
		}
		if got, want := F32ConvertI32S(w), nearest32(new(big.Float).SetInt64(int64(int32(w)))); got != want {
			t.Errorf("f32.convert_i32_s(%#x) = %#x, want %#x", w, got, want)
		}
	}
}

// TestTruncateReference compares every float to integer truncation with
// math/big on the values next to each range bound and on random bits.
func TestTruncateReference(t *testing.T) {
	bounds := []float64{0, 1, -1, 1 << 31, -1 << 31, 1 << 32, 1 << 63, -1 << 63, 1 << 64, 0.5, math.Inf(1)}
	var f32s []uint32
	var f64s []uint64
	for _, b := range bounds {
		for _, v := range []float64{b, -b} {
			f32s = append(f32s, math.Float32bits(float32(v)), math.Float32bits(math.Nextafter32(float32(v), 0)),
				math.Float32bits(math.Nextafter32(float32(v), float32(math.Inf(1)))),
				math.Float32bits(math.Nextafter32(float32(v), float32(math.Inf(-1)))))
			f64s = append(f64s, math.Float64bits(v), math.Float64bits(math.Nextafter(v, 0)),
				math.Float64bits(math.Nextafter(v, math.Inf(1))), math.Float64bits(math.Nextafter(v, math.Inf(-1))))
		}
	}
	f32s = append(f32s, F32CanonicalNaN, 0xff800001)
	f64s = append(f64s, F64CanonicalNaN, 0xfff0000000000001)
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		f32s = append(f32s, r.Uint32())
		f64s = append(f64s, r.Uint64())
		// Mostly values of moderate magnitude, where the results are not all traps.
		f32s = append(f32s, math.Float32bits(float32(r.NormFloat64()*math.Ldexp(1, r.IntN(70)))))
		f64s = append(f64s, math.Float64bits(r.NormFloat64()*math.Ldexp(1, r.IntN(70))))
	}
	type conv struct {
		name    string
		bits    int
		signed  bool
		trap    func(uint64) (uint64, Trap)
		sat     func(uint64) uint64
		operand func(uint64) float64
	}
	from32 := func(x uint64) float64 { return float64(f32v(uint32(x))) }
	convs := []conv{
		{"i32.trunc_f32_s", 32, true, w(I32TruncF32S), s(I32TruncSatF32S), from32},
		{"i32.trunc_f32_u", 32, false, w(I32TruncF32U), s(I32TruncSatF32U), from32},
		{"i64.trunc_f32_s", 64, true, w(I64TruncF32S), s(I64TruncSatF32S), from32},
		{"i64.trunc_f32_u", 64, false, w(I64TruncF32U), s(I64TruncSatF32U), from32},
		{"i32.trunc_f64_s", 32, true, w(I32TruncF64S), s(I32TruncSatF64S), f64v},
		{"i32.trunc_f64_u", 32, false, w(I32TruncF64U), s(I32TruncSatF64U), f64v},
		{"i64.trunc_f64_s", 64, true, w(I64TruncF64S), s(I64TruncSatF64S), f64v},
		{"i64.trunc_f64_u", 64, false, w(I64TruncF64U), s(I64TruncSatF64U), f64v},
	}
	var inRange int
	for _, cv := range convs {
		inputs := f64s
		if cv.name[len(cv.name)-5:len(cv.name)-2] == "f32" {
			inputs = make([]uint64, len(f32s))
			for i, x := range f32s {
				inputs[i] = uint64(x)
			}
		}
		for _, x := range inputs {
			want, wantTrap, wantSat := truncReference(cv.operand(x), cv.bits, cv.signed)
			if wantTrap == NoTrap {
				inRange++
			}
			got, trap := cv.trap(x)
			if trap != wantTrap || trap == NoTrap && got != want {
				t.Errorf("%s(%#x) = %#x, %v; want %#x, %v", cv.name, x, got, trap, want, wantTrap)
			}
			if got := cv.sat(x); got != wantSat {
				t.Errorf("%s sat(%#x) = %#x, want %#x", cv.name, x, got, wantSat)
			}
		}
	}
	if inRange < 1000 {
		t.Errorf("only %d in-range operands: the inputs do not exercise the conversions", inRange)
	}
}

// truncReference truncates f toward zero exactly and reports what the
// trapping and the saturating instruction must return, as 64-bit words
// (32-bit results zero-extended).
func truncReference(f float64, bits int, signed bool) (uint64, Trap, uint64) {
	lo, hi := new(big.Int), new(big.Int).Lsh(big.NewInt(1), uint(bits))
	if signed {
		lo.Rsh(hi, 1).Neg(lo)
		hi.Rsh(hi, 1)
	}
	hi.Sub(hi, big.NewInt(1))
	word := func(v *big.Int) uint64 {
		m := new(big.Int).Lsh(big.NewInt(1), uint(bits))
		return new(big.Int).Mod(v, m).Uint64() // two's complement, zero-extended
	}
	if math.IsNaN(f) {
		return 0, InvalidConversion, 0
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return 0, IntegerOverflow, word(hi)
		}
		return 0, IntegerOverflow, word(lo)
	}
	v, _ := new(big.Float).SetFloat64(f).Int(nil)
	switch {
	case v.Cmp(lo) < 0:
		return 0, IntegerOverflow, word(lo)
	case v.Cmp(hi) > 0:
		return 0, IntegerOverflow, word(hi)
	}
	return word(v), NoTrap, word(v)
}

// w and s adapt the truncations to 64-bit words for the reference test.
func w[A, R word](f func(A) (R, Trap)) func(uint64) (uint64, Trap) {
	return func(x uint64) (uint64, Trap) { r, t := f(A(x)); return uint64(r), t }
}

func s[A, R word](f func(A) R) func(uint64) uint64 {
	return func(x uint64) uint64 { return uint64(f(A(x))) }
}
