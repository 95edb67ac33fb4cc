package binary

import (
	"encoding/binary"

	"wasmstep/vm/wasm"
)

// Prefix bytes of multi-byte opcodes, consecutive; a LEB128 u32
// sub-opcode follows.
const (
	prefixGC   = 0xFB
	prefixMisc = 0xFC
	prefixSIMD = 0xFD
	prefixAtom = 0xFE // threads: atomic accesses, wait/notify, fence
)

// Memory argument flags: the low 6 bits are the alignment exponent; bit 6
// says a memory index follows (multi-memory).
const (
	memArgAlignMask = 0x3F
	memArgHasMem    = 0x40
	memArgMaxFlags  = 0x7F
)

// constExpr reads a constant expression (the validator checks constness).
func (d *decoder) constExpr() []wasm.Instr { return d.expr() }

// expr reads instructions up to and including the end that closes the
// expression. open tracks the enclosing constructs so that an else appears
// only in an if and the right end closes the expression. The instructions
// are decoded in place at the end of the slab, so a module's millions of
// instructions cost few allocations, no copies and no slack. The slab and
// the open blocks are locals while it runs, as it runs per instruction.
func (d *decoder) expr() []wasm.Instr {
	r := d.r
	slab, open := d.slab, d.open[:0]
	first := len(slab) // where the expression starts in the slab
	for r.err == nil {
		if len(slab) == cap(slab) {
			slab, first = grow(slab, first), 0
		}
		slab = slab[:len(slab)+1]
		in := &slab[len(slab)-1]
		// The slab may be a buffer reused from body to body.
		*in = wasm.Instr{}
		start := r.pos
		d.instr(in)
		if r.err != nil {
			break
		}
		switch in.Op {
		case wasm.OpBlock, wasm.OpLoop, wasm.OpIf, wasm.OpTryTable, wasm.OpTry:
			open = append(open, in.Op)
		case wasm.OpCatch, wasm.OpCatchAll, wasm.OpDelegate:
			if !legacyClauseFits(open, in.Op) {
				r.failAt(start, "END opcode expected")
				break
			}
			if in.Op == wasm.OpDelegate {
				open = open[:len(open)-1] // a delegate ends its try
			} else {
				open[len(open)-1] = in.Op
			}
		case wasm.OpElse:
			if len(open) == 0 || open[len(open)-1] != wasm.OpIf {
				r.failAt(start, "END opcode expected")
				break
			}
			open[len(open)-1] = wasm.OpElse
		case wasm.OpEnd:
			if len(open) == 0 {
				d.slab, d.open = slab, open
				// Cut the capacity so that appending to one body cannot
				// overwrite the next.
				return slab[first:len(slab):len(slab)]
			}
			open = open[:len(open)-1]
		}
	}
	d.slab, d.open = slab[:first], open
	return nil
}

// slabSize is how many instructions the decoder allocates at most at
// once: big enough that a module of many small functions costs few
// allocations, small enough that the tail left unused is negligible.
const slabSize = 1 << 14

// grow moves the expression read so far, from first on, to a new slab,
// the current one being full: small for a small module, doubling up to
// slabSize.
func grow(slab []wasm.Instr, first int) []wasm.Instr {
	sofar := slab[first:]
	n := max(min(slabSize, 2*cap(slab)), 64, 2*len(sofar))
	return append(make([]wasm.Instr, 0, n), sofar...)
}

// instr reads one instruction into in, which is zero: its opcode, then the
// immediates its table row names.
func (d *decoder) instr(in *wasm.Instr) {
	r := d.r
	start := r.pos
	if start >= len(r.buf) {
		r.pastEnd()
		return
	}
	b := r.buf[start] // r.byte, inline: this is the decoder's hottest read
	r.pos++
	prefix, code := byte(0), uint32(b)
	if prefixGC <= b && b <= prefixAtom {
		prefix, code = b, r.u32()
	}
	if r.err != nil {
		return
	}
	op, ok := wasm.OpByEncoding(prefix, code)
	if !ok {
		if prefix != 0 {
			r.failAt(start, "illegal opcode %02x %d", prefix, code)
		} else {
			r.failAt(start, "illegal opcode %02x", b)
		}
		return
	}
	in.Op, in.Pos = op, r.sourcePos(start)
	if read := opImmReaders[op]; read != nil {
		read(d, in, code)
	} else if wasm.Ops[op].Imm != wasm.ImmNone {
		r.failAt(start, "decoder does not know the immediates of %s", op)
	}
}

