package num

import (
	"math"
	"testing"
)

func TestFloatMinMax(t *testing.T) {
	runCases(t, []opCase{
		// -0 is below +0 whatever the operand order.
		c("f32.min", "-0x0p+0", "-0x0p+0", "0x0p+0"),
		c("f32.min", "-0x0p+0", "0x0p+0", "-0x0p+0"),
		c("f32.max", "0x0p+0", "-0x0p+0", "0x0p+0"),
		c("f32.max", "0x0p+0", "0x0p+0", "-0x0p+0"),
		c("f32.max", "-0x0p+0", "-0x0p+0", "-0x0p+0"),
		c("f32.min", "-inf", "-inf", "0x1p-149"),
		c("f32.min", "-0x1p-149", "0x0p+0", "-0x1p-149"),
		c("f32.max", "inf", "0x1.fffffep+127", "inf"),
		c("f32.max", "0x1p-149", "0x1p-149", "-0x1p-126"),
		c("f32.min", "nan:canonical", "nan", "1.0"),
		c("f32.min", "nan:canonical", "-inf", "-nan"),
		c("f32.min", "nan:canonical", "nan", "-nan"),
		c("f32.min", "nan:arithmetic", "nan:0x200000", "-0x0p+0"),
		c("f32.min", "nan:arithmetic", "-0x0p+0", "nan:0x200000"),
		c("f32.max", "nan:arithmetic", "nan", "nan:0x1"),
		c("f32.max", "nan:canonical", "inf", "nan"),
		c("f64.min", "-0x0p+0", "0x0p+0", "-0x0p+0"),
		c("f64.min", "-0x0p+0", "-0x0p+0", "0x0p+0"),
		c("f64.max", "0x0p+0", "-0x0p+0", "0x0p+0"),
		c("f64.max", "0x0p+0", "0x0p+0", "-0x0p+0"),
		c("f64.min", "-0x1p-1074", "0x1p-1074", "-0x1p-1074"),
		c("f64.max", "0x1.fffffffffffffp+1023", "-inf", "0x1.fffffffffffffp+1023"),
		c("f64.min", "nan:canonical", "-nan", "0x1p+0"),
		c("f64.max", "nan:canonical", "0x1p+0", "nan"),
		c("f64.min", "nan:arithmetic", "nan:0x4000000000000", "1.0"),
		c("f64.max", "nan:arithmetic", "-inf", "-nan:0x1"),
	})
}

func TestFloatRounding(t *testing.T) {
	runCases(t, []opCase{
		c("f32.nearest", "0x0p+0", "0.5"),
		c("f32.nearest", "-0x0p+0", "-0.5"),
		c("f32.nearest", "2.0", "1.5"),
		c("f32.nearest", "2.0", "2.5"),
		c("f32.nearest", "4.0", "3.5"),
		c("f32.nearest", "-4.0", "-4.5"),
		c("f32.nearest", "-0x0p+0", "-0x1.fffffep-2"),         // -0.49999997, not -1 as floor(x+0.5) would give
		c("f32.nearest", "0x1p+23", "0x1.fffffep+22"),         // 8388607.5: ties to the even 8388608
		c("f32.nearest", "-0x1.fffffp+21", "-0x1.fffff4p+21"), // -4194302.5
		c("f32.nearest", "0x1.fffffep+127", "0x1.fffffep+127"),
		c("f32.nearest", "-0x0p+0", "-0x1p-149"),
		c("f32.nearest", "nan:arithmetic", "nan:0x200000"),
		c("f32.nearest", "nan:canonical", "-nan"),
		c("f32.ceil", "-0x0p+0", "-0.5"),
		c("f32.ceil", "1.0", "0x1p-149"),
		c("f32.ceil", "-0x0p+0", "-0x1p-149"),
		c("f32.ceil", "0x1p+23", "0x1.fffffep+22"),
		c("f32.ceil", "-inf", "-inf"),
		c("f32.ceil", "nan:arithmetic", "-nan:0x200000"),
		c("f32.floor", "-1.0", "-0x1p-149"),
		c("f32.floor", "0x0p+0", "0x1p-149"),
		c("f32.floor", "-0x0p+0", "-0x0p+0"),
		c("f32.floor", "-0x1p+23", "-0x1.fffffep+22"),
		c("f32.floor", "nan:arithmetic", "nan:0x1"),
		c("f32.trunc", "-0x0p+0", "-0.9"),
		c("f32.trunc", "0x1.fffffcp+22", "0x1.fffffep+22"),
		c("f32.trunc", "-0x1.fffffep+127", "-0x1.fffffep+127"),
		c("f32.trunc", "nan:canonical", "nan"),
		c("f64.nearest", "0x0p+0", "0x1.fffffffffffffp-2"), // 0.49999999999999994
		c("f64.nearest", "0x1p+52", "0x1.fffffffffffffp+51"),
		c("f64.nearest", "-0x1.ffffffffffffcp+51", "-0x1.ffffffffffffdp+51"),
		c("f64.nearest", "-0x0p+0", "-0.5"),
		c("f64.nearest", "2.0", "2.5"),
		c("f64.nearest", "-2.0", "-1.5"),
		c("f64.nearest", "nan:arithmetic", "nan:0x4000000000000"),
		c("f64.ceil", "-0x0p+0", "-0x1p-1074"),
		c("f64.ceil", "1.0", "0x1p-1074"),
		c("f64.ceil", "0x1p+52", "0x1.fffffffffffffp+51"),
		c("f64.floor", "-1.0", "-0x1p-1074"),
		c("f64.floor", "-0x1p+52", "-0x1.fffffffffffffp+51"),
		c("f64.trunc", "-0x0p+0", "-0x1.999999999999ap-1"),
		c("f64.trunc", "0x1.ffffffffffffep+51", "0x1.fffffffffffffp+51"),
		c("f64.trunc", "nan:arithmetic", "-nan:0x1"),
	})
}

