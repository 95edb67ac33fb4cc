package debugger

import (
	"wasmstep/vm/source"
	"wasmstep/vm/wasm"
)

// State is what the session's machine is doing.
type State uint8

// Session states.
const (
	StateIdle     State = iota // loaded, nothing invoked (or the last call finished)
	StateRunning               // the machine is running; snapshots are coalesced
	StateStopped               // stopped between two instructions
	StateTrapped               // stopped at a trapping instruction
	StateFinished              // the invoked call returned; Results holds its values
)

func (s State) String() string {
	return [...]string{"idle", "running", "stopped", "trapped", "finished"}[s]
}

// StopReason says why the machine stopped.
type StopReason uint8

// Stop reasons.
const (
	StopNone         StopReason = iota
	StopEntry                   // a call was started and stopped before its first instruction
	StopStep                    // a step (into, over, out, back) completed
	StopBreakpoint              // a breakpoint was hit
	StopWatchpoint              // a watched memory range or global was written
	StopPause                   // Pause was requested
	StopTrap                    // an instruction trapped
	StopException               // an exception escaped the invoked call
	StopFinished                // the invoked call returned
	StopRunTo                   // a run-to-location target was reached
	StopHistoryStart            // a reverse run reached the oldest recorded state
	StopOrigin                  // Origin found the instruction that last wrote a value
)

func (r StopReason) String() string {
	return [...]string{"", "entry", "step", "breakpoint", "watchpoint", "pause", "trap",
		"exception", "finished", "run to", "start of history", "origin"}[r]
}

// Location is a point in the program: a function and the index of an
// instruction in its body.
type Location struct {
	Module   int    // index of the module in the session
	Func     uint32 // function index in the module's function index space
	FuncName string // debug name, or "func[N]"
	Instr    int    // index into the function body; -1 when not in wasm code
	Text     string // the instruction as text, e.g. "i32.add"
	Op       wasm.Op
	// Start and End delimit the instruction's source text; End is the end of
	// its folded expression where it has one.
	Start, End source.Position
	// Source is the compiled program's source line (DWARF), if known.
	Source SourcePos
}

// Value is a value as the panes show it: its static type and its bits, or a
// description of the reference it holds.
type Value struct {
	Type   wasm.ValType
	Lo, Hi uint64 // the bits; Hi is the upper half of a v128
	Null   bool   // a null reference
	Ref    string // a reference's description, e.g. "$person #3", "func $f", "extern 7"
	Object int    // the heap object id a GC reference points to, or -1
}

// Local is a parameter or local variable of a frame.
type Local struct {
	Name    string // debug name, or "" when the program has none
	Param   bool
	Value   Value
	Changed bool // differs from the previous stop
}

// Block is an enclosing block/loop/if/try_table/try of the current instruction.
type Block struct {
	Kind   wasm.Op // OpBlock, OpLoop, OpIf, OpTryTable or OpTry; OpCatch or OpCatchAll in a try's handler
	Label  string  // its $label, or "" when unnamed
	Depth  int     // the label depth a branch from here uses to target it
	Height int     // operand stack height at which the block's values begin
}

// Frame is one activation on the call stack.
type Frame struct {
	Location Location
	Locals   []Local
	Stack    []Value // this frame's operand stack, bottom first
	Blocks   []Block // innermost last
	// Source lists the source functions active in this frame by DWARF,
	// innermost (an inlined call) first; nil without DWARF.
	Source []SourceFrame
}

// Global is a global variable of a module instance.
type Global struct {
	Module  int
	Index   uint32
	Name    string
	Type    wasm.GlobalType
	Value   Value
	Changed bool
}

// Range is a half-open byte range [Start, End).
type Range struct{ Start, End uint64 }

