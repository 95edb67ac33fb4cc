package wasm

// Op identifies an instruction. Ops[op] describes it.
type Op uint16

// ImmKind names the immediates an instruction takes and says where Instr
// keeps them.
type ImmKind uint8

// Immediate kinds. X, Y, Imm, ImmHi, Block, Labels, Types, Ref, Ref2 and
// Catches are the Instr fields.
const (
	ImmNone         ImmKind = iota
	ImmBlock                // Block
	ImmLabel                // X = label depth
	ImmBrTable              // Labels = targets then default
	ImmFunc                 // X = function index
	ImmCallIndirect         // X = type index, Y = table index
	ImmType                 // X = type index
	ImmSelectT              // Types
	ImmTryTable             // Block, Catches
	ImmLocal                // X = local index
	ImmGlobal               // X = global index
	ImmTable                // X = table index
	ImmMem                  // X = memory index
	ImmMemArg               // X = memory index, Y = alignment (log2), Imm = offset
	ImmI32                  // Imm = the value's bits (zero-extended)
	ImmI64                  // Imm
	ImmF32                  // Imm = the float's bits
	ImmF64                  // Imm = the float's bits
	ImmHeapType             // Ref = (ref null heaptype)
	ImmTag                  // X = tag index
	ImmField                // X = type index, Y = field index
	ImmArrayFixed           // X = type index, Y = element count
	ImmArrayData            // X = type index, Y = data index
	ImmArrayElem            // X = type index, Y = elem index
	ImmArrayCopy            // X = destination type, Y = source type
	// ImmRefType: Ref is the target type. The table row's Code is the
	// non-null encoding; Code+1 encodes the nullable form.
	ImmRefType
	ImmBrOnCast  // X = label, Ref = source type, Ref2 = target type
	ImmMemInit   // X = data index, Y = memory index
	ImmData      // X = data index
	ImmTwoMems   // X = destination memory, Y = source memory
	ImmTableInit // X = elem index, Y = table index
	ImmElem      // X = elem index
	ImmTwoTables // X = destination table, Y = source table
	ImmV128      // Imm = low 8 bytes, ImmHi = high 8 bytes (little-endian)
	ImmLane      // ImmHi = lane index
	ImmMemArgLane
	ImmShuffle  // Imm, ImmHi = 16 lane indices, one per byte
	ImmZeroByte // no field: a reserved byte that must be zero (atomic.fence)
)

// OpInfo is one row of the opcode table.
type OpInfo struct {
	Name   string  // text-format mnemonic
	Prefix byte    // 0, or 0xFB, 0xFC, 0xFD, 0xFE for prefixed opcodes
	Code   uint32  // the opcode byte, or the LEB128 sub-opcode after the prefix
	Imm    ImmKind // immediates
	// Sig is the stack effect as a student reads it, e.g. "[i32 i32] -> [i32]".
	// "addr" stands for the memory's or table's address type (i32 or i64).
	Sig string
	Doc string // one line that says what the instruction does
	Facts
}

// NumOps is one more than the last Op: the length of a dense table with an
// entry per instruction, indexed by Op.
const NumOps = int(OpCatchAll) + 1

// Ops is the opcode table, indexed by Op.
var Ops = buildOps()

func buildOps() []OpInfo {
	ops := make([]OpInfo, 0, len(coreOps)+len(simdOps)+len(threadOps)+len(legacyEHOps))
	ops = append(ops, coreOps[:]...)
	ops = append(ops, simdOps...)
	ops = append(ops, threadOps...)
	ops = append(ops, legacyEHOps...)
	deriveFacts(ops)
	return ops
}

// String returns the mnemonic.
func (op Op) String() string {
	if int(op) < len(Ops) && Ops[op].Name != "" {
		return Ops[op].Name
	}
	return "invalid"
}

type encoding struct {
	prefix byte
	code   uint32
}

var (
	opsByName     = map[string]Op{}
	opsByEncoding = map[encoding]Op{}
	// oneByte maps a single-byte opcode to its Op plus one (0: none): most
	// instructions of a module have one, and a decoder looks up each.
	oneByte [256]uint16
)

func init() {
	for i := range Ops {
		op := Op(i)
		info := &Ops[i]
		if info.Name == "" {
			continue
		}
		// select and its typed form share a mnemonic: the parser picks the
		// typed one when it sees (result ...), so the plain form wins here.
		if _, dup := opsByName[info.Name]; !dup {
			opsByName[info.Name] = op
		}
		opsByEncoding[encoding{info.Prefix, info.Code}] = op
		if info.Prefix == 0 && info.Code < 256 {
			oneByte[info.Code] = uint16(op) + 1
		}
		if info.Imm == ImmRefType {
			opsByEncoding[encoding{info.Prefix, info.Code + 1}] = op
		}
	}
}

// OpByName looks up an instruction by its text mnemonic.
func OpByName(name string) (Op, bool) {
	op, ok := opsByName[name]
	return op, ok
}

// OpByEncoding looks up an instruction by its binary encoding (prefix 0 for
// single-byte opcodes). For ref.test and ref.cast, both encodings map to the
// one Op; the caller sets Ref.Nullable from code == Info.Code+1.
func OpByEncoding(prefix byte, code uint32) (Op, bool) {
	if prefix == 0 && code < 256 {
		op := oneByte[code]
		return Op(op - 1), op != 0
	}
	op, ok := opsByEncoding[encoding{prefix, code}]
	return op, ok
}

// FixedSig returns the stack effect of an instruction that involves only
// number and vector types, the ones a validator can check from the table
// alone. ok is false for every other instruction.
func (o *OpInfo) FixedSig() (params, results []ValType, ok bool) {
	if o.Imm != ImmNone && o.Imm != ImmI32 && o.Imm != ImmI64 && o.Imm != ImmF32 &&
		o.Imm != ImmF64 && o.Imm != ImmV128 && o.Imm != ImmLane && o.Imm != ImmShuffle {
		return nil, nil, false
	}
	if !o.typed || o.usesAddr {
		return nil, nil, false
	}
	return o.params[0], o.results[0], true
}
