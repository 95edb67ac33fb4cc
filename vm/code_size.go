package vm

import (
	"unsafe"

	"wasmstep/vm/wasm"
)

// CodeSize is how big a function's fast form is in memory, against the
// instructions of its body: the measure of compact code (`make bench`).
type CodeSize struct {
	Instrs int // instructions of the body
	Ops    int // operations of the fast form (fewer: fused)
	// Bytes counts the op records (with the sentinel after them), the maps between ops and instructions,
	// the slot layout, and the side data the form owns (branch tables,
	// moves, indirect call sites), not what it points into (functions,
	// memories, tables of the instance).
	Bytes int
}

// FastCodeSize returns the size of the function's fast form, and false
// when it has not been lowered (never called, or a host function).
func (f *Function) FastCodeSize() (CodeSize, bool) {
	fc := f.fast
	if fc == nil {
		return CodeSize{}, false
	}
	const i32 = int(unsafe.Sizeof(int32(0)))
	n := (len(fc.ops)+1)*int(unsafe.Sizeof(op{})) + // and the sentinel after them (lowerer.number)
		i32*(len(fc.instr)+len(fc.at)+len(fc.pcOf)+len(fc.localSlot)+len(fc.refLocals)) +
		len(fc.localTypes)*int(unsafe.Sizeof(wasm.ValType{})) +
		len(fc.tries)*int(unsafe.Sizeof(tryRange{}))
	for i := range fc.ops {
		n += ownedAuxSize(fc.ops[i].aux)
	}
	return CodeSize{Instrs: f.Def.BodyLen(), Ops: len(fc.ops), Bytes: n}, true
}

// ownedAuxSize is the size of the side data lowering made for one op.
func ownedAuxSize(aux any) int {
	switch a := aux.(type) {
	case *brMove:
		return int(unsafe.Sizeof(*a))
	case *brTable:
		return int(unsafe.Sizeof(*a)) + cap(a.dests)*int(unsafe.Sizeof(brDest{}))
	case *indirect:
		return int(unsafe.Sizeof(*a))
	case *tableSeg:
		return int(unsafe.Sizeof(*a))
	case *[2]*Table:
		return int(unsafe.Sizeof(*a))
	}
	return 0
}