// opImmReaders is immReaders by opcode, so that instr finds the reader in
// one step; nil for an opcode without immediates (or an unknown kind).
var opImmReaders = func() []func(d *decoder, in *wasm.Instr, code uint32) {
	readers := make([]func(d *decoder, in *wasm.Instr, code uint32), len(wasm.Ops))
	for op := range wasm.Ops {
		if kind := wasm.Ops[op].Imm; int(kind) < len(immReaders) {
			readers[op] = immReaders[kind]
		}
	}
	return readers
}()

// immReaders decodes the immediates of each ImmKind into the Instr fields
// the kind names; code is the opcode, for kinds whose encoding varies.
var immReaders = [...]func(d *decoder, in *wasm.Instr, code uint32){
	wasm.ImmNone:         nil,
	wasm.ImmBlock:        func(d *decoder, in *wasm.Instr, _ uint32) { in.SetBlock(d.blockType()) },
	wasm.ImmLabel:        readX,
	wasm.ImmBrTable:      readBrTable,
	wasm.ImmFunc:         readX,
	wasm.ImmCallIndirect: readXY,
	wasm.ImmType:         readX,
	wasm.ImmSelectT:      func(d *decoder, in *wasm.Instr, _ uint32) { in.SetMore().Types = d.resultType() },
	wasm.ImmTryTable:     readTryTable,
	wasm.ImmLocal:        readX,
	wasm.ImmGlobal:       readX,
	wasm.ImmTable:        readX,
	wasm.ImmMem:          readX,
	wasm.ImmMemArg:       readMemArg,
	wasm.ImmI32:          func(d *decoder, in *wasm.Instr, _ uint32) { in.Imm = uint64(uint32(d.r.s32())) },
	wasm.ImmI64:          func(d *decoder, in *wasm.Instr, _ uint32) { in.Imm = uint64(d.r.s64()) },
	wasm.ImmF32:          func(d *decoder, in *wasm.Instr, _ uint32) { in.Imm = uint64(d.fixed32()) },
	wasm.ImmF64:          func(d *decoder, in *wasm.Instr, _ uint32) { in.Imm = d.fixed64() },
	wasm.ImmHeapType:     func(d *decoder, in *wasm.Instr, _ uint32) { in.Ref = wasm.RefType(true, d.heapType()) },
	wasm.ImmTag:          readX,
	wasm.ImmField:        readXY,
	wasm.ImmArrayFixed:   readXY,
	wasm.ImmArrayData:    readXYData,
	wasm.ImmArrayElem:    readXY,
	wasm.ImmArrayCopy:    readXY,
	wasm.ImmRefType:      readRefType,
	wasm.ImmBrOnCast:     readBrOnCast,
	wasm.ImmMemInit:      readXYData,
	wasm.ImmData:         readXData,
	wasm.ImmTwoMems:      readXY,
	wasm.ImmTableInit:    readXY,
	wasm.ImmElem:         readX,
	wasm.ImmTwoTables:    readXY,
	wasm.ImmV128:         readV128,
	wasm.ImmLane:         readLane,
	wasm.ImmMemArgLane:   func(d *decoder, in *wasm.Instr, c uint32) { readMemArg(d, in, c); readLane(d, in, c) },
	wasm.ImmShuffle:      readV128,
	wasm.ImmZeroByte:     readZeroByte,
}

func readX(d *decoder, in *wasm.Instr, _ uint32) { in.X = d.r.u32() }

func readXY(d *decoder, in *wasm.Instr, _ uint32) {
	in.X = d.r.u32()
	in.Y = d.r.u32()
}