func TestFloatArithmetic(t *testing.T) {
	runCases(t, []opCase{
		c("f32.add", "-0x0p+0", "-0x0p+0", "-0x0p+0"),
		c("f32.add", "0x0p+0", "-0x0p+0", "0x0p+0"),
		c("f32.add", "inf", "0x1.fffffep+127", "0x1.fffffep+127"),
		c("f32.add", "nan:canonical", "inf", "-inf"),
		c("f32.add", "nan:arithmetic", "nan:0x200000", "1.0"),
		c("f32.add", "0x1.000004p+0", "0x1.000002p+0", "0x1p-24"), // a tie rounds to even upwards
		c("f32.add", "0x1p+0", "0x1p+0", "0x1p-24"),               // and downwards
		c("f32.sub", "0x0p+0", "0x1p-149", "0x1p-149"),            // x-x is +0
		c("f32.sub", "-0x0p+0", "-0x0p+0", "0x0p+0"),              // -0 - +0
		c("f32.mul", "-0x0p+0", "-0x0p+0", "0x1p+0"),              // the sign of a zero product
		c("f32.mul", "nan:canonical", "inf", "0x0p+0"),            // an invalid product
		c("f32.mul", "0x1p-148", "0x1p-75", "0x1.8p-74"),          // a subnormal tie
		c("f32.div", "inf", "1.0", "0x0p+0"),
		c("f32.div", "-inf", "1.0", "-0x0p+0"),
		c("f32.div", "nan:canonical", "0x0p+0", "-0x0p+0"),
		c("f32.div", "0x1.555556p-2", "1.0", "3.0"),
		c("f32.sqrt", "-0x0p+0", "-0x0p+0"),
		c("f32.sqrt", "nan:canonical", "-1.0"),
		c("f32.sqrt", "nan:canonical", "-inf"),
		c("f32.sqrt", "nan:arithmetic", "nan:0x200000"),
		c("f32.sqrt", "0x1.6a09e6p-75", "0x1p-149"),
		c("f32.sqrt", "0x1.fffffep+63", "0x1.fffffep+127"),
		c("f32.sqrt", "0x1.000002p+0", "0x1.000004p+0"),
		c("f32.sqrt", "0x1.fffffcp-1", "0x1.fffffap-1"),
		c("f32.sqrt", "0x1.a2744cp+3", "0x1.56p+7"),
		c("f64.add", "0x1.0000000000002p+0", "0x1.0000000000001p+0", "0x1p-53"),
		c("f64.add", "0x1p+0", "0x1p+0", "0x1p-53"),
		c("f64.add", "nan:canonical", "-inf", "inf"),
		c("f64.add", "nan:arithmetic", "1.0", "-nan:0x1"),
		c("f64.sub", "-0x0p+0", "-0x0p+0", "0x0p+0"),
		c("f64.mul", "0x1p-1073", "0x1p-537", "0x1.8p-537"),
		c("f64.mul", "-inf", "0x1.fffffffffffffp+1023", "-0x1.0000000000001p+0"),
		c("f64.div", "-inf", "-1.0", "0x0p+0"),
		c("f64.div", "0x1.5555555555555p-2", "1.0", "3.0"),
		c("f64.div", "nan:canonical", "inf", "-inf"),
		c("f64.sqrt", "0x1.6a09e667f3bcdp+0", "2.0"),
		c("f64.sqrt", "0x1p-537", "0x1p-1074"),
		c("f64.sqrt", "nan:canonical", "-0x1p-1074"),
	})
}

