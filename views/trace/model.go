// Package trace shows the last instructions executed: where, what, and
// the operand stack each one left.
package trace

import "wasmstep/views/stack"

// Entry is one executed instruction.
type Entry struct {
	Step     uint64        // its number in the run
	Location string        // "file:line:col" or "file:0xOFF"
	Instr    string        // "i32.add", "local.get $n"
	Stack    []stack.Value // the operand stack after it, bottom first
}
