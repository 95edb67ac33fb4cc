package debugger

import (
	"fmt"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// Export is an export of a module of the session.
type Export struct {
	Module int // index of the module in load order
	Name   string
	Kind   wasm.ExternKind
	Sig    wasm.FuncType // functions only
	Func   uint32        // functions only: index in the module's function space
	// Params are the parameters' $names, "" where the program has none
	// (functions only), so front ends can label arguments.
	Params []string
}

// Exports lists every module's exports, in load order.
func (s *Session) Exports() []Export {
	if s.prog == nil {
		return nil
	}
	var out []Export
	for i, inst := range s.prog.insts {
		for _, e := range inst.Module.Exports {
			x := Export{Module: i, Name: e.Name, Kind: e.Kind}
			if e.Kind == wasm.ExternFunc && int(e.Index) < len(inst.Funcs) {
				f := inst.Funcs[e.Index]
				x.Sig, x.Func = f.Type, e.Index
				if f.Def != nil {
					x.Params = make([]string, len(f.Type.Params))
					for k := range x.Params {
						x.Params[k] = s.localName(f, k)
					}
				}
			}
			out = append(out, x)
		}
	}
	return out
}

// exportedFunc finds an exported function by name, the latest module
// first; "MODULE.name" names the module by its registered name.
func (s *Session) exportedFunc(name string) (*vm.Function, error) {
	if s.prog == nil {
		return nil, fmt.Errorf("no program loaded")
	}
	for i := len(s.prog.insts) - 1; i >= 0; i-- {
		if f := s.prog.insts[i].ExportedFunc(name); f != nil {
			return f, nil
		}
	}
	for i, u := range s.units {
		for _, r := range u.register {
			if len(name) > len(r) && name[:len(r)] == r && name[len(r)] == '.' {
				if f := s.prog.insts[i].ExportedFunc(name[len(r)+1:]); f != nil {
					return f, nil
				}
			}
		}
	}
	return nil, fmt.Errorf("no exported function %q", name)
}
