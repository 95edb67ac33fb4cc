package wasm

import (
	"math/bits"
	"strings"
)

// Facts are the typed columns of the opcode table: what validation,
// lowering and the debugger need to know about an instruction, derived once
// from its row (mnemonic, immediates, Sig) when the table is built, so no
// other package keeps its own list of, say, the stores or the allocating
// instructions. Rows leave them zero; buildOps fills them in.
type Facts struct {
	Class   Class
	Feature Feature
	// Access is the memory an access instruction (ImmMemArg, ImmMemArgLane)
	// reads or writes; zero for every other instruction.
	Access Access
	// Traps: the instruction may trap on some operands (division by zero,
	// out-of-bounds access, null reference, failed cast, unreachable ...).
	Traps bool
	// WritesMemory: the instruction writes linear memory, its address the
	// deepest of its operands.
	WritesMemory bool
	Allocates    bool // creates a GC object, left on top of the stack
	// Transfers: the instruction delimits a block or may go on elsewhere
	// than after itself (branches, returns, throws, tail calls,
	// unreachable), so the stacks before and after it need not line up.
	Transfers bool
	// Commutative: a binary instruction whose operands may swap even when
	// one is a constant (float add and mul only with a constant that is not
	// a NaN: with two NaNs, which one the result carries depends on order).
	Commutative bool

	// params and results are Sig's types, [0] with "addr" as i32 and [1]
	// with it as i64; typed says Sig names only number, vector and address
	// types (no type variables, references or label types).
	params, results [2][]ValType
	typed           bool
	usesAddr        bool
}

// Access describes a memory access.
type Access struct {
	Width  uint8 // bytes read or written: 1, 2, 4, 8 or 16; 0 for no access
	Signed bool  // a narrow load sign-extends
}

// NaturalAlign is the log2 of the access width: the largest alignment an
// instruction may declare (and, for atomics, the only one).
func (a Access) NaturalAlign() uint32 {
	if a.Width == 0 {
		return 0
	}
	return uint32(bits.TrailingZeros8(a.Width))
}

// Class says which part of the machine runs an instruction.
type Class uint8

// Instruction classes.
const (
	ClassControl    Class = iota // blocks, branches, return, unreachable, nop
	ClassCall                    // calls, tail calls, throw
	ClassLegacyEH                // try, catch, catch_all, delegate, rethrow
	ClassParametric              // drop, select
	ClassVariable                // local and global get/set/tee
	ClassConst                   // number constants
	ClassNumeric                 // integer and float arithmetic, comparisons, conversions
	ClassMemory                  // plain loads and stores, memory.size/grow, bulk memory
	ClassTable                   // table instructions
	ClassRef                     // references, i31, casts, br_on_null/br_on_cast
	ClassGC                      // struct and array instructions
	ClassSIMD                    // v128 instructions
	ClassAtomic                  // threads: atomic accesses, wait/notify, fence
)

// Feature is the proposal beyond WebAssembly 1.0 an instruction belongs to
// as a reader names it, or FeatureNone.
type Feature uint8

// Features of instructions.
const (
	FeatureNone Feature = iota
	FeatureBulkMemory
	FeatureSIMD
	FeatureTailCalls
	FeatureExceptions
	FeatureGC
	FeatureThreads
)

// Typed reports whether Sig names only number, vector and address types,
// the instructions whose stack effect the table gives in full.
func (f *Facts) Typed() bool { return f.typed }

// Params returns Sig's parameter types with "addr" as i64 if addr64, else
// i32; nil unless Typed.
func (f *Facts) Params(addr64 bool) []ValType { return f.params[b2i(addr64)] }

// Results returns Sig's result types; see Params.
func (f *Facts) Results(addr64 bool) []ValType { return f.results[b2i(addr64)] }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// deriveFacts fills in the Facts of every row.
func deriveFacts(ops []OpInfo) {
	for i := range ops {
		info := &ops[i]
		if info.Name == "" {
			continue
		}
		op := Op(i)
		info.parseSig()
		info.Class = classOf(op, info)
		info.Feature = featureOf(info.Name)
		if info.Imm == ImmMemArg || info.Imm == ImmMemArgLane {
			info.Access = Access{Width: accessWidth(info), Signed: strings.HasSuffix(info.Name, "_s")}
		}
		info.WritesMemory = writesMemory(op, info)
		info.Allocates = allocating(op)
		info.Transfers = transfers(op, info)
		info.Commutative = commutative(op)
		info.Traps = mayTrap(op, info)
	}
}

