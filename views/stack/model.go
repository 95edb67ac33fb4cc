// Package stack shows the operand stack of the selected frame: typed values,
// what the last step popped and pushed, where each enclosing block's
// operands begin, and the stack effect of the next instruction.
package stack

import "wasmstep/vm/wasm"

// Model is what the stack view shows.
type Model struct {
	// Operands lists the stack bottom first. Values the last step popped
	// come after the live ones, in the order they were on the stack; they
	// are no longer on it and do not count in heights.
	Operands []Operand
	// Blocks are the enclosing blocks, outermost first.
	Blocks []Block
	// Next is the instruction that runs next; a zero Instr shows nothing.
	Next Instr
}

// Operand is a stack value with what the last step did to it.
type Operand struct {
	Value
	Popped bool   // consumed by the last step
	Pushed bool   // produced by the last step
	Param  string // the callee's parameter it becomes, when the next instruction is a call
}

// Block marks where a block's operands begin: Height live values lie
// below them.
type Block struct {
	Label  string // e.g. "block $exit", "loop @12", "func $fib"
	Height int
}

// Instr describes the next instruction for the caption.
type Instr struct {
	Name string // mnemonic, possibly with immediates: "local.get $n"
	Sig  string // stack effect: "[i32 i32] -> [i32]"
	Doc  string // one line on what it does
}

// InstrOf describes op from the opcode table. A window that knows the
// concrete types (of a call, say) may replace Sig with them.
func InstrOf(op wasm.Op) Instr {
	if int(op) >= len(wasm.Ops) {
		return Instr{}
	}
	info := wasm.Ops[op]
	return Instr{Name: info.Name, Sig: info.Sig, Doc: info.Doc}
}
