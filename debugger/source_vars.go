package debugger

import (
	"fmt"

	"wasmstep/debugger/debuginfo"
	"wasmstep/vm"
)

// SourceValue is a variable of a compiled program with its C type and
// value; structs, unions, arrays and pointers have children.
type SourceValue = debuginfo.Value

// frameMachine lets DWARF locations read one stopped wasm frame, its
// instance's globals and its linear memory 0.
type frameMachine struct {
	fv   vm.FrameView
	inst *vm.Instance
}

func (m frameMachine) Local(i uint32) (uint64, bool) {
	if int(i) >= len(m.fv.Locals) {
		return 0, false
	}
	return m.fv.Locals[i].Bits, true
}

func (m frameMachine) Global(i uint32) (uint64, bool) {
	if int(i) >= len(m.inst.Globals) {
		return 0, false
	}
	return m.inst.Globals[i].Get().Bits, true
}

func (m frameMachine) Stack(i uint32) (uint64, bool) {
	if int(i) >= len(m.fv.Stack) {
		return 0, false
	}
	return m.fv.Stack[i].Bits, true
}

func (m frameMachine) Read(addr uint64, n int) ([]byte, bool) {
	if len(m.inst.Mems) == 0 || n < 0 {
		return nil, false
	}
	mem := m.inst.Mems[0]
	if addr > mem.Size() || uint64(n) > mem.Size()-addr {
		return nil, false
	}
	b := make([]byte, n)
	mem.ReadAt(b, addr)
	return b, true
}

// sourceFrame finds wasm frame i of the stopped machine and the DWARF
// source frame inner levels out from its innermost inlined call.
func (s *Session) sourceFrame(i, inner int) (*dwarfUnit, debuginfo.SourceFrame, int, frameMachine, error) {
	var none debuginfo.SourceFrame
	if _, err := s.live(); err != nil {
		return nil, none, 0, frameMachine{}, err
	}
	if i < 0 || i >= s.thread.Depth() {
		return nil, none, 0, frameMachine{}, fmt.Errorf("no frame %d", i)
	}
	fv := s.thread.Frame(i)
	d, fn, ok := s.dwarfOf(fv.Func)
	if !ok {
		return nil, none, 0, frameMachine{}, fmt.Errorf("frame %d has no DWARF", i)
	}
	frames := d.info.Frames(fn, fv.PC)
	if inner < 0 || inner >= len(frames) {
		return nil, none, 0, frameMachine{}, fmt.Errorf("frame %d has no source function here", i)
	}
	return d, frames[inner], fn, frameMachine{fv: fv, inst: fv.Func.Inst}, nil
}

// SourceVars returns the parameters and local variables of source frame
// inner (0: the innermost inlined call) of wasm frame i, at the stop.
func (s *Session) SourceVars(i, inner int) ([]SourceValue, error) {
	d, sf, fn, m, err := s.sourceFrame(i, inner)
	if err != nil {
		return nil, err
	}
	return d.info.Vars(sf, fn, m.fv.PC, m), nil
}

// SourceGlobals returns the global variables of the compile unit of wasm
// frame i's function.
func (s *Session) SourceGlobals(i int) ([]SourceValue, error) {
	d, sf, _, m, err := s.sourceFrame(i, 0)
	if err != nil {
		return nil, err
	}
	return d.info.GlobalValues(sf, m), nil
}

// PrintVar evaluates a variable by name as the innermost source frame of
// wasm frame i sees it: its blocks outward, then the globals.
func (s *Session) PrintVar(name string, i int) (SourceValue, error) {
	d, sf, fn, m, err := s.sourceFrame(i, 0)
	if err != nil {
		return SourceValue{}, err
	}
	v, ok := d.info.Lookup(name, sf, fn, m.fv.PC, m)
	if !ok {
		return SourceValue{}, fmt.Errorf("no variable %q in %s", name, sf.Func)
	}
	return v, nil
}
