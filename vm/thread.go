package vm

import (
	"errors"
	"fmt"
	"math"
	"runtime/debug"
	"sync/atomic"

	"wasmstep/vm/wasm"
)

// StopReason says why Run, RunDebug or Step returned.
type StopReason uint8

// Stop reasons.
const (
	StopNone       StopReason = iota
	StopDone                  // the call returned: Results
	StopError                 // a trap, an uncaught exception or an internal error: Err
	StopPaused                // Pause was called
	StopBreakpoint            // the next instruction has a breakpoint
	StopStep                  // Step ran its instruction
	StopHook                  // the debug hook asked to stop
	StopStepLimit             // Store.MaxSteps operations ran (Invoke reports a trap)
	StopCount                 // the fast loop passed the count StopAtCount asked for
	StopDepth                 // a return or a catch left fewer frames than StopAtDepth asked for
)

func (r StopReason) String() string {
	return [...]string{"none", "done", "error", "paused", "breakpoint", "step", "hook", "step limit", "count", "depth"}[r]
}

// Hook is called by RunDebug before each instruction, with the thread
// stopped there (Frames shows the instruction about to run). Returning true
// stops before it.
type Hook func(t *Thread) bool

// HostCallFunc runs a host function call on behalf of the machine. The
// default calls f.Host; a debugger sets Thread.HostCall to record the
// results (calling f.Host) or to replay recorded ones, since host calls are
// the machine's only source of nondeterminism.
type HostCallFunc func(f *Function, ctx *CallContext, args []Value) ([]Value, error)

// ErrNotRunnable is returned when a thread has no call to run.
var ErrNotRunnable = errors.New("vm: thread has no call in progress")

// pollInterval is how many operations the fast loop runs between looks at
// the pause flag and the step limit.
var pollInterval = 1024 // a variable so tests can stop the fast loop often

// Thread executes calls on an explicit frame stack: no Go recursion per
// WebAssembly call, so it can stop between any two instructions and its
// call stack is plain data. A thread runs on one goroutine at a time; only
// Pause may be called from another.
type Thread struct {
	store *Store

	vals   []uint64 // value slots of every frame
	refs   []Ref    // the reference in each slot, parallel to vals
	frames []frame  // the call stack; the last is the current frame

	// The current frame, cached for the handlers.
	fc   *funcCode // nil: no wasm frame is current (its function is fc.fn)
	code []op
	s    []uint64 // vals[base : base+nslots]
	r    []Ref
	pc   int
	base int

	debugMode bool // calls and returns enter the debug form
	stop      StopReason
	err       error
	results   []Value
	entry     *Function
	steps     uint64
	stepLimit uint64 // absolute step count to stop at; 0: none
	countStop uint64 // instruction count Run stops at or just past (StopAtCount); 0: none
	depthStop int    // Run stops once fewer frames than this are left (StopAtDepth); 0: none
	atBreak   bool   // stopped on a breakpoint: resume runs the original op first
	pause     atomic.Bool
	allocs    uint64 // GC allocations, to check the budget every so many

	// HostCall, if set, performs every host function call (see HostCallFunc).
	HostCall HostCallFunc
	// OnAlloc, if set, is told of each GC object an instruction creates, as
	// it is created: a debugger numbers them so a replay's new Go objects
	// get the ids the originals had, without a per-instruction hook.
	OnAlloc func(obj any)

	sched *schedThread // the deterministic scheduler running it (schedule.go); nil: its own goroutine

	budget int // transfers of control left before the fast loop's next poll (dispatch.go)
	pollOp op  // the poll, returned instead of the next op when budget runs out
}

// NewThread returns an idle thread of the store.
func (s *Store) NewThread() *Thread {
	return &Thread{store: s, vals: make([]uint64, 256), refs: make([]Ref, 256), pollOp: op{fn: opPoll}}
}

// Invoke calls f with args and runs it to completion in the fast loop.
func (t *Thread) Invoke(f *Function, args ...Value) ([]Value, error) {
	if err := t.Start(f, args); err != nil {
		return nil, err
	}
	if t.store.MaxSteps != 0 {
		t.stepLimit = t.Steps() + t.store.MaxSteps
	}
	switch reason := t.Run(); reason {
	case StopDone:
		return t.results, nil
	case StopError:
		return nil, t.err
	case StopStepLimit:
		return nil, t.newTrap(TrapStepLimit)
	default:
		return nil, fmt.Errorf("vm: call stopped: %s", reason)
	}
}

