package debugger

import "wasmstep/vm/wasm"

// calleeParams names the parameters of the function the next instruction
// calls directly (call, return_call), "" where the program gives no name,
// so front ends can label the arguments waiting on the stack. Nil for any
// other instruction.
func (s *Session) calleeParams(pc int) []string {
	f := s.curFunc()
	if f.Def == nil || pc < 0 || pc >= f.Def.BodyLen() {
		return nil
	}
	in := f.Def.Body()[pc]
	if (in.Op != wasm.OpCall && in.Op != wasm.OpReturnCall) || int(in.X) >= len(f.Inst.Funcs) {
		return nil
	}
	callee := f.Inst.Funcs[in.X]
	names := make([]string, len(callee.Type.Params))
	named := false
	for k := range names {
		if callee.Def != nil {
			names[k] = s.localName(callee, k)
			named = named || names[k] != ""
		}
	}
	if !named {
		return nil
	}
	return names
}
