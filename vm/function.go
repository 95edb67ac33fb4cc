package vm

import (
	"fmt"

	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// Function is a function instance: a module's function (Inst, Def and
// Index set) or a host function (Host set).
type Function struct {
	Type   wasm.FuncType // canonical: concrete heap types are TypeIDs
	TypeID validate.TypeID
	Name   string

	Inst  *Instance
	Index uint32         // in Inst's function index space
	Def   *wasm.Func     // nil for a host function
	vinfo *validate.Info // the module's validation facts (nil for a host function)
	def   int            // Def's index in the module's defined functions

	Host HostFunc

	debug, fast *funcCode // lowered on first use
	hasBreaks   bool      // breakpoints are planted: run the debug form only
}

// Kind reports ExternFunc.
func (f *Function) Kind() wasm.ExternKind { return wasm.ExternFunc }

// IsHost reports whether f is a host function.
func (f *Function) IsHost() bool { return f.Host != nil }

// Info returns the validator's facts about the function's body (nil for a
// host function): the operand stack types before each instruction.
func (f *Function) Info() *validate.FuncInfo {
	if f.vinfo == nil {
		return nil
	}
	return f.vinfo.Func(f.def)
}

func (f *Function) String() string {
	if f.Name != "" {
		return "$" + f.Name
	}
	if f.Host != nil {
		return "host function"
	}
	return fmt.Sprintf("func %d", f.Index)
}

// code returns the function's lowered form, lowering it on first use.
func (f *Function) code(debug bool) *funcCode {
	if debug || f.hasBreaks {
		if f.debug == nil {
			f.debug = lowerDebug(f)
		}
		return f.debug
	}
	if f.fast == nil {
		f.fast = lowerFast(f)
	}
	return f.fast
}