// Start prepares a call of f without running it.
func (t *Thread) Start(f *Function, args []Value) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &InternalError{Panic: p, Stack: string(debug.Stack())}
		}
	}()
	if len(args) != len(f.Type.Params) {
		return fmt.Errorf("vm: %s takes %d arguments, got %d", f, len(f.Type.Params), len(args))
	}
	for i, a := range args {
		if a.Type.Kind != f.Type.Params[i].Kind {
			return fmt.Errorf("vm: argument %d of %s: want %s, got %s", i, f, f.Type.Params[i], a.Type)
		}
	}
	t.steps = t.Steps() // the count goes on from where the last call stopped
	t.frames = t.frames[:0]
	t.stop, t.err, t.results, t.entry, t.atBreak = StopNone, nil, nil, f, false
	t.stepLimit = 0
	t.fc, t.code = nil, nil
	slot := 0
	for i, a := range args {
		t.ensure(slot + 2)
		slot += putValue(t.vals, t.refs, slot, f.Type.Params[i], a)
	}
	if f.Host != nil {
		return nil // run by the first Run or Step
	}
	t.enter(f.code(t.debugMode), 0)
	return nil
}

// Running reports whether a call is in progress (started and not finished).
func (t *Thread) Running() bool {
	return t.entry != nil && t.stop != StopDone && t.stop != StopError
}

// Results returns the results of a finished call.
func (t *Thread) Results() []Value { return t.results }

// Err returns the error that ended the call: a *Trap, an *Exception or an
// *InternalError.
func (t *Thread) Err() error { return t.err }

// Steps returns how many instructions the thread has executed, the same
// in both forms (see "Instruction accounting" in doc.go); a breakpoint's
// stop is not one.
func (t *Thread) Steps() uint64 { return countAt(t.steps, t.fc, t.pc) }

// Pause asks a running thread to stop at the next instruction boundary. It
// may be called from any goroutine.
func (t *Thread) Pause() { t.pause.Store(true) }

// Run resumes the call in the fast loop until it finishes, pauses, reaches
// a breakpoint or fails.
func (t *Thread) Run() (reason StopReason) {
	if !t.Running() {
		return StopError
	}
	defer t.recoverPanic(&reason)
	t.stop = StopNone
	t.debugMode = false
	if t.fc == nil {
		return t.runEntryHost()
	}
	t.toFast()
	if !t.resumeBreak() {
		return t.stop
	}
	return t.runFast()
}

// RunDebug resumes the call in the debug loop, calling hook (if not nil)
// before each instruction. After a stop by the hook, the instruction it
// stopped at runs without calling the hook again.
func (t *Thread) RunDebug(hook Hook) (reason StopReason) {
	if !t.Running() {
		return StopError
	}
	defer t.recoverPanic(&reason)
	skip := t.stop == StopHook
	t.stop = StopNone
	t.debugMode = true
	if t.fc == nil {
		return t.runEntryHost()
	}
	t.toDebug()
	for {
		if t.pause.Swap(false) {
			return t.setStop(StopPaused)
		}
		if t.atBreak {
			if !t.resumeBreak() {
				return t.stop
			}
			skip = false
			continue
		}
		if hook != nil && !skip && hook(t) {
			return t.setStop(StopHook)
		}
		skip = false
		if t.stepLimit != 0 && t.Steps() >= t.stepLimit {
			return t.setStop(StopStepLimit)
		}
		if !t.runOne() {
			return t.stop
		}
	}
}

// Step runs exactly one instruction in the debug form. A call stops at the
// callee's first instruction; a host call runs to completion.
func (t *Thread) Step() (reason StopReason) {
	if !t.Running() {
		return StopError
	}
	defer t.recoverPanic(&reason)
	t.stop = StopNone
	t.debugMode = true
	if t.fc == nil {
		return t.runEntryHost()
	}
	t.toDebug()
	if t.atBreak {
		if !t.resumeBreak() {
			return t.stop
		}
		return t.setStop(StopStep)
	}
	var ok bool
	if saved, planted := t.fc.saved[t.pc]; planted {
		ok = t.runSaved(saved)
	} else {
		ok = t.runOne()
	}
	if !ok {
		if t.stop == StopBreakpoint {
			return t.setStop(StopStep)
		}
		return t.stop
	}
	return t.setStop(StopStep)
}

