package debuginfo

import (
	"encoding/binary"
	"fmt"
)

// Machine is the stopped machine a location is evaluated against: the
// frame's wasm locals and operand stack (bottom first), the module's
// globals and its linear memory 0.
type Machine interface {
	Local(i uint32) (uint64, bool)
	Global(i uint32) (uint64, bool)
	Stack(i uint32) (uint64, bool)
	Read(addr uint64, n int) ([]byte, bool)
}

// pieceKind says where a piece of a variable is.
type pieceKind uint8

const (
	inMemory     pieceKind = iota // at addr in linear memory
	inValue                       // the bits of a wasm slot or a computed value
	optimizedOut                  // nowhere
)

type piece struct {
	kind pieceKind
	size int // bytes; 0 for the whole variable
	addr uint64
	val  uint64
}

// DWARF operations clang and rustc emit for WebAssembly, and the plain
// arithmetic around them. DW_OP_WASM_location is an LLVM extension.
const (
	opAddr         = 0x03
	opDeref        = 0x06
	opConst1u      = 0x08
	opConst8s      = 0x0f
	opConstu       = 0x10
	opConsts       = 0x11
	opDup          = 0x12
	opDrop         = 0x13
	opAnd          = 0x1a
	opMinus        = 0x1c
	opMul          = 0x1e
	opNeg          = 0x1f
	opNot          = 0x20
	opOr           = 0x21
	opPlus         = 0x22
	opPlusUconst   = 0x23
	opShl          = 0x24
	opShr          = 0x25
	opShra         = 0x26
	opXor          = 0x27
	opLit0         = 0x30
	opLit31        = 0x4f
	opFbreg        = 0x91
	opPiece        = 0x93
	opStackValue   = 0x9f
	opWasmLocation = 0xed
)

// wasm location kinds of DW_OP_WASM_location.
const (
	wasmLocal       = 0
	wasmGlobal      = 1
	wasmStack       = 2
	wasmGlobalFixed = 3 // a global whose index is a fixed 4-byte field (relocatable)
)

// evalCtx is what an expression may refer to beyond its own operands.
type evalCtx struct {
	m         Machine
	frameBase func() (uint64, error)
}

