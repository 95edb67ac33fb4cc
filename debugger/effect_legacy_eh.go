package debugger

import (
	"strings"

	"wasmstep/vm"
	"wasmstep/vm/wasm"
)

// catchSig is the stack effect of a legacy catch: its handler starts with
// the values of the caught exception's tag, which the table can only call
// t*. ok is false for any other instruction.
func catchSig(f *vm.Function, pc int) (sig string, ok bool) {
	if f.Def == nil || pc < 0 || pc >= f.Def.BodyLen() {
		return "", false
	}
	in := &f.Def.Body()[pc]
	if in.Op != wasm.OpCatch || int(in.X) >= len(f.Inst.Tags) {
		return "", false
	}
	params := f.Inst.Tags[in.X].Type.Params
	names := make([]string, len(params))
	for i, t := range params {
		names[i] = typeName(t, f.Inst.Module.Names.Types)
	}
	return "[] -> [" + strings.Join(names, " ") + "]", true
}
