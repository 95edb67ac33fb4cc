package vm

import "wasmstep/vm/wasm"

// opThrow throws ref's tag with its payload from slot a.
func opThrow(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	tag := o.tag()
	exn := &Exception{Tag: tag, Payload: make([]Value, len(tag.Type.Params))}
	slot := int(o.a)
	for i, p := range tag.Type.Params {
		exn.Payload[i] = getValue(t.s, t.r, slot, p)
		slot += slotWidth(p)
	}
	return t.cont(t.throw(exn))
}

// opThrowRef rethrows the exception in r[b].
func opThrowRef(t *Thread, o *op) *op {
	t.pc = int(o.pc)
	exn, _ := t.r[o.b].(*Exception)
	if exn == nil {
		return t.cont(t.trap(TrapNullExceptionReference))
	}
	return t.cont(t.throw(exn))
}

// throw unwinds to the innermost try_table whose catch clause matches exn,
// frame by frame; an exception no frame catches ends the call as its error.
func (t *Thread) throw(exn *Exception) bool {
	t.frames[len(t.frames)-1].pc = int32(t.pc)
	count := t.doneAt() // the throwing instruction has run
	for first := true; len(t.frames) > 0; first = false {
		fr := &t.frames[len(t.frames)-1]
		at := int(fr.pc)
		if !first {
			at-- // the call this frame is suspended in
		}
		if at >= 0 && at < len(fr.fc.at) {
			if c, ok := findCatch(fr.fc, int32(fr.fc.at[at]), exn); ok {
				if c.target >= 0 {
					fr.pc = c.target
				}
				t.load()
				if c.target >= 0 {
					t.steps = count - uint64(c.instr)
				} else { // the catch returns: the count stays
					t.steps = count - uint64(t.fc.at[t.pc]) - 1
				}
				return t.catch(c, exn) && !t.belowDepthStop()
			}
		}
		t.frames = t.frames[:len(t.frames)-1]
	}
	t.fc, t.code = nil, nil
	t.steps = count
	t.err = exn
	t.stop = StopError
	return false
}

func findCatch(fc *funcCode, instr int32, exn *Exception) (catchTarget, bool) {
	for _, tr := range fc.tries {
		if instr <= tr.start || instr >= tr.end {
			continue
		}
		if tr.delegates {
			instr = tr.resume // only tries later in the list hold it
			continue
		}
		for _, c := range tr.catches {
			if c.tag == nil || c.tag == exn.Tag {
				return c, true
			}
		}
	}
	return catchTarget{}, false
}

// catch delivers exn to a catch clause of the current frame.
func (t *Thread) catch(c catchTarget, exn *Exception) bool {
	slot := int(c.dst)
	if c.keepsExn {
		t.r[c.exnSlot] = exn
	}
	if c.kind == wasm.CatchTag || c.kind == wasm.CatchTagRef {
		for i, p := range exn.Tag.Type.Params {
			slot += putValue(t.s, t.r, slot, p, exn.Payload[i])
		}
	}
	if c.kind == wasm.CatchTagRef || c.kind == wasm.CatchAllRef {
		t.r[slot] = exn
		slot++
	}
	if c.target < 0 {
		return t.ret(int(c.dst), slot-int(c.dst))
	}
	return true
}
