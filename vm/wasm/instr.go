package wasm

// Instr is one instruction with its immediates. Which fields are meaningful
// depends on the opcode's ImmKind (see the Imm constants); the others are
// zero. Structured instructions are flat: block/loop/if/try_table start a
// construct, else separates arms, end closes it.
type Instr struct {
	Op Op
	// blockKind, with Ref and X, holds the block type of a block, loop, if,
	// try_table or try (see Block): instructions are most of a module's
	// memory, so they share fields rather than carry a BlockType each.
	blockKind BlockKind
	Pos       Pos // start of the instruction (its mnemonic, or its first byte)
	// End is the end of the instruction's text: for a folded instruction the
	// closing parenthesis of its whole expression. Zero for binary input.
	End Pos

	X, Y  uint32  // index immediates; see ImmKind for their meaning
	Imm   uint64  // constant bits, memory offset, low half of a v128
	ImmHi uint64  // high half of a v128; lane index of a lane instruction
	Ref   ValType // ref.null (its heap type), ref.test/ref.cast target, br_on_cast source
	// More holds the immediates of the few instructions with lists (nil for
	// the others), so the millions of instructions of a compiled program do
	// not each carry three empty slices.
	More *MoreImm
}

// Block returns the block type of a block, loop, if, try_table or try.
func (in *Instr) Block() BlockType {
	return BlockType{Kind: in.blockKind, Value: in.Ref, Index: in.X}
}

// SetBlock sets the block type of a block, loop, if, try_table or try.
func (in *Instr) SetBlock(bt BlockType) {
	in.blockKind, in.Ref, in.X = bt.Kind, bt.Value, bt.Index
}

// MoreImm holds the rarely present immediates of an instruction.
type MoreImm struct {
	Labels  []uint32  // br_table: the targets followed by the default
	Types   []ValType // select's result type annotation
	Ref2    ValType   // br_on_cast target
	Catches []Catch   // try_table
}

// more returns the instruction's rare immediates, empty when it has none.
func (in *Instr) more() *MoreImm {
	if in.More == nil {
		return &noMore
	}
	return in.More
}

var noMore MoreImm

// Labels returns a br_table's targets followed by its default.
func (in *Instr) Labels() []uint32 { return in.more().Labels }

// Types returns select's result type annotation.
func (in *Instr) Types() []ValType { return in.more().Types }

// Ref2 returns br_on_cast's target type.
func (in *Instr) Ref2() ValType { return in.more().Ref2 }

// Catches returns a try_table's catch clauses.
func (in *Instr) Catches() []Catch { return in.more().Catches }

// SetMore returns the instruction's rare immediates for filling in,
// allocating them on first use.
func (in *Instr) SetMore() *MoreImm {
	if in.More == nil {
		in.More = new(MoreImm)
	}
	return in.More
}

// BlockKind is the shape of a block type.
type BlockKind uint8

// Block type shapes.
const (
	BlockEmpty BlockKind = iota // []->[]
	BlockValue                  // []->[Value]
	BlockIndex                  // the function type at Index
)

// BlockType is the type of a block, loop, if or try_table.
type BlockType struct {
	Kind  BlockKind
	Value ValType
	Index uint32
}

// CatchKind is the kind of a try_table catch clause.
type CatchKind uint8

// Catch clause kinds, numbered as in the binary format.
const (
	CatchTag CatchKind = iota
	CatchTagRef
	CatchAll
	CatchAllRef
)

// Catch is a try_table catch clause.
type Catch struct {
	Kind  CatchKind
	Tag   uint32 // CatchTag and CatchTagRef only
	Label uint32
}

// Info returns the opcode table row of the instruction.
func (in *Instr) Info() *OpInfo { return &Ops[in.Op] }

// MemArg returns the memory index, alignment (log2) and offset of a memory
// access instruction.
func (in *Instr) MemArg() (mem uint32, alignLog2 uint32, offset uint64) {
	return in.X, in.Y, in.Imm
}
