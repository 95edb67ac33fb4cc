package vm

import (
	"sync"

	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// Lowering turns a validated body into threaded code, trusting the
// validator. Every operand stack position has a fixed frame slot,
// locals + height, so the Wasm operand stack at an instruction boundary is a
// plain slice of the frame and handlers address operands as slots.
//
// The debug form emits one op per instruction. The fast form keeps a
// virtual stack: local.get and constants are not copied but read in place
// by the op that consumes them; a local.set retargets the op that produced
// its value; a compare followed by br_if fuses, and so do an address add
// of a constant with its load or store and a load with the arithmetic op
// that consumes it; block, loop, end and nop vanish. Before anything that reads an implicit range of the stack (calls,
// branches, GC constructors) and at every label, the virtual stack is
// flushed to its slots, so branch targets, return addresses and every
// boundary where a debugger can stop agree with the debug form.

// vkind says where a virtual stack entry's value is (fast form only).
type vkind uint8

const (
	vSlot  vkind = iota // in its own stack slot
	vLocal              // still in local slot `slot`
	vConst              // the constant imm, not yet written
)

type ventry struct {
	kind vkind
	slot int32
	imm  uint64
	ref  bool // vLocal of reference type: moves copy the reference
}

// label is one entry of the control stack during lowering.
type label struct {
	op       wasm.Op // OpBlock, OpLoop, OpIf, OpTryTable; OpInvalid for the function
	start    int     // the opener's index
	end      int     // its end's index
	base     int32   // slot of the first value a branch delivers
	arity    int     // slots a branch delivers (params for a loop)
	ifOp     int     // the if's op, to patch when its else appears; -1 otherwise
	elseSeen bool
}

type lowerer struct {
	f    *Function
	inst *Instance
	body []wasm.Instr
	info *validate.FuncInfo
	fast bool
	fc   *funcCode
	bufs *lowerBuffers // fc's ops, at and instr until number

	ctl          []label
	pendingTries []tryRange
	legacy       legacyTries
	fixups       []func()
	startPC      []int32 // first op emitted for instruction i or later
	landing      []bool  // instructions a branch, a catch or a dead else's if can continue at
	cur          int     // the instruction being lowered

	// Fast form state.
	vs         []ventry
	groupStart int
	groupClean bool
	groupOps   int      // ops emitted in the current group
	lastDef    int      // op that produced the top of stack and may be retargeted, or -1
	lastOp     wasm.Op  // the numeric instruction lastDef performs, for fusing with br_if, if or an access
	lastImm    bool     // its right operand is the constant imm; for a load: its address adds the constant d
	lastConst  int      // op that just wrote a constant to a slot (opConst), or -1
	lastMove   int      // op that just copied a number slot to another (opMove), or -1
	lastChain  chainKey // the fused pair lastDef performs, if it is one
}

// lowerDebug keeps the body and its records, which the debugger reads too.
func lowerDebug(f *Function) *funcCode {
	return newLowerer(f, f.Info(), f.Def.Body(), false).run()
}

// lowerFast borrows them: a run that is not debugged needs them only here.
func lowerFast(f *Function) (fc *funcCode) {
	f.vinfo.Lend(f.def, func(info *validate.FuncInfo, body []wasm.Instr) {
		fc = newLowerer(f, info, body, true).run()
	})
	return fc
}

func newLowerer(f *Function, info *validate.FuncInfo, body []wasm.Instr, fast bool) *lowerer {
	l := &lowerer{f: f, inst: f.Inst, body: body, info: info, fast: fast, lastDef: -1, lastConst: -1, lastMove: -1}
	fc := &funcCode{fn: f, debug: !fast}
	l.takeBuffers(fc)
	slot := int32(0)
	for _, p := range f.Type.Params {
		fc.localSlot = append(fc.localSlot, slot)
		fc.localTypes = append(fc.localTypes, p)
		slot += int32(slotWidth(p))
	}
	fc.nparams = int(slot)
	for _, t := range f.Def.Locals {
		if t.IsRef() {
			fc.refLocals = append(fc.refLocals, slot)
		}
		fc.localSlot = append(fc.localSlot, slot)
		fc.localTypes = append(fc.localTypes, f.Inst.canon(t))
		slot += int32(slotWidth(t))
	}
	l.fc = fc
	slot = l.reserveCaughtSlots(body, slot)
	fc.nlocals = int(slot)
	fc.nslots = fc.nlocals + 2*l.info.MaxHeight + 1
	l.startPC = make([]int32, len(l.body)+1)
	fc.pcOf = make([]int32, len(l.body))
	for i := range fc.pcOf {
		fc.pcOf[i] = -1
	}
	return l
}

// height returns the stack height in slots before instruction i.
func (l *lowerer) height(i int) int32 { return l.stackHeight(l.info.Before[i]) }

func (l *lowerer) stackHeight(ts *validate.TypeStack) int32 {
	if ts == nil {
		return 0
	}
	return int32(ts.Halves)
}

// top returns the type of the value k positions below the top before
// instruction i (k = 0 is the top).
func (l *lowerer) top(i, k int) wasm.ValType {
	ts := l.info.Before[i]
	for ; k > 0 && ts != nil; k-- {
		ts = ts.Below
	}
	if ts == nil {
		return wasm.ValType{}
	}
	return l.inst.canon(ts.Type)
}

// pos converts a stack position (in slots, 0 = bottom) to a frame slot.
func (l *lowerer) pos(k int32) int32 { return int32(l.fc.nlocals) + k }

func (l *lowerer) run() *funcCode {
	ft := l.f.Type
	l.ctl = append(l.ctl, label{op: wasm.OpInvalid, start: -1, end: len(l.body) - 1,
		base: l.pos(0), arity: slotsOf(ft.Results), ifOp: -1})
	if l.fast {
		l.landing = landings(l.body)
	}
	for i := range l.body {
		l.cur = i
		in := &l.body[i]
		if l.fast && isLabelOp(in.Op) {
			l.boundary(i, in.Op)
		} else if l.fast && l.landing[i] {
			l.closeBeforeLanding(i)
		}
		l.startPC[i] = int32(len(l.fc.ops))
		if l.fast {
			l.beginInstr(i)
		}
		if in.Op == wasm.OpEnd {
			l.closeLegacyTry()
		}
		if l.info.Dead[i] {
			l.lowerDead(i, in)
		} else {
			l.lowerInstr(i, in)
		}
		if l.fast && l.groupOps > 0 {
			l.groupStart, l.groupOps = i+1, 0
			l.groupClean = false
		}
	}
	l.startPC[len(l.body)] = int32(len(l.fc.ops))
	for _, fix := range l.fixups {
		fix()
	}
	if !l.fast {
		for i := range l.fc.pcOf {
			l.fc.pcOf[i] = int32(i)
		}
	}
	l.fc.tries = l.buildTries()
	l.number()
	return l.fc
}

// number gives every op its own pc and moves the ops, at and instr out of
// the reused buffers into allocations of their exact size, the ops with a
// sentinel after the last in the same allocation: next(o) of the last op
// then points into it, and running it (which no valid code does: a body
// ends by returning) fails loudly instead of reading past the code.
func (l *lowerer) number() {
	fc, b := l.fc, l.bufs
	n := len(fc.ops)
	ops := make([]op, n+1)
	copy(ops, fc.ops)
	ops[n] = op{fn: opDead}
	for pc := range ops {
		ops[pc].pc = int32(pc)
	}
	b.ops, b.at, b.instr = fc.ops, fc.at, fc.instr
	fc.ops, fc.at, fc.instr = ops[:n], append([]int32(nil), fc.at...), append([]int32(nil), fc.instr...)
	clear(b.ops) // the pool must not keep what the ops point to alive
	lowerBufs.Put(b)
	l.bufs = nil
}

// lowerBuffers are the slices a lowering appends to, reused from one
// function to the next: growing a fresh slice of ops (which hold pointers)
// for every function cost copies, write barriers and page faults.
type lowerBuffers struct {
	ops       []op
	at, instr []int32
}

var lowerBufs = sync.Pool{New: func() any { return new(lowerBuffers) }}

// takeBuffers gives fc empty buffers to append to until number.
func (l *lowerer) takeBuffers(fc *funcCode) {
	b := lowerBufs.Get().(*lowerBuffers)
	l.bufs = b
	fc.ops, fc.at, fc.instr = b.ops[:0], b.at[:0], b.instr[:0]
}

func isLabelOp(op wasm.Op) bool {
	switch op {
	case wasm.OpBlock, wasm.OpLoop, wasm.OpIf, wasm.OpElse, wasm.OpEnd, wasm.OpTryTable,
		wasm.OpTry, wasm.OpCatch, wasm.OpCatchAll, wasm.OpDelegate:
		return true
	}
	return false
}

// emit appends an op for the instruction being lowered.
func (l *lowerer) emit(o op) int {
	fc := l.fc
	pc := len(fc.ops)
	fc.ops = append(fc.ops, o)
	fc.at = append(fc.at, int32(l.cur))
	if !l.fast {
		fc.instr = append(fc.instr, int32(l.cur))
		return pc
	}
	fc.instr = append(fc.instr, int32(l.groupStart))
	if l.groupOps == 0 && l.groupClean && fc.pcOf[l.groupStart] < 0 {
		fc.pcOf[l.groupStart] = int32(pc)
	}
	l.groupOps++
	l.lastDef, l.lastOp, l.lastConst, l.lastMove, l.lastChain = -1, wasm.OpInvalid, -1, -1, chainKey{}
	return pc
}

// fixTarget registers the branch of op pc to instruction i: set stores
// the target pc, and the op's skip is the branch's instruction accounting.
func (l *lowerer) fixTarget(pc int, i int, set func(o *op, pc int32)) {
	l.markLanding(i)
	l.fixups = append(l.fixups, func() {
		set(&l.fc.ops[pc], l.startPC[i])
		l.fc.ops[pc].skip = l.branchSkip(pc, i)
	})
}

// lowerDead handles an instruction in unreachable code: the debug form
// keeps a placeholder so pcs stay instruction indices; both keep the
// control stack in step.
func (l *lowerer) lowerDead(i int, in *wasm.Instr) {
	if !l.fast {
		fn := opDead
		if in.Op == wasm.OpEnd || in.Op == wasm.OpDelegate {
			fn = opNop // a block's end is a branch target even when the fallthrough is dead
		}
		l.emit(op{fn: fn})
	}
	switch in.Op {
	case wasm.OpBlock, wasm.OpLoop, wasm.OpIf, wasm.OpTryTable:
		l.ctl = append(l.ctl, label{op: in.Op, start: i, end: int(l.info.Match[i]), ifOp: -1})
	case wasm.OpElse:
		// The then arm ended in a branch, but the if still enters the else arm.
		if lb := &l.ctl[len(l.ctl)-1]; lb.ifOp >= 0 {
			l.fixTarget(lb.ifOp, i+1, func(o *op, t int32) { o.a = t })
		}
	case wasm.OpEnd:
		if len(l.ctl) > 1 {
			l.ctl = l.ctl[:len(l.ctl)-1]
		}
	case wasm.OpTry, wasm.OpCatch, wasm.OpCatchAll, wasm.OpDelegate:
		l.lowerLegacyEH(i, in, true)
	}
}

// --- the fast form's virtual stack ---

// beginInstr brings the virtual stack to the validated height before i.
func (l *lowerer) beginInstr(i int) {
	h := int(l.height(i))
	if l.info.Dead[i] {
		return
	}
	for len(l.vs) > h {
		l.vs = l.vs[:len(l.vs)-1]
	}
	for len(l.vs) < h {
		l.vs = append(l.vs, ventry{kind: vSlot})
	}
	if l.groupStart == i && l.groupOps == 0 {
		l.groupClean = l.allInSlots()
	}
}

func (l *lowerer) allInSlots() bool {
	for _, e := range l.vs {
		if e.kind != vSlot {
			return false
		}
	}
	return true
}

// boundary closes the current group before a label instruction: every
// value goes to its slot, and the label starts a clean group.
func (l *lowerer) boundary(i int, opener wasm.Op) {
	if !l.info.Dead[i] {
		l.beginInstr(i)
	}
	l.flush()
	// Instructions since the group's start that emitted nothing (block,
	// nop, ...) stay in the group the label opens, if it started clean,
	// unless the label is a landing (closeBeforeLanding).
	if l.landing[i] {
		l.closeBeforeLanding(i)
	}
	if l.groupOps > 0 || !l.groupClean {
		l.groupStart, l.groupClean = i, true
	}
	l.groupOps = 0
	if opener != wasm.OpIf { // an if may still fuse with the compare before it
		l.lastDef = -1
	}
}

// flush writes every virtual stack entry to its slot (fast form).
func (l *lowerer) flush() {
	for k := range l.vs {
		l.materialize(k)
	}
}

func (l *lowerer) materialize(k int) {
	e := l.vs[k]
	dst := l.pos(int32(k))
	switch e.kind {
	case vLocal:
		fn := opMove
		if e.ref {
			fn = opMoveRef
		}
		l.vs[k].kind = vSlot
		pc := l.emit(op{fn: fn, a: dst, b: e.slot})
		if !e.ref {
			l.lastMove = pc
		}
	case vConst:
		l.vs[k].kind = vSlot
		l.lastConst = l.emit(op{fn: opConst, a: dst, imm: e.imm})
	}
}

// use returns the slot to read the operand at stack position k from.
func (l *lowerer) use(k int32) int32 {
	if l.fast && int(k) < len(l.vs) {
		e := l.vs[k]
		if e.kind == vLocal {
			return e.slot
		}
		if e.kind == vConst {
			l.materialize(int(k))
		}
	}
	return l.pos(k)
}

// constAt reports the constant at stack position k, if the fast form
// still holds it virtually.
func (l *lowerer) constAt(k int32) (uint64, bool) {
	if l.fast && int(k) < len(l.vs) && l.vs[k].kind == vConst {
		return l.vs[k].imm, true
	}
	return 0, false
}

// def emits o, whose result goes to stack position k (o.a is set), and
// notes it as retargetable by a following local.set.
func (l *lowerer) def(k int32, o op) int {
	o.a = l.pos(k)
	pc := l.emit(o)
	if l.fast {
		for len(l.vs) > int(k) {
			l.vs = l.vs[:len(l.vs)-1]
		}
		l.vs = append(l.vs, ventry{kind: vSlot})
		l.lastDef = pc
	}
	return pc
}

func slotsOf(ts []wasm.ValType) int {
	n := 0
	for _, t := range ts {
		n += slotWidth(t)
	}
	return n
}