func (o *OpInfo) parseSig() {
	in, out, found := strings.Cut(o.Sig, " -> ")
	if !found {
		return
	}
	o.typed = true
	for a, addr := range [2]ValType{I32, I64} {
		var ok1, ok2 bool
		o.params[a], ok1 = sigTypes(in, addr)
		o.results[a], ok2 = sigTypes(out, addr)
		o.typed = o.typed && ok1 && ok2
	}
	o.usesAddr = strings.Contains(o.Sig, "addr")
	if !o.typed {
		o.params, o.results = [2][]ValType{}, [2][]ValType{}
	}
}

func sigTypes(s string, addr ValType) ([]ValType, bool) {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	var ts []ValType
	for _, f := range strings.Fields(s) {
		switch f {
		case "i32":
			ts = append(ts, I32)
		case "i64":
			ts = append(ts, I64)
		case "f32":
			ts = append(ts, F32)
		case "f64":
			ts = append(ts, F64)
		case "v128":
			ts = append(ts, V128)
		case "addr":
			ts = append(ts, addr)
		default:
			return nil, false
		}
	}
	return ts, true
}

func classOf(op Op, info *OpInfo) Class {
	switch {
	case info.Prefix == 0xFD:
		return ClassSIMD
	case info.Prefix == 0xFE:
		return ClassAtomic
	case op >= OpI32Eqz && op <= OpI64Extend32S, op >= OpI32TruncSatF32S && op <= OpI64TruncSatF64U:
		return ClassNumeric
	case op >= OpI32Load && op <= OpMemoryGrow, op >= OpMemoryInit && op <= OpMemoryFill:
		return ClassMemory
	case op >= OpStructNew && op <= OpArrayInitElem:
		return ClassGC
	case op >= OpRefNull && op <= OpI31GetU:
		return ClassRef
	}
	switch op {
	case OpCall, OpReturnCall, OpCallIndirect, OpReturnCallIndirect, OpCallRef, OpReturnCallRef, OpThrow, OpThrowRef:
		return ClassCall
	case OpTry, OpCatch, OpCatchAll, OpDelegate, OpRethrow:
		return ClassLegacyEH
	case OpDrop, OpSelect, OpSelectT:
		return ClassParametric
	case OpLocalGet, OpLocalSet, OpLocalTee, OpGlobalGet, OpGlobalSet:
		return ClassVariable
	case OpI32Const, OpI64Const, OpF32Const, OpF64Const:
		return ClassConst
	case OpTableGet, OpTableSet, OpTableInit, OpElemDrop, OpTableCopy, OpTableGrow, OpTableSize, OpTableFill:
		return ClassTable
	}
	return ClassControl
}

// transfers: the control instructions but nop, the legacy exception
// instructions, the branches on references (a label immediate), and the
// calls that do not come back (throws, tail calls).
func transfers(op Op, info *OpInfo) bool {
	switch {
	case info.Class == ClassControl:
		return op != OpNop
	case info.Class == ClassLegacyEH, info.Imm == ImmLabel, info.Imm == ImmBrOnCast:
		return true
	}
	return info.Class == ClassCall && (strings.HasPrefix(info.Name, "throw") || strings.HasPrefix(info.Name, "return_call"))
}

// featureOf names an instruction's proposal by its mnemonic.
func featureOf(name string) Feature {
	switch {
	case strings.Contains(name, ".atomic.") || strings.HasPrefix(name, "memory.atomic") || name == "atomic.fence":
		return FeatureThreads
	case strings.HasPrefix(name, "v128") || strings.HasPrefix(name, "i8x16") || strings.HasPrefix(name, "i16x8") ||
		strings.HasPrefix(name, "i32x4") || strings.HasPrefix(name, "i64x2") || strings.HasPrefix(name, "f32x4") || strings.HasPrefix(name, "f64x2"):
		return FeatureSIMD
	case strings.HasPrefix(name, "return_call"):
		return FeatureTailCalls
	case name == "throw" || name == "throw_ref" || name == "try_table" || name == "try" || name == "rethrow" || name == "delegate":
		return FeatureExceptions
	case strings.HasPrefix(name, "struct.") || strings.HasPrefix(name, "array.") || strings.Contains(name, "i31") ||
		strings.HasPrefix(name, "br_on_cast") || strings.HasPrefix(name, "ref.cast") || strings.HasPrefix(name, "ref.test") ||
		name == "any.convert_extern" || name == "extern.convert_any":
		return FeatureGC
	case name == "memory.copy" || name == "memory.fill" || name == "memory.init" || name == "data.drop" ||
		name == "table.copy" || name == "table.init" || name == "elem.drop":
		return FeatureBulkMemory
	}
	return FeatureNone
}