// readXData and readXYData read immediates that name a data segment, which
// makes the data count section mandatory.
func readXData(d *decoder, in *wasm.Instr, c uint32) {
	readX(d, in, c)
	d.usesDataIdx = true
}

func readXYData(d *decoder, in *wasm.Instr, c uint32) {
	readXY(d, in, c)
	d.usesDataIdx = true
}

func readBrTable(d *decoder, in *wasm.Instr, _ uint32) {
	r := d.r
	n := r.length()
	labels := make([]uint32, 0, n+1)
	for i := 0; i < n && r.err == nil; i++ {
		labels = append(labels, r.u32())
	}
	in.SetMore().Labels = append(labels, r.u32())
}

func readTryTable(d *decoder, in *wasm.Instr, _ uint32) {
	r := d.r
	in.SetBlock(d.blockType())
	r.vec(func(int) {
		start := r.pos
		c := wasm.Catch{Kind: wasm.CatchKind(r.byte())}
		switch c.Kind {
		case wasm.CatchTag, wasm.CatchTagRef:
			c.Tag = r.u32()
		case wasm.CatchAll, wasm.CatchAllRef:
		default:
			r.failAt(start, "malformed catch clause")
			return
		}
		c.Label = r.u32()
		in.SetMore().Catches = append(in.Catches(), c)
	})
}

func readMemArg(d *decoder, in *wasm.Instr, _ uint32) {
	r := d.r
	start := r.pos
	flags := r.u32()
	if r.err == nil && flags > memArgMaxFlags {
		r.failAt(start, "malformed memop flags")
		return
	}
	if flags&memArgHasMem != 0 {
		in.X = r.u32()
	}
	in.Y = flags & memArgAlignMask
	in.Imm = r.u64()
}

// readRefType reads ref.test and ref.cast: the opcode after the table's
// says the target type is nullable.
func readRefType(d *decoder, in *wasm.Instr, code uint32) {
	nullable := code == wasm.Ops[in.Op].Code+1
	in.Ref = wasm.RefType(nullable, d.heapType())
}

// Cast flags of br_on_cast: bit 0 source nullable, bit 1 target nullable.
const (
	castSrcNull = 1
	castDstNull = 2
)

func readBrOnCast(d *decoder, in *wasm.Instr, _ uint32) {
	r := d.r
	start := r.pos
	flags := r.byte()
	if flags > castSrcNull|castDstNull {
		r.failAt(start, "malformed cast flags")
		return
	}
	in.X = r.u32()
	in.Ref = wasm.RefType(flags&castSrcNull != 0, d.heapType())
	in.SetMore().Ref2 = wasm.RefType(flags&castDstNull != 0, d.heapType())
}

func readV128(d *decoder, in *wasm.Instr, _ uint32) {
	in.Imm = d.fixed64()
	in.ImmHi = d.fixed64()
}

func readLane(d *decoder, in *wasm.Instr, _ uint32) { in.ImmHi = uint64(d.r.byte()) }

func (d *decoder) fixed32() uint32 {
	if b := d.r.bytes(4); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

func (d *decoder) fixed64() uint64 {
	if b := d.r.bytes(8); b != nil {
		return binary.LittleEndian.Uint64(b)
	}
	return 0
}

// blockType reads an empty type, a single value type, or a type index as a
// non-negative s33 (value types are negative single bytes).
func (d *decoder) blockType() wasm.BlockType {
	r := d.r
	b, _ := r.peek()
	switch {
	case b == codeEmptyBlock:
		r.byte()
		return wasm.BlockType{Kind: wasm.BlockEmpty}
	case isValTypeStart(b):
		return wasm.BlockType{Kind: wasm.BlockValue, Value: d.valType()}
	}
	start := r.pos
	x := r.s33()
	if r.err == nil && x < 0 {
		r.failAt(start, "malformed block type")
	}
	return wasm.BlockType{Kind: wasm.BlockIndex, Index: uint32(x)}
}

func isValTypeStart(b byte) bool {
	return (b >= codeV128 && b <= codeI32) || b == codeRef || b == codeRefNull || isAbstractHeap(b)
}
