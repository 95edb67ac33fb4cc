package vm

import "wasmstep/vm/wasm"

// FrameView is a read-only view of one activation, for debuggers.
type FrameView struct {
	Func *Function
	// PC is the body index of the next instruction (innermost frame) or of
	// the call in progress (callers).
	PC     int
	Locals []Value // parameters first
	Stack  []Value // operand stack, bottom first, typed by validation
}

// Depth returns the number of frames on the call stack.
func (t *Thread) Depth() int { return len(t.frames) }

// At returns the current function and the body index of the next
// instruction; f is nil when no wasm frame is active.
func (t *Thread) At() (f *Function, pc int) {
	if t.fc == nil || len(t.frames) == 0 {
		return nil, -1
	}
	if t.pc < len(t.fc.instr) {
		return t.fc.fn, int(t.fc.instr[t.pc])
	}
	return t.fc.fn, t.fc.fn.Def.BodyLen() - 1
}

// Frame returns frame i, 0 being the innermost.
func (t *Thread) Frame(i int) FrameView {
	k := len(t.frames) - 1 - i
	fr := t.frames[k]
	fc, pc := fr.fc, int(fr.pc)
	if i == 0 && t.fc != nil {
		fc, pc = t.fc, t.pc
	}
	v := FrameView{Func: fr.fn()}
	s := t.vals[fr.base : fr.base+fc.nslots]
	r := t.refs[fr.base : fr.base+fc.nslots]
	for j, lt := range fc.localTypes {
		v.Locals = append(v.Locals, getValue(s, r, int(fc.localSlot[j]), lt))
	}
	limit := fc.nslots - fc.nlocals // slots of operand stack to show
	if i == 0 {
		if pc < len(fc.instr) {
			v.PC = int(fc.instr[pc])
		} else {
			v.PC = fr.fn().Def.BodyLen() - 1
		}
	} else {
		v.PC = int(fc.at[pc-1])
		limit = t.frames[k+1].base - fr.base - fc.nlocals
	}
	var types []wasm.ValType
	for ts := fr.fn().Info().Before[v.PC]; ts != nil; ts = ts.Below {
		types = append(types, ts.Type)
	}
	slot := fc.nlocals
	for j := len(types) - 1; j >= 0; j-- {
		w := slotWidth(types[j])
		if slot-fc.nlocals+w > limit {
			break
		}
		v.Stack = append(v.Stack, getValue(s, r, slot, fr.fn().Inst.canon(types[j])))
		slot += w
	}
	return v
}

// SetBreakpoint plants (on) or removes a breakpoint before instruction pc
// of the body. While any is planted, the function runs its debug form.
func (f *Function) SetBreakpoint(pc int, on bool) {
	if f.Def == nil || pc < 0 || pc >= f.Def.BodyLen() {
		return
	}
	fc := f.code(true)
	if fc.saved == nil {
		fc.saved = map[int]op{}
	}
	saved, planted := fc.saved[pc]
	switch {
	case on && !planted:
		fc.saved[pc] = fc.ops[pc]
		fc.ops[pc] = op{fn: opBreak, pc: int32(pc)}
	case !on && planted:
		fc.ops[pc] = saved
		delete(fc.saved, pc)
	}
	f.hasBreaks = len(fc.saved) > 0
}

// UseDebugForm makes the next Start enter the debug form (one op per
// instruction), so a call stopped at its entry shows instruction 0 even
// where the fast form fuses or drops the first instructions.
func (t *Thread) UseDebugForm(on bool) { t.debugMode = on }