// runOne runs the op at t.pc and leaves t.pc at the next. It returns false
// if the op left the loop.
func (t *Thread) runOne() bool {
	o := &t.code[t.pc]
	return t.went(o.fn(t, o))
}

// went sets t.pc to next, the op a handler returned, and reports whether
// it went on. The poll is passed over: t.pc is already where it leads.
func (t *Thread) went(next *op) bool {
	switch next {
	case nil:
		return false
	case &t.pollOp:
		t.budget = pollInterval
	default:
		t.pc = int(next.pc)
	}
	return true
}

// runSaved runs an op a breakpoint replaced, from a copy: a handler going
// straight on returns the record after its own, which is the copy's
// neighbour in pair, so that is told apart from a jump.
func (t *Thread) runSaved(saved op) bool {
	var pair [2]op
	pair[0] = saved
	next := saved.fn(t, &pair[0])
	if next == &pair[1] {
		t.pc = int(saved.pc) + 1
		return true
	}
	return t.went(next)
}

func (t *Thread) setStop(r StopReason) StopReason {
	t.stop = r
	if len(t.frames) > 0 {
		t.frames[len(t.frames)-1].pc = int32(t.pc)
	}
	return r
}

// runFast is the fast loop: dispatch without per-instruction checks,
// looking at the pause flag every pollInterval transfers of control (see
// opPoll), or every pollInterval ops when it stops at a count.
//
// A count to stop at is approached without counting ops as long as it is
// far: between two transfers of control a frame runs straight-line code
// of one body, so b transfers run at most (b+1) times the longest body's
// instructions, and a budget that stays below the count is safe; the
// poll (opPoll) then comes back here to size the next. Near the count,
// and under a step limit (which bulk operations lower as they go), the
// counted loop takes over.
func (t *Thread) runFast() StopReason {
	for {
		switch {
		case t.stepLimit != 0:
			return t.runCounted()
		case t.countStop != 0:
			c, span := t.Steps(), uint64(t.store.longestBody.Load())+1
			if c >= t.countStop || (t.countStop-c)/span < 2 {
				return t.runCounted()
			}
			t.budget = int(min((t.countStop-c)/span-1, uint64(pollInterval)))
		default:
			t.budget = pollInterval
		}
		if t.dispatch(); t.stop != StopNone {
			return t.stop
		}
	}
}

// dispatch runs ops from t.pc until one returns nil. It is a function of
// its own so the loop's registers are allocated for the loop alone: inlined
// in runFast it moved t between registers on every op (one instruction in
// eight).
//
//go:noinline
func (t *Thread) dispatch() {
	for o := &t.code[t.pc]; o != nil; {
		o = o.fn(t, o)
	}
}

// runCounted is the fast loop counting ops, so it stops close past a count
// (StopAtCount, the step limit); it looks at the pause flag, the count and
// the limit every pollInterval ops.
func (t *Thread) runCounted() StopReason {
	t.budget = math.MaxInt // the polls are the loop's own
	for {
		o := &t.code[t.pc]
		for n := t.batch(); n > 0; n-- {
			if o = o.fn(t, o); o == nil {
				return t.stop
			}
		}
		t.pc = int(o.pc)
		if t.stepLimit != 0 && t.Steps() >= t.stepLimit {
			if r := t.finishToBoundary(); r != StopNone {
				return r
			}
			return t.setStop(StopStepLimit)
		}
		if t.countStop != 0 && t.Steps() >= t.countStop {
			if r := t.finishToBoundary(); r != StopNone {
				return r
			}
			t.countStop = 0
			return t.setStop(StopCount)
		}
		if t.pause.Swap(false) {
			if r := t.finishToBoundary(); r != StopNone {
				return r
			}
			return t.setStop(StopPaused)
		}
	}
}

