package vm

import (
	"unsafe"

	"wasmstep/vm/wasm"
)

// handler runs one operation. It reads its immediates from o and the frame
// from t, and returns the operation to run next (see dispatch.go), or nil
// to leave the dispatch loop (a trap, the end of the outermost call, a
// breakpoint), having recorded why in t.
type handler func(t *Thread, o *op) *op

// op is one operation of threaded code. a, b and c are frame slots or
// resolved targets, d a second constant of fused ops (it fills the padding
// before imm), imm a constant. ref points to what the op works on (the
// memory of an access, a callee, a table, a branch table, ...): one
// pointer, set through refTo or own and read through the accessor of its
// kind (code_ref.go), keeps the record at 48 bytes where a memory pointer
// and an interface took 24.
//
// skip is a branch op's instruction accounting (see "Instruction
// accounting" in doc.go): taking its branch adds it to Thread.steps. pc is
// the op's own index in its code, so a handler finds t.pc without the loop
// keeping it (it fills the padding after skip).
type op struct {
	fn         handler
	a, b, c, d int32
	imm        uint64
	ref        unsafe.Pointer
	skip       int32
	pc         int32
}

// numHandler is a numeric instruction's handler and operand count.
type numHandler struct {
	fn    handler
	arity int
}

// funcCode is one lowered form of a function. In the debug form op pc is
// instruction pc of wasm.Func.Body; the fast form fuses instructions, and
// the maps relate the two at the boundaries they share.
type funcCode struct {
	fn    *Function
	debug bool
	ops   []op
	// instr[pc] is the index in the body of the first instruction op pc
	// performs.
	instr []int32
	// at[pc] is the index of the instruction op pc completes: where a trap
	// or a throw in it happens.
	at []int32
	// pcOf[i] is the pc of the op that starts at instruction i where the
	// operand stack before i is fully in its slots, else -1. Every
	// instruction has one in the debug form.
	pcOf []int32

	nparams int // slots of the parameters
	nlocals int // slots of parameters, declared locals and legacy caught exceptions
	nslots  int // frame size: locals plus the deepest operand stack
	// localSlot[i] is the first slot of local i; slotType[k] the type of the
	// local occupying slot k (v128 takes two).
	localSlot  []int32
	localTypes []wasm.ValType
	refLocals  []int32 // slots of declared (not parameter) reference locals, nulled on entry

	tries []tryRange // try_table handlers, innermost (latest start) first

	saved map[int]op // original ops replaced by breakpoint stops

	owned int // bytes of the side data lowering made for the ops (see own)
}

// tryRange is one try_table or legacy try: instructions strictly between
// start and end are covered by its catch clauses. A legacy try that
// delegates has none: the search goes on as if the exception were thrown
// at instruction resume.
type tryRange struct {
	start, end int32
	catches    []catchTarget
	delegates  bool
	resume     int32
}

// catchTarget is a catch clause resolved to where its label leads.
type catchTarget struct {
	kind   wasm.CatchKind
	tag    *Tag  // nil for catch_all
	dst    int32 // first slot of the label's values
	target int32 // pc to continue at, or -1: return from the function
	// A legacy catch keeps the exception in slot exnSlot for rethrow.
	keepsExn bool
	exnSlot  int32
	instr    int32 // the instruction target is at, for the count
}