// eval runs a location expression and returns its pieces.
func eval(expr []byte, ctx evalCtx) ([]piece, error) {
	var stack []uint64
	var pieces []piece
	isValue := false // the top is a value, not an address
	pop := func() (uint64, error) {
		if len(stack) == 0 {
			return 0, fmt.Errorf("DWARF expression pops an empty stack")
		}
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v, nil
	}
	finish := func(size int) error {
		if len(stack) == 0 {
			pieces = append(pieces, piece{kind: optimizedOut, size: size})
			return nil
		}
		v, _ := pop()
		if isValue {
			pieces = append(pieces, piece{kind: inValue, size: size, val: v})
		} else {
			pieces = append(pieces, piece{kind: inMemory, size: size, addr: v})
		}
		stack, isValue = stack[:0], false
		return nil
	}
	for i := 0; i < len(expr); {
		op := expr[i]
		i++
		// A truncated operand moves i past the end, which the loop reports.
		skip := func(n int) {
			if n == 0 {
				n = len(expr) + 1
			}
			i += n
		}
		arg := func() uint64 { v, n := uleb(expr[i:]); skip(n); return v }
		sarg := func() int64 { v, n := sleb(expr[i:]); skip(n); return v }
		switch {
		case op >= opLit0 && op <= opLit31:
			stack = append(stack, uint64(op-opLit0))
		case op >= opConst1u && op <= opConst8s:
			n := 1 << ((op - opConst1u) / 2)
			if i+n > len(expr) {
				return nil, errTruncatedExpr
			}
			var b [8]byte
			copy(b[:], expr[i:i+n])
			v := binary.LittleEndian.Uint64(b[:])
			if (op-opConst1u)%2 == 1 && n < 8 && v&(1<<(8*n-1)) != 0 {
				v |= ^uint64(0) << (8 * n)
			}
			stack = append(stack, v)
			i += n
		case op == opAddr:
			if i+4 > len(expr) {
				return nil, errTruncatedExpr
			}
			stack = append(stack, uint64(le32(expr[i:])))
			i += 4
		case op == opConstu:
			stack = append(stack, arg())
		case op == opConsts:
			stack = append(stack, uint64(sarg()))
		case op == opFbreg:
			off := sarg()
			if ctx.frameBase == nil {
				return nil, fmt.Errorf("DW_OP_fbreg outside a function")
			}
			fb, err := ctx.frameBase()
			if err != nil {
				return nil, err
			}
			stack = append(stack, uint64(int64(fb)+off))
		case op == opWasmLocation:
			v, err := wasmSlot(expr, &i, ctx.m)
			if err != nil {
				return nil, err
			}
			stack, isValue = append(stack, v), true
		case op == opStackValue:
			isValue = true
		case op == opPiece:
			if err := finish(int(arg())); err != nil {
				return nil, err
			}
		case op == opDeref:
			a, err := pop()
			if err != nil {
				return nil, err
			}
			b, ok := ctx.m.Read(a, 4)
			if !ok {
				return nil, fmt.Errorf("DW_OP_deref reads outside memory at 0x%x", a)
			}
			stack = append(stack, uint64(le32(b)))
			isValue = false
		case op == opDup:
			if len(stack) == 0 {
				return nil, errEmptyStack
			}
			stack = append(stack, stack[len(stack)-1])
		case op == opDrop:
			if _, err := pop(); err != nil {
				return nil, err
			}
		case op == opPlusUconst:
			a, err := pop()
			if err != nil {
				return nil, err
			}
			stack = append(stack, a+arg())
			isValue = false
		case op == opNeg || op == opNot:
			a, err := pop()
			if err != nil {
				return nil, err
			}
			if op == opNeg {
				a = -a
			} else {
				a = ^a
			}
			stack = append(stack, a)
		case binaryOp(op):
			b, err1 := pop()
			a, err2 := pop()
			if err1 != nil || err2 != nil {
				return nil, errEmptyStack
			}
			stack = append(stack, arith(op, a, b))
			isValue = false
		default:
			return nil, fmt.Errorf("unsupported DWARF operation 0x%02x", op)
		}
		if i > len(expr) {
			return nil, errTruncatedExpr
		}
	}
	if len(pieces) == 0 {
		if err := finish(0); err != nil {
			return nil, err
		}
	}
	return pieces, nil
}

var (
	errTruncatedExpr = fmt.Errorf("truncated DWARF expression")
	errEmptyStack    = fmt.Errorf("DWARF expression pops an empty stack")
)

// wasmSlot decodes DW_OP_WASM_location's operands (a kind, then an index:
// LEB128, or 4 fixed bytes for kind 3) and reads the slot.
func wasmSlot(expr []byte, i *int, m Machine) (uint64, error) {
	kind, n := uleb(expr[*i:])
	if n == 0 {
		return 0, errTruncatedExpr
	}
	*i += n
	var idx uint64
	if kind == wasmGlobalFixed {
		if *i+4 > len(expr) {
			return 0, errTruncatedExpr
		}
		idx = uint64(le32(expr[*i:]))
		*i += 4
	} else {
		if idx, n = uleb(expr[*i:]); n == 0 {
			return 0, errTruncatedExpr
		}
		*i += n
	}
	var v uint64
	ok := false
	switch kind {
	case wasmLocal:
		v, ok = m.Local(uint32(idx))
	case wasmGlobal, wasmGlobalFixed:
		v, ok = m.Global(uint32(idx))
	case wasmStack:
		v, ok = m.Stack(uint32(idx))
	default:
		return 0, fmt.Errorf("DW_OP_WASM_location: unknown kind %d", kind)
	}
	if !ok {
		return 0, fmt.Errorf("DW_OP_WASM_location %d %d: no such slot here", kind, idx)
	}
	return v, nil
}

func binaryOp(op byte) bool {
	switch op {
	case opAnd, opMinus, opMul, opOr, opPlus, opShl, opShr, opShra, opXor:
		return true
	}
	return false
}

func arith(op byte, a, b uint64) uint64 {
	switch op {
	case opAnd:
		return a & b
	case opMinus:
		return a - b
	case opMul:
		return a * b
	case opOr:
		return a | b
	case opPlus:
		return a + b
	case opShl:
		return a << b
	case opShr:
		return a >> b
	case opShra:
		return uint64(int64(a) >> b)
	}
	return a ^ b
}
