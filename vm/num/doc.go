// Package num implements the numeric instructions of WebAssembly with the
// specification's exact semantics, as small pure functions for the
// interpreter's handlers (the simple ones inline).
//
// # Values
//
// Every operand and result is raw bits, the representation of the machine's
// value slots: uint32 holds an i32 or the bits of an f32, uint64 an i64 or the
// bits of an f64. Signed operations reinterpret their operands. Operations
// that can trap return a [Trap] as a second result; [NoTrap] (zero) means the
// first result is valid.
//
// Names follow the mnemonics: I32DivS is i32.div_s, F64ConvertI64U is
// f64.convert_i64_u. Instructions Go computes exactly with one operator
// (integer add, sub, mul, and, or, xor, eqz and comparisons; float
// comparisons) have no function here, nor have the reinterpretations, which
// are the identity on raw bits.
//
// # NaNs
//
// The specification lets an operation whose NaN operands are all canonical
// return a canonical NaN of either sign, and otherwise any arithmetic NaN
// (quiet bit set). add, sub, mul, div, sqrt, demote and promote use the FPU
// through Go: amd64 returns the first NaN operand with its quiet bit set
// (payload kept) or, for an invalid operation such as inf-inf, the negative
// canonical NaN; other IEEE 754 units either do the same or return their
// default NaN, which is canonical. Both satisfy the rule. min and max pass
// their NaN operands through an addition for the same reason. f64 ceil,
// floor, trunc and nearest set the quiet bit themselves, because Go's
// software versions of them return a signalling NaN unchanged (the f32 ones
// convert to float64 first, which quiets). abs, neg and copysign
// are pure bit operations that keep every other bit, as the specification
// requires. NaNs of arithmetic results may therefore differ between host
// architectures, always within the specification.
//
// # Rounding
//
// Every float result is converted explicitly to its type (float32(x*y)).
// The Go specification lets the compiler fuse x*y+z into one FMA (arm64 and
// other ports do by default, amd64 with GOAMD64=v3) except across an
// explicit conversion; WebAssembly forbids the fusion. The bit
// casts between inlined handlers happen to block it today too, but only the
// conversion is guaranteed. Handlers computing on Go floats directly need
// the same care.
//
// Integer to float conversions round once, to nearest even: Go's
// conversions do, including int64/uint64 to float32 (amd64: CVTSQ2SS, and for
// a uint64 of 2^63 or more a halving that keeps a sticky bit); the tests
// check them against math/big.
package num