// batch is how many ops the fast loop runs before its next look at the
// pause flag and the limits: fewer when a count to stop at is near, so it
// stops close past it (every op completes at least one instruction).
func (t *Thread) batch() int {
	if t.countStop == 0 {
		return pollInterval
	}
	c := t.Steps()
	if c >= t.countStop {
		return 1
	}
	return int(min(t.countStop-c, uint64(pollInterval)))
}

// StopAtDepth makes Run stop (StopDepth) as soon as a return or a caught
// exception leaves fewer than d frames, before the caller's next
// instruction: step over a call and step out without the debug loop. 0
// clears it; it clears itself when it stops.
func (t *Thread) StopAtDepth(d int) { t.depthStop = d }

// belowDepthStop stops the loop if the frames left are fewer than
// StopAtDepth asked for; the frame is at a boundary both forms share (a
// call's return point or a handler's start).
func (t *Thread) belowDepthStop() bool {
	if len(t.frames) >= t.depthStop {
		return false
	}
	t.depthStop = 0
	t.setStop(StopDepth)
	return true
}

// StopAtCount makes Run stop (StopCount) at the first boundary both forms
// share once the instruction count reaches n, within one op per
// instruction left when it was last looked at (at most a poll interval): a debugger takes its checkpoints there, and a replay
// gets near a position at full speed before the debug form finishes the
// way exactly. 0 clears it; RunDebug ignores it.
func (t *Thread) StopAtCount(n uint64) { t.countStop = n }

// finishToBoundary runs single operations until the current frame is at an
// instruction boundary both forms share, so a stop can be shown exactly.
func (t *Thread) finishToBoundary() StopReason {
	for !t.fc.debug && t.fc.pcOf[t.fc.instr[t.pc]] != int32(t.pc) {
		if !t.runOne() {
			return t.stop
		}
	}
	return StopNone
}

// resumeBreak runs the original operation under the breakpoint the thread
// stopped at. It returns false if that operation left the loop.
func (t *Thread) resumeBreak() bool {
	if !t.atBreak {
		return true
	}
	t.atBreak = false
	o, ok := t.fc.saved[t.pc]
	if !ok {
		return true
	}
	return t.runSaved(o)
}

// runEntryHost runs a host function called directly by the embedder.
func (t *Thread) runEntryHost() StopReason {
	f := t.entry
	args := make([]Value, len(f.Type.Params))
	slot := 0
	for i, p := range f.Type.Params {
		args[i] = getValue(t.vals, t.refs, slot, p)
		slot += slotWidth(p)
	}
	res, err := t.hostCall(f, &CallContext{Thread: t}, args)
	if err != nil {
		return t.fail(t.hostError(err))
	}
	t.results = res
	t.stop = StopDone
	return StopDone
}

func (t *Thread) fail(err error) StopReason {
	t.err = err
	t.stop = StopError
	return StopError
}

// recoverPanic turns a Go panic inside the machine into an InternalError:
// a bug, reported, never a crash.
func (t *Thread) recoverPanic(reason *StopReason) {
	if p := recover(); p != nil {
		*reason = t.fail(&InternalError{Panic: p, Stack: string(debug.Stack())})
	}
}

// slotWidth is how many slots a value of type vt takes.
func slotWidth(vt wasm.ValType) int {
	if vt.Kind == wasm.KindV128 {
		return 2
	}
	return 1
}

// getValue reads the value of type vt at slot i.
func getValue(vals []uint64, refs []Ref, i int, vt wasm.ValType) Value {
	switch vt.Kind {
	case wasm.KindRef:
		return Value{Type: vt, Ref: refs[i]}
	case wasm.KindV128:
		return Value{Type: vt, Bits: vals[i], Hi: vals[i+1]}
	}
	return Value{Type: vt, Bits: vals[i]}
}

// putValue writes v as type vt at slot i and returns the slots used.
func putValue(vals []uint64, refs []Ref, i int, vt wasm.ValType, v Value) int {
	switch vt.Kind {
	case wasm.KindRef:
		refs[i] = v.Ref
	case wasm.KindV128:
		vals[i], vals[i+1] = v.Bits, v.Hi
		return 2
	default:
		vals[i] = v.Bits
	}
	return 1
}
