// Package trace shows the last instructions executed: where, what, their
// stack effect, and the operand stack they left where it is known.
package trace

import "wasmstep/views/stack"

// Entry is one executed instruction.
type Entry struct {
	Step     uint64        // its number in the run
	Location string        // "file:line:col" or "file:0xOFF"
	Instr    string        // "i32.add", "local.get $n"
	Effect   string        // its stack effect, e.g. "[i32 i32] -> [i32]"
	Stack    []stack.Value // the operand stack after it, bottom first
	NoStack  bool          // the stack after it was not recorded: shown as "…"
}
