package debugger

import (
	"fmt"

	"wasmstep/vm"
)

// CodeFunc is a function with a body, as a disassembly view lists it.
type CodeFunc struct {
	Module int
	Func   uint32 // index in the module's function index space
	Name   string // as Location.FuncName
	Len    int    // instructions in its body
}

// Code lists the functions defined by the program's modules, module by
// module in load order, each module's in index order.
func (s *Session) Code() []CodeFunc {
	if s.prog == nil {
		return nil
	}
	var out []CodeFunc
	for mi, inst := range s.prog.insts {
		for _, f := range inst.Funcs {
			if f.Inst == inst && f.Def != nil {
				out = append(out, CodeFunc{Module: mi, Func: f.Index, Name: s.funcName(f), Len: f.Def.BodyLen()})
			}
		}
	}
	return out
}

// InstrLocation describes instruction instr of function fn of a module.
func (s *Session) InstrLocation(module int, fn uint32, instr int) (Location, bool) {
	f := s.definedFunc(module, fn)
	if f == nil || instr < 0 || instr >= f.Def.BodyLen() {
		return Location{}, false
	}
	return s.location(f, instr), true
}

// FuncSpec names function fn of a module as BreakSpec.Func takes it: by
// $name or func[N], whichever designates this function and no other.
func (s *Session) FuncSpec(module int, fn uint32) (string, error) {
	f := s.definedFunc(module, fn)
	if f == nil {
		return "", fmt.Errorf("module %d has no function %d with a body", module, fn)
	}
	for _, name := range []string{"$" + f.Name, fmt.Sprintf("func[%d]", f.Index)} {
		if name == "$" {
			continue
		}
		if g, err := s.findFunc(name); err == nil && g == f {
			return name, nil
		}
	}
	return "", fmt.Errorf("function %d of module %d has no name that designates it alone", fn, module)
}

func (s *Session) definedFunc(module int, fn uint32) *vm.Function {
	if s.prog == nil || module < 0 || module >= len(s.prog.insts) {
		return nil
	}
	inst := s.prog.insts[module]
	if int(fn) >= len(inst.Funcs) {
		return nil
	}
	if f := inst.Funcs[fn]; f.Inst == inst && f.Def != nil {
		return f
	}
	return nil
}