// Memory describes one linear memory. A small memory's bytes come with the
// stop (Bytes); a larger one's are read on demand through Session.ReadMemory.
type Memory struct {
	Module  int // the instance that defines or first imports it
	Index   uint32
	Name    string
	Addr64  bool
	Pages   uint64
	Written []Range // bytes written since the previous stop
	// WrittenBy is, for a program with threads, which thread wrote each
	// byte of Written last (ranges sorted by address; nil without threads,
	// and bytes known only from a diff of the memory are in none).
	WrittenBy []ThreadWrite
	Shared    bool   // the same memory is imported by several modules of the session
	Import    string // "module.name" where the memory is imported, else ""
	// ThreadShared marks a memory declared shared (threads): other agents
	// may change it between stops.
	ThreadShared bool
	// Timeline is the memory's size over the call up to this stop: its size
	// at the call's start (Step 0), then one event per memory.grow.
	Timeline []GrowEvent
	// Bytes is a copy of the memory at this stop when it is small enough
	// (up to 16 MiB) to be copied at every stop anyway, for the next stop's
	// diff; nil for larger memories. Nobody writes to it after the stop.
	Bytes []byte
}

// Table describes one table; its entries are read on demand through
// Session.TableEntries.
type Table struct {
	Module   int
	Index    uint32
	Name     string
	Type     wasm.TableType
	Size     uint64
	LastUsed int64 // the entry the last call_indirect used, or -1
}

// TableEntry is one table slot.
type TableEntry struct {
	Index uint64
	Value Value
}

// HeapSummary counts the GC objects at a stop; the graph itself is built on
// demand by Session.Heap.
type HeapSummary struct {
	Live        int // reachable from the roots
	New         int // allocated since the previous stop and still reachable
	Unreachable int // seen once, no longer reachable, not yet collected by Go
}

// Instruction describes the next instruction for teaching: its stack effect
// and its one-line description from the opcode table.
type Instruction struct {
	Name string // mnemonic
	Text string // with immediates
	Sig  string // e.g. "[i32 i32] -> [i32]"
	Doc  string
	// CalleeParams names the parameters of a direct call's callee, the
	// arguments on top of the stack ("" where unnamed; nil otherwise).
	CalleeParams []string
}

// Snapshot is the immutable state at a stop. Generation increases with every
// snapshot, so a view can drop on-demand replies stamped with an older one.
type Snapshot struct {
	Generation uint64
	State      State
	Reason     StopReason
	Message    string // the trap reason, exception, or breakpoint description
	Steps      uint64 // instructions executed since the call started
	// DebugLoop says why the run to this stop went through the
	// per-instruction debug loop instead of the fast one ("" if it did not),
	// for a status bar.
	DebugLoop string
	Next      Instruction

	// Frames is the call stack, innermost (the current frame) first.
	Frames []Frame
	// Popped are the values the last step consumed; the last Pushed values of
	// the current frame's stack are the ones it produced.
	Popped []Value
	Pushed int

	Globals  []Global
	Memories []Memory
	Tables   []Table
	Heap     HeapSummary

	Results []Value // set when State is StateFinished

	// Timeline is the call's recorded run, nil without history.
	Timeline *Timeline

	// Threads lists the program's threads (wasi-threads), nil for a
	// program that cannot spawn any; Thread is the id of the one Frames
	// show.
	Threads []ThreadInfo
	Thread  int
}

// Current returns the innermost frame, or nil when nothing runs.
func (s *Snapshot) Current() *Frame {
	if s == nil || len(s.Frames) == 0 {
		return nil
	}
	return &s.Frames[0]
}

// HeapObject is a node of the heap graph.
type HeapObject struct {
	ID       int
	TypeName string // e.g. "$person" or "struct type 3"
	Kind     string // "struct", "array" or "i31"
	Fields   []HeapField
	New      bool   // allocated since the previous stop
	Root     string // what holds it directly, e.g. "local $p", "global $g"; "" if not a root
	// Unreachable: no root leads to it any more, but Go has not collected
	// it yet (the graph lists such objects after the reachable ones).
	Unreachable bool
}

// HeapField is a field or element of a heap object.
type HeapField struct {
	Name   string // field name, or its index
	Value  Value
	Target int // the object the field references, or -1
}

// HeapGraph is the graph of GC objects at a stop.
type HeapGraph struct {
	Generation uint64
	Objects    []HeapObject
	Truncated  bool // more objects are live than were listed
}
