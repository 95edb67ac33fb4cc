package vm

import (
	"sync"

	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// HostFunc is the Go side of a host function. args match the function's
// parameter types; it returns values of its result types. An error traps
// (TrapHost, the error as Cause), except an *Exception, which is thrown
// into the calling code as if by throw.
type HostFunc func(ctx *CallContext, args []Value) ([]Value, error)

// CallContext is what a host function sees of its caller.
type CallContext struct {
	Thread *Thread
	Caller *Instance // the instance of the calling function; nil if called from the embedder
}

// Memory returns the caller's memory i, or nil if it has none.
func (c *CallContext) Memory(i int) *Memory {
	if c.Caller == nil || i >= len(c.Caller.Mems) {
		return nil
	}
	return c.Caller.Mems[i]
}

// NewHostFunc makes a host function of type ft (its reference types must be
// abstract or carry TypeIDs).
func NewHostFunc(ft wasm.FuncType, name string, fn HostFunc) *Function {
	return &Function{Type: ft, TypeID: funcTypeID(ft), Name: name, Host: fn}
}

var funcTypeIDs sync.Map // FuncType.String() -> validate.TypeID

// funcTypeID canonicalises a standalone function type by validating a
// module that declares only it.
func funcTypeID(ft wasm.FuncType) validate.TypeID {
	key := ft.String()
	if id, ok := funcTypeIDs.Load(key); ok {
		return id.(validate.TypeID)
	}
	m := &wasm.Module{
		Types:     []wasm.SubType{{Final: true, Comp: wasm.CompType{Kind: wasm.CompFunc, Func: ft}}},
		RecGroups: []wasm.RecGroup{{Start: 0, Count: 1}},
	}
	info, err := validate.Validate(m)
	if err != nil || len(info.TypeIDs) != 1 {
		return 0
	}
	funcTypeIDs.Store(key, info.TypeIDs[0])
	return info.TypeIDs[0]
}
