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
		len(fc.tries)*int(unsafe.Sizeof(tryRange{})) +
		fc.owned
	return CodeSize{Instrs: f.Def.BodyLen(), Ops: len(fc.ops), Bytes: n}, true
}

// own is refTo for side data lowering makes for the op it lowers (a
// branch's moves, a call site, a segment reference): the form owns it, so
// its size counts in CodeSize. Counting here, where it is made, saves
// telling the kinds apart again from ref, which does not say.
func own[T carried](l *lowerer, p *T) unsafe.Pointer {
	l.fc.owned += int(unsafe.Sizeof(*p))
	if tb, ok := any(p).(*brTable); ok {
		l.fc.owned += cap(tb.dests) * int(unsafe.Sizeof(brDest{}))
	}
	return refTo(p)
}
