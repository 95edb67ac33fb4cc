package num

// The instructions the .wast evaluator knows, by mnemonic: every function of
// this package, plus reference one-liners for the instructions Go computes
// with a single operator (so expressions that mix them can be evaluated).

type op struct {
	arity int
	fn    func(args []uint64) (uint64, Trap)
}

type word interface{ ~uint32 | ~uint64 }

func un[A, R word](f func(A) R) op {
	return op{1, func(a []uint64) (uint64, Trap) { return uint64(f(A(a[0]))), NoTrap }}
}

func unT[A, R word](f func(A) (R, Trap)) op {
	return op{1, func(a []uint64) (uint64, Trap) { r, t := f(A(a[0])); return uint64(r), t }}
}

func bin[A, R word](f func(A, A) R) op {
	return op{2, func(a []uint64) (uint64, Trap) { return uint64(f(A(a[0]), A(a[1]))), NoTrap }}
}

func binT[A word](f func(A, A) (A, Trap)) op {
	return op{2, func(a []uint64) (uint64, Trap) { r, t := f(A(a[0]), A(a[1])); return uint64(r), t }}
}

func b2i(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

var ops = map[string]op{
	"i32.clz": un(I32Clz), "i32.ctz": un(I32Ctz), "i32.popcnt": un(I32Popcnt),
	"i64.clz": un(I64Clz), "i64.ctz": un(I64Ctz), "i64.popcnt": un(I64Popcnt),
	"i32.rotl": bin(I32Rotl), "i32.rotr": bin(I32Rotr), "i64.rotl": bin(I64Rotl), "i64.rotr": bin(I64Rotr),
	"i32.shl": bin(I32Shl), "i32.shr_s": bin(I32ShrS), "i32.shr_u": bin(I32ShrU),
	"i64.shl": bin(I64Shl), "i64.shr_s": bin(I64ShrS), "i64.shr_u": bin(I64ShrU),
	"i32.extend8_s": un(I32Extend8S), "i32.extend16_s": un(I32Extend16S),
	"i64.extend8_s": un(I64Extend8S), "i64.extend16_s": un(I64Extend16S), "i64.extend32_s": un(I64Extend32S),
	"i32.div_s": binT(I32DivS), "i32.div_u": binT(I32DivU), "i32.rem_s": binT(I32RemS), "i32.rem_u": binT(I32RemU),
	"i64.div_s": binT(I64DivS), "i64.div_u": binT(I64DivU), "i64.rem_s": binT(I64RemS), "i64.rem_u": binT(I64RemU),

	"f32.add": bin(F32Add), "f32.sub": bin(F32Sub), "f32.mul": bin(F32Mul), "f32.div": bin(F32Div),
	"f64.add": bin(F64Add), "f64.sub": bin(F64Sub), "f64.mul": bin(F64Mul), "f64.div": bin(F64Div),
	"f32.sqrt": un(F32Sqrt), "f64.sqrt": un(F64Sqrt),
	"f32.min": bin(F32Min), "f32.max": bin(F32Max), "f64.min": bin(F64Min), "f64.max": bin(F64Max),
	"f32.ceil": un(F32Ceil), "f32.floor": un(F32Floor), "f32.trunc": un(F32Trunc), "f32.nearest": un(F32Nearest),
	"f64.ceil": un(F64Ceil), "f64.floor": un(F64Floor), "f64.trunc": un(F64Trunc), "f64.nearest": un(F64Nearest),
	"f32.abs": un(F32Abs), "f32.neg": un(F32Neg), "f32.copysign": bin(F32Copysign),
	"f64.abs": un(F64Abs), "f64.neg": un(F64Neg), "f64.copysign": bin(F64Copysign),

	"i32.trunc_f32_s": unT(I32TruncF32S), "i32.trunc_f32_u": unT(I32TruncF32U),
	"i32.trunc_f64_s": unT(I32TruncF64S), "i32.trunc_f64_u": unT(I32TruncF64U),
	"i64.trunc_f32_s": unT(I64TruncF32S), "i64.trunc_f32_u": unT(I64TruncF32U),
	"i64.trunc_f64_s": unT(I64TruncF64S), "i64.trunc_f64_u": unT(I64TruncF64U),
	"i32.trunc_sat_f32_s": un(I32TruncSatF32S), "i32.trunc_sat_f32_u": un(I32TruncSatF32U),
	"i32.trunc_sat_f64_s": un(I32TruncSatF64S), "i32.trunc_sat_f64_u": un(I32TruncSatF64U),
	"i64.trunc_sat_f32_s": un(I64TruncSatF32S), "i64.trunc_sat_f32_u": un(I64TruncSatF32U),
	"i64.trunc_sat_f64_s": un(I64TruncSatF64S), "i64.trunc_sat_f64_u": un(I64TruncSatF64U),
	"i32.wrap_i64": un(I32WrapI64), "i64.extend_i32_s": un(I64ExtendI32S), "i64.extend_i32_u": un(I64ExtendI32U),
	"f32.demote_f64": un(F32DemoteF64), "f64.promote_f32": un(F64PromoteF32),
	"f32.convert_i32_s": un(F32ConvertI32S), "f32.convert_i32_u": un(F32ConvertI32U),
	"f32.convert_i64_s": un(F32ConvertI64S), "f32.convert_i64_u": un(F32ConvertI64U),
	"f64.convert_i32_s": un(F64ConvertI32S), "f64.convert_i32_u": un(F64ConvertI32U),
	"f64.convert_i64_s": un(F64ConvertI64S), "f64.convert_i64_u": un(F64ConvertI64U),

	// Reference one-liners, not part of the package.
	"i32.reinterpret_f32": un(func(x uint32) uint32 { return x }),
	"f32.reinterpret_i32": un(func(x uint32) uint32 { return x }),
	"i64.reinterpret_f64": un(func(x uint64) uint64 { return x }),
	"f64.reinterpret_i64": un(func(x uint64) uint64 { return x }),
	"i32.add":             bin(func(x, y uint32) uint32 { return x + y }),
	"i32.sub":             bin(func(x, y uint32) uint32 { return x - y }),
	"i32.mul":             bin(func(x, y uint32) uint32 { return x * y }),
	"i32.and":             bin(func(x, y uint32) uint32 { return x & y }),
	"i32.or":              bin(func(x, y uint32) uint32 { return x | y }),
	"i32.xor":             bin(func(x, y uint32) uint32 { return x ^ y }),
	"i64.add":             bin(func(x, y uint64) uint64 { return x + y }),
	"i64.sub":             bin(func(x, y uint64) uint64 { return x - y }),
	"i64.mul":             bin(func(x, y uint64) uint64 { return x * y }),
	"i64.and":             bin(func(x, y uint64) uint64 { return x & y }),
	"i64.or":              bin(func(x, y uint64) uint64 { return x | y }),
	"i64.xor":             bin(func(x, y uint64) uint64 { return x ^ y }),
	"i32.eqz":             un(func(x uint32) uint32 { return b2i(x == 0) }),
	"i64.eqz":             un(func(x uint64) uint32 { return b2i(x == 0) }),
	"i32.eq":              bin(func(x, y uint32) uint32 { return b2i(x == y) }),
	"i32.ne":              bin(func(x, y uint32) uint32 { return b2i(x != y) }),
	"i32.lt_s":            bin(func(x, y uint32) uint32 { return b2i(int32(x) < int32(y)) }),
	"i32.lt_u":            bin(func(x, y uint32) uint32 { return b2i(x < y) }),
	"i32.le_s":            bin(func(x, y uint32) uint32 { return b2i(int32(x) <= int32(y)) }),
	"i32.le_u":            bin(func(x, y uint32) uint32 { return b2i(x <= y) }),
	"i32.gt_s":            bin(func(x, y uint32) uint32 { return b2i(int32(x) > int32(y)) }),
	"i32.gt_u":            bin(func(x, y uint32) uint32 { return b2i(x > y) }),
	"i32.ge_s":            bin(func(x, y uint32) uint32 { return b2i(int32(x) >= int32(y)) }),
	"i32.ge_u":            bin(func(x, y uint32) uint32 { return b2i(x >= y) }),
	"i64.eq":              bin(func(x, y uint64) uint32 { return b2i(x == y) }),
	"i64.ne":              bin(func(x, y uint64) uint32 { return b2i(x != y) }),
	"i64.lt_s":            bin(func(x, y uint64) uint32 { return b2i(int64(x) < int64(y)) }),
	"i64.lt_u":            bin(func(x, y uint64) uint32 { return b2i(x < y) }),
	"i64.le_s":            bin(func(x, y uint64) uint32 { return b2i(int64(x) <= int64(y)) }),
	"i64.le_u":            bin(func(x, y uint64) uint32 { return b2i(x <= y) }),
	"i64.gt_s":            bin(func(x, y uint64) uint32 { return b2i(int64(x) > int64(y)) }),
	"i64.gt_u":            bin(func(x, y uint64) uint32 { return b2i(x > y) }),
	"i64.ge_s":            bin(func(x, y uint64) uint32 { return b2i(int64(x) >= int64(y)) }),
	"i64.ge_u":            bin(func(x, y uint64) uint32 { return b2i(x >= y) }),
	"f32.eq":              bin(func(x, y uint32) uint32 { return b2i(f32v(x) == f32v(y)) }),
	"f32.ne":              bin(func(x, y uint32) uint32 { return b2i(f32v(x) != f32v(y)) }),
	"f32.lt":              bin(func(x, y uint32) uint32 { return b2i(f32v(x) < f32v(y)) }),
	"f32.le":              bin(func(x, y uint32) uint32 { return b2i(f32v(x) <= f32v(y)) }),
	"f32.gt":              bin(func(x, y uint32) uint32 { return b2i(f32v(x) > f32v(y)) }),
	"f32.ge":              bin(func(x, y uint32) uint32 { return b2i(f32v(x) >= f32v(y)) }),
	"f64.eq":              bin(func(x, y uint64) uint32 { return b2i(f64v(x) == f64v(y)) }),
	"f64.ne":              bin(func(x, y uint64) uint32 { return b2i(f64v(x) != f64v(y)) }),
	"f64.lt":              bin(func(x, y uint64) uint32 { return b2i(f64v(x) < f64v(y)) }),
	"f64.le":              bin(func(x, y uint64) uint32 { return b2i(f64v(x) <= f64v(y)) }),
	"f64.gt":              bin(func(x, y uint64) uint32 { return b2i(f64v(x) > f64v(y)) }),
	"f64.ge":              bin(func(x, y uint64) uint32 { return b2i(f64v(x) >= f64v(y)) }),
}
