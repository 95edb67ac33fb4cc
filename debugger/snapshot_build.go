package debugger

import (
	"errors"

	"wasmstep/vm"
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// stopState is what the previous stop saw, to mark what changed since.
type stopState struct {
	globals map[*vm.Global]vm.Value
	locals  map[frameKey][]vm.Value
	mems    map[*vm.Memory][]byte
}

// frameKey identifies a frame across stops: its function and its distance
// from the bottom of the call stack.
type frameKey struct {
	fn    *vm.Function
	level int
}

// stop builds and publishes the snapshot of a stop.
func (s *Session) stop(reason StopReason, msg string) *Snapshot {
	snap := s.buildSnapshot(reason, msg, reason == StopStep)
	s.publish(snap)
	return snap
}

// stopBack is stop after a reverse command: no stack effect is shown, as
// no instruction ran forward.
func (s *Session) stopBack(reason StopReason, msg string) *Snapshot {
	if c := s.call; c != nil && c.hist != nil {
		s.keepBudget() // travel back made redo logs (future.go)
	}
	snap := s.buildSnapshot(reason, msg, false)
	s.publish(snap)
	return snap
}

func (s *Session) publish(snap *Snapshot) {
	s.gen++
	snap.Generation = s.gen
	s.last = snap
	s.progressStopped(snap)
	s.subs.emit(Event{Kind: EventStop, Snapshot: snap})
}

func (s *Session) idleSnapshot() *Snapshot {
	return s.buildSnapshot(StopNone, "", false)
}

// buildSnapshot describes the machine; effect asks for what the last
// instruction popped and pushed.
func (s *Session) buildSnapshot(reason StopReason, msg string, effect bool) *Snapshot {
	snap := &Snapshot{State: StateIdle, Reason: reason, Message: msg, DebugLoop: s.rs.debugLoop}
	next := stopState{globals: map[*vm.Global]vm.Value{}, locals: map[frameKey][]vm.Value{}, mems: map[*vm.Memory][]byte{}}
	if c := s.call; c != nil {
		snap.Steps = c.pos
		snap.Timeline = s.runTimeline()
		switch {
		case c.done && c.err == nil:
			snap.State = StateFinished
			for i, r := range s.thread.Results() {
				snap.Results = append(snap.Results, s.value(r, c.fn.Type.Results[i]))
			}
		case c.done && s.opts.NoBreakOnTrap:
			snap.State = StateFinished
		case c.done:
			snap.State = StateTrapped
			snap.Frames = s.frames(next.locals)
		default:
			snap.State = StateStopped
			snap.Frames = s.frames(next.locals)
		}
	}
	if cur := snap.Current(); cur != nil {
		in := s.instr(s.curFunc(), cur.Location.Instr)
		snap.Next = describeInstr(in)
		snap.Next.CalleeParams = s.calleeParams(cur.Location.Instr)
		if effect {
			snap.Popped, snap.Pushed = s.stackEffect(cur)
		}
	}
	snap.Heap = s.heapSummary()
	snap.Globals = s.globals(next.globals)
	snap.Memories = s.memoryStates(next.mems, snap.Steps)
	snap.Tables = s.tableStates()
	snap.Threads, snap.Thread = s.threadInfos()
	s.prev = next
	return snap
}

// curFunc is the function of the innermost frame.
func (s *Session) curFunc() *vm.Function { return s.thread.Frame(0).Func }

// frames describes the call stack, innermost first.
func (s *Session) frames(locals map[frameKey][]vm.Value) []Frame {
	t := s.thread
	n := t.Depth()
	out := make([]Frame, 0, n)
	for i := range n {
		fv := t.Frame(i)
		pc := fv.PC
		var tr *vm.Trap
		if i == 0 && errors.As(s.call.err, &tr) && tr.Func == fv.Func && tr.PC >= 0 {
			pc = tr.PC
		}
		key := frameKey{fv.Func, n - 1 - i}
		fr := Frame{Location: s.location(fv.Func, pc)}
		fr.Locals = s.locals(fv, s.prev.locals[key])
		fr.Stack = s.stackValues(fv, pc)
		fr.Blocks = s.blocks(fv.Func, pc)
		fr.Source = s.sourceFrames(fv.Func, pc)
		locals[key] = fv.Locals
		out = append(out, fr)
	}
	return out
}

func (s *Session) locals(fv vm.FrameView, before []vm.Value) []Local {
	f := fv.Func
	m := f.Inst.Module
	ft, _ := m.FuncType(f.Def.TypeIdx)
	types := append(append([]wasm.ValType(nil), ft.Params...), f.Def.Locals...)
	out := make([]Local, len(fv.Locals))
	for k, v := range fv.Locals {
		t := v.Type
		if k < len(types) {
			t = types[k]
		}
		out[k] = Local{Name: s.localName(f, k), Param: k < len(ft.Params), Value: s.value(v, t)}
		if k < len(before) {
			b := before[k]
			out[k].Changed = b.Bits != v.Bits || b.Hi != v.Hi || b.Ref != v.Ref
		}
	}
	return out
}

// localName is the local's $name, or "" when the program has none.
func (s *Session) localName(f *vm.Function, k int) string {
	if n := f.Inst.Module.Names.Locals[f.Index][uint32(k)]; n != "" {
		return "$" + n
	}
	return ""
}

// stackValues types the frame's operand stack from validation (the
// module's own types, which name its type indices).
func (s *Session) stackValues(fv vm.FrameView, pc int) []Value {
	out := make([]Value, len(fv.Stack))
	ts := fv.Func.Info().Before[pc]
	for ts != nil && ts.Height > len(out) { // a caller's stack is cut below the call's operands
		ts = ts.Below
	}
	for k := len(out) - 1; k >= 0; k-- {
		t := fv.Stack[k].Type
		if ts != nil && ts.Height == k+1 {
			t, ts = ts.Type, ts.Below
		}
		out[k] = s.value(fv.Stack[k], t)
	}
	return out
}

// stackEffect finds what the last step popped and pushed in the current
// frame: the values above the deepest stack entry both stops share.
func (s *Session) stackEffect(cur *Frame) ([]Value, int) {
	prev := s.last.Current()
	if prev == nil || s.last.State != StateStopped || len(s.last.Frames) != s.thread.Depth() ||
		prev.Location.Module != cur.Location.Module || prev.Location.Func != cur.Location.Func {
		return nil, 0
	}
	before := s.curFunc().Info().Before
	common := commonHeight(before[prev.Location.Instr], before[cur.Location.Instr])
	if common > len(prev.Stack) || common > len(cur.Stack) {
		return nil, 0
	}
	return append([]Value(nil), prev.Stack[common:]...), len(cur.Stack) - common
}

// commonHeight is the height of the deepest node two persistent type
// stacks share.
func commonHeight(a, b *validate.TypeStack) int {
	h := func(t *validate.TypeStack) int {
		if t == nil {
			return 0
		}
		return t.Height
	}
	for h(a) > h(b) {
		a = a.Below
	}
	for h(b) > h(a) {
		b = b.Below
	}
	for a != b {
		a, b = a.Below, b.Below
	}
	return h(a)
}

// blocks lists the blocks enclosing instruction pc, innermost last.
func (s *Session) blocks(f *vm.Function, pc int) []Block {
	body := f.Def.Body()
	labels := f.Inst.Module.Names.Labels[f.Index]
	before := f.Info().Before
	var open []Block
	n := uint32(0)
	for i := 0; i < pc && i < len(body); i++ {
		switch op := body[i].Op; op {
		case wasm.OpBlock, wasm.OpLoop, wasm.OpIf, wasm.OpTryTable, wasm.OpTry:
			b := Block{Kind: op, Height: blockBase(f, body[i].Block(), before[i], op == wasm.OpIf)}
			if name := labels[n]; name != "" {
				b.Label = "$" + name
			}
			n++
			open = append(open, b)
		case wasm.OpEnd, wasm.OpDelegate:
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		case wasm.OpCatch, wasm.OpCatchAll:
			if len(open) > 0 { // past here the try's label is a handler's
				open[len(open)-1].Kind = op
			}
		}
	}
	for i := range open {
		open[i].Depth = len(open) - 1 - i
	}
	return open
}

// blockBase is the stack height at which a block's values begin: below its
// parameters (and an if's condition).
func blockBase(f *vm.Function, bt wasm.BlockType, ts *validate.TypeStack, isIf bool) int {
	h := 0
	if ts != nil {
		h = ts.Height
	}
	if isIf {
		h--
	}
	if bt.Kind == wasm.BlockIndex {
		if ft, ok := f.Inst.Module.FuncType(bt.Index); ok {
			h -= len(ft.Params)
		}
	}
	return max(h, 0)
}
