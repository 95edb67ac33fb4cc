// Package callstack shows the call frames, innermost first; selecting one
// tells the window which frame's locals and source line to show.
package callstack

// Model is the call stack at a stop.
type Model struct {
	Frames   []Frame // innermost (the running function) first
	Selected int     // the frame the window shows
}

// Frame is one activation.
type Frame struct {
	Func     string // "$fib", "func 3", or a host function "env.print"
	Instr    string // the next instruction, e.g. "i32.add" or "call $fib"
	Location string // "file:line:col" or "file:0xOFF"; empty for host frames
}