// accessWidth reads the width of a memory access from its mnemonic, the
// way the specification names them: a size after load/store (i64.load32_u,
// v128.load8_lane, i32.atomic.rmw16.add_u, memory.atomic.wait32), lanes
// times lane size (v128.load16x4_s), else the value type's size.
func accessWidth(info *OpInfo) uint8 {
	name := info.Name
	if name == "memory.atomic.notify" {
		return 4
	}
	_, rest, _ := strings.Cut(name, ".")
	rest = strings.TrimPrefix(rest, "atomic.")
	for _, verb := range [...]string{"load", "store", "rmw", "wait"} {
		if tail, ok := strings.CutPrefix(rest, verb); ok {
			n, tail := leadingNumber(tail)
			if m, ok := strings.CutPrefix(tail, "x"); ok {
				lanes, _ := leadingNumber(m)
				return uint8(n * lanes / 8)
			}
			if n > 0 {
				return uint8(n / 8)
			}
		}
	}
	switch {
	case strings.HasPrefix(name, "i32") || strings.HasPrefix(name, "f32"):
		return 4
	case strings.HasPrefix(name, "i64") || strings.HasPrefix(name, "f64"):
		return 8
	}
	return 16
}

func leadingNumber(s string) (int, string) {
	n, k := 0, 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		n = n*10 + int(s[k]-'0')
		k++
	}
	return n, s[k:]
}

func writesMemory(op Op, info *OpInfo) bool {
	switch op {
	case OpMemoryFill, OpMemoryCopy, OpMemoryInit:
		return true
	}
	if info.Access.Width == 0 {
		return false
	}
	return strings.Contains(info.Name, ".store") || strings.Contains(info.Name, ".rmw")
}

func allocating(op Op) bool {
	switch op {
	case OpStructNew, OpStructNewDefault, OpArrayNew, OpArrayNewDefault, OpArrayNewFixed, OpArrayNewData, OpArrayNewElem:
		return true
	}
	return false
}

func commutative(op Op) bool {
	switch op {
	case OpI32Add, OpI32Mul, OpI32And, OpI32Or, OpI32Xor, OpI32Eq, OpI32Ne,
		OpI64Add, OpI64Mul, OpI64And, OpI64Or, OpI64Xor, OpI64Eq, OpI64Ne,
		OpF32Add, OpF32Mul, OpF64Add, OpF64Mul:
		return true
	}
	return false
}

// mayTrap: memory accesses, integer division and remainder, trapping
// float-to-int truncations, and the instructions that check an index, a
// reference or a cast.
func mayTrap(op Op, info *OpInfo) bool {
	if info.Access.Width > 0 {
		return true
	}
	switch op {
	case OpI32DivS, OpI32DivU, OpI32RemS, OpI32RemU, OpI64DivS, OpI64DivU, OpI64RemS, OpI64RemU,
		OpI32TruncF32S, OpI32TruncF32U, OpI32TruncF64S, OpI32TruncF64U,
		OpI64TruncF32S, OpI64TruncF32U, OpI64TruncF64S, OpI64TruncF64U,
		OpUnreachable, OpCallIndirect, OpReturnCallIndirect, OpCallRef, OpReturnCallRef,
		OpTableGet, OpTableSet, OpTableInit, OpTableCopy, OpTableFill,
		OpMemoryInit, OpMemoryCopy, OpMemoryFill,
		OpRefAsNonNull, OpRefCast, OpI31GetS, OpI31GetU,
		OpStructGet, OpStructGetS, OpStructGetU, OpStructSet:
		return true
	}
	return info.Class == ClassGC && strings.HasPrefix(info.Name, "array.") &&
		op != OpArrayNewDefault && op != OpArrayNewFixed && op != OpArrayNew
}
