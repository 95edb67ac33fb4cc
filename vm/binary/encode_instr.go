package binary

import (
	"encoding/binary"

	"wasmstep/vm/wasm"
)

// expr writes an instruction list (which ends with its own end).
func (e *encoder) expr(b []byte, body []wasm.Instr) []byte {
	for i := range body {
		b = e.instr(b, &body[i])
	}
	return b
}

func (e *encoder) instr(b []byte, in *wasm.Instr) []byte {
	if int(in.Op) >= len(wasm.Ops) || in.Op == wasm.OpInvalid || wasm.Ops[in.Op].Name == "" {
		e.fail("invalid instruction %d", in.Op)
		return b
	}
	info := &wasm.Ops[in.Op]
	code := info.Code
	if info.Imm == wasm.ImmRefType && in.Ref.Nullable {
		code++
	}
	if info.Prefix == 0 {
		b = append(b, byte(code))
	} else {
		b = appendULEB(append(b, info.Prefix), uint64(code))
	}
	if info.Imm == wasm.ImmNone {
		return b
	}
	if int(info.Imm) >= len(immWriters) || immWriters[info.Imm] == nil {
		e.fail("encoder does not know the immediates of %s", in.Op)
		return b
	}
	return immWriters[info.Imm](e, b, in)
}

// immWriters mirrors immReaders.
var immWriters = [...]func(e *encoder, b []byte, in *wasm.Instr) []byte{
	wasm.ImmNone:         nil,
	wasm.ImmBlock:        func(e *encoder, b []byte, in *wasm.Instr) []byte { return e.blockType(b, in.Block()) },
	wasm.ImmLabel:        writeX,
	wasm.ImmBrTable:      writeBrTable,
	wasm.ImmFunc:         writeX,
	wasm.ImmCallIndirect: writeXY,
	wasm.ImmType:         writeX,
	wasm.ImmSelectT:      func(e *encoder, b []byte, in *wasm.Instr) []byte { return e.resultType(b, in.Types()) },
	wasm.ImmTryTable:     writeTryTable,
	wasm.ImmLocal:        writeX,
	wasm.ImmGlobal:       writeX,
	wasm.ImmTable:        writeX,
	wasm.ImmMem:          writeX,
	wasm.ImmMemArg:       writeMemArg,
	wasm.ImmI32:          func(_ *encoder, b []byte, in *wasm.Instr) []byte { return appendSLEB(b, int64(int32(in.Imm))) },
	wasm.ImmI64:          func(_ *encoder, b []byte, in *wasm.Instr) []byte { return appendSLEB(b, int64(in.Imm)) },
	wasm.ImmF32: func(_ *encoder, b []byte, in *wasm.Instr) []byte {
		return binary.LittleEndian.AppendUint32(b, uint32(in.Imm))
	},
	wasm.ImmF64:        func(_ *encoder, b []byte, in *wasm.Instr) []byte { return binary.LittleEndian.AppendUint64(b, in.Imm) },
	wasm.ImmHeapType:   func(e *encoder, b []byte, in *wasm.Instr) []byte { return e.heapType(b, in.Ref.Heap) },
	wasm.ImmTag:        writeX,
	wasm.ImmField:      writeXY,
	wasm.ImmArrayFixed: writeXY,
	wasm.ImmArrayData:  writeXY,
	wasm.ImmArrayElem:  writeXY,
	wasm.ImmArrayCopy:  writeXY,
	wasm.ImmRefType:    func(e *encoder, b []byte, in *wasm.Instr) []byte { return e.heapType(b, in.Ref.Heap) },
	wasm.ImmBrOnCast:   writeBrOnCast,
	wasm.ImmMemInit:    writeXY,
	wasm.ImmData:       writeX,
	wasm.ImmTwoMems:    writeXY,
	wasm.ImmTableInit:  writeXY,
	wasm.ImmElem:       writeX,
	wasm.ImmTwoTables:  writeXY,
	wasm.ImmV128:       writeV128,
	wasm.ImmLane:       writeLane,
	wasm.ImmMemArgLane: func(e *encoder, b []byte, in *wasm.Instr) []byte { return writeLane(e, writeMemArg(e, b, in), in) },
	wasm.ImmShuffle:    writeV128,
	wasm.ImmZeroByte:   func(_ *encoder, b []byte, _ *wasm.Instr) []byte { return append(b, 0) },
}

func writeX(_ *encoder, b []byte, in *wasm.Instr) []byte { return appendULEB(b, uint64(in.X)) }

func writeXY(_ *encoder, b []byte, in *wasm.Instr) []byte {
	return appendULEB(appendULEB(b, uint64(in.X)), uint64(in.Y))
}

func writeBrTable(e *encoder, b []byte, in *wasm.Instr) []byte {
	if len(in.Labels()) == 0 {
		e.fail("br_table without a default label")
		return b
	}
	targets := in.Labels()[:len(in.Labels())-1]
	b = appendVec(b, len(targets), func(b []byte, i int) []byte { return appendULEB(b, uint64(targets[i])) })
	return appendULEB(b, uint64(in.Labels()[len(in.Labels())-1]))
}

func writeTryTable(e *encoder, b []byte, in *wasm.Instr) []byte {
	b = e.blockType(b, in.Block())
	return appendVec(b, len(in.Catches()), func(b []byte, i int) []byte {
		c := in.Catches()[i]
		if c.Kind > wasm.CatchAllRef {
			e.fail("try_table: invalid catch kind %d", c.Kind)
		}
		b = append(b, byte(c.Kind))
		if c.Kind == wasm.CatchTag || c.Kind == wasm.CatchTagRef {
			b = appendULEB(b, uint64(c.Tag))
		}
		return appendULEB(b, uint64(c.Label))
	})
}

func writeMemArg(e *encoder, b []byte, in *wasm.Instr) []byte {
	if in.Y > memArgAlignMask {
		e.fail("%s: alignment 2**%d cannot be encoded", in.Op, in.Y)
		return b
	}
	flags := in.Y
	if in.X != 0 {
		flags |= memArgHasMem
	}
	b = appendULEB(b, uint64(flags))
	if in.X != 0 {
		b = appendULEB(b, uint64(in.X))
	}
	return appendULEB(b, in.Imm)
}

func writeBrOnCast(e *encoder, b []byte, in *wasm.Instr) []byte {
	var flags byte
	if in.Ref.Nullable {
		flags |= castSrcNull
	}
	if in.Ref2().Nullable {
		flags |= castDstNull
	}
	b = appendULEB(append(b, flags), uint64(in.X))
	return e.heapType(e.heapType(b, in.Ref.Heap), in.Ref2().Heap)
}

func writeV128(_ *encoder, b []byte, in *wasm.Instr) []byte {
	return binary.LittleEndian.AppendUint64(binary.LittleEndian.AppendUint64(b, in.Imm), in.ImmHi)
}

func writeLane(_ *encoder, b []byte, in *wasm.Instr) []byte { return append(b, byte(in.ImmHi)) }

func (e *encoder) blockType(b []byte, bt wasm.BlockType) []byte {
	switch bt.Kind {
	case wasm.BlockEmpty:
		return append(b, codeEmptyBlock)
	case wasm.BlockValue:
		return e.valType(b, bt.Value)
	}
	return appendSLEB(b, int64(bt.Index))
}