func TestFloatSign(t *testing.T) {
	runCases(t, []opCase{
		// The payload and the quiet bit of a NaN survive.
		c("f32.abs", "nan:0x200000", "-nan:0x200000"),
		c("f32.abs", "0x0p+0", "-0x0p+0"),
		c("f32.abs", "inf", "-inf"),
		c("f32.neg", "-nan:0x1", "nan:0x1"),
		c("f32.neg", "nan", "-nan"),
		c("f32.neg", "-0x0p+0", "0x0p+0"),
		c("f32.copysign", "-nan:0x200000", "nan:0x200000", "-0x1p-149"),
		c("f32.copysign", "0x1p+0", "-0x1p+0", "nan"),
		c("f32.copysign", "-0x1p+0", "0x1p+0", "-nan"),
		c("f32.copysign", "0x0p+0", "-0x0p+0", "0x0p+0"),
		c("f64.abs", "nan:0x4000000000000", "-nan:0x4000000000000"),
		c("f64.abs", "0x1p-1074", "-0x1p-1074"),
		c("f64.neg", "-nan:0x1", "nan:0x1"),
		c("f64.neg", "0x0p+0", "-0x0p+0"),
		c("f64.copysign", "-inf", "inf", "-nan"),
		c("f64.copysign", "nan:0x1", "-nan:0x1", "0x0p+0"),
	})
}

// TestNaNPropagation checks the specification's NaN rule on every operation
// that may produce a NaN from a NaN operand: canonical operands give a
// canonical result, any other NaN operand an arithmetic one.
func TestNaNPropagation(t *testing.T) {
	nan32 := []struct {
		lit       string
		canonical bool
	}{
		{"nan", true}, {"-nan", true}, {"nan:0x200000", false}, {"-nan:0x1", false}, {"nan:0x7fffff", false},
	}
	nan64 := []struct {
		lit       string
		canonical bool
	}{
		{"nan", true}, {"-nan", true}, {"nan:0x4000000000000", false}, {"-nan:0x1", false}, {"nan:0xfffffffffffff", false},
	}
	class := func(canonical bool) string {
		if canonical {
			return "nan:canonical"
		}
		return "nan:arithmetic"
	}
	var cases []opCase
	for _, n := range nan32 {
		for _, op := range []string{"f32.sqrt", "f32.ceil", "f32.floor", "f32.trunc", "f32.nearest", "f64.promote_f32"} {
			cases = append(cases, c(op, class(n.canonical), n.lit))
		}
		for _, op := range []string{"f32.add", "f32.sub", "f32.mul", "f32.div", "f32.min", "f32.max"} {
			for _, other := range []string{"0x0p+0", "-1.5", "inf", "-inf"} {
				cases = append(cases, c(op, class(n.canonical), n.lit, other), c(op, class(n.canonical), other, n.lit))
			}
			for _, m := range nan32 {
				cases = append(cases, c(op, class(n.canonical && m.canonical), n.lit, m.lit))
			}
		}
	}
	for _, n := range nan64 {
		for _, op := range []string{"f64.sqrt", "f64.ceil", "f64.floor", "f64.trunc", "f64.nearest", "f32.demote_f64"} {
			cases = append(cases, c(op, class(n.canonical), n.lit))
		}
		for _, op := range []string{"f64.add", "f64.sub", "f64.mul", "f64.div", "f64.min", "f64.max"} {
			for _, other := range []string{"0x0p+0", "-1.5", "inf", "-inf"} {
				cases = append(cases, c(op, class(n.canonical), n.lit, other), c(op, class(n.canonical), other, n.lit))
			}
			for _, m := range nan64 {
				cases = append(cases, c(op, class(n.canonical && m.canonical), n.lit, m.lit))
			}
		}
	}
	runCases(t, cases)
}

// TestNoFusedMultiplyAdd applies mul and add the way inlined handlers would.
// If the compiler fused them into an FMA (the Go specification allows it
// unless each result is rounded by an explicit conversion; arm64 does it by
// default, amd64 with GOAMD64=v3), the single rounding would give a
// different result. The operands are from the suite's float_exprs.wast
// ("f64.no_fma", "f32.no_fma"). Run it with GOAMD64=v3 on a machine with FMA.
func TestNoFusedMultiplyAdd(t *testing.T) {
	x, y, z := f64b("0x1.7e2c44058a799p+52"), f64b("0x1.c73b71765b8b2p+685"), f64b("-0x1.16c641df0b108p+690")
	if got, want := F64Add(F64Mul(x, y), z), f64b("0x1.53ccb53de0bd1p+738"); got != want {
		t.Errorf("f64 x*y+z = %#x, want %#x", got, want)
	}
	a, b, d := f32b("0x1.a78402p+124"), f32b("0x1.cf8548p-23"), f32b("0x1.992adap+107")
	if got, want := F32Add(F32Mul(a, b), d), f32b("0x1.a5262cp+107"); got != want {
		t.Errorf("f32 x*y+z = %#x, want %#x", got, want)
	}
	fused := math.FMA(math.Float64frombits(x), math.Float64frombits(y), math.Float64frombits(z))
	if math.Float64bits(fused) == f64b("0x1.53ccb53de0bd1p+738") {
		t.Fatal("the f64 operands do not tell a fused result apart")
	}
}
