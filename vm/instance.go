package vm

import (
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// Extern is an external value: *Function, *Table, *Memory, *Global or *Tag.
type Extern interface {
	Kind() wasm.ExternKind
}

// Instance is an instantiated module. The index spaces hold imports first,
// as in the module.
type Instance struct {
	Module *wasm.Module
	Info   *validate.Info
	Store  *Store

	Funcs   []*Function
	Tables  []*Table
	Mems    []*Memory
	Globals []*Global
	Tags    []*Tag

	elems [][]Ref  // element segments; nil once dropped
	datas [][]byte // data segments; nil once dropped

	exports map[string]Extern
}

// Export returns the export called name, or nil.
func (inst *Instance) Export(name string) Extern { return inst.exports[name] }

// ExportedFunc returns the exported function called name, or nil.
func (inst *Instance) ExportedFunc(name string) *Function {
	f, _ := inst.exports[name].(*Function)
	return f
}

// ExportedGlobal returns the exported global called name, or nil.
func (inst *Instance) ExportedGlobal(name string) *Global {
	g, _ := inst.exports[name].(*Global)
	return g
}

// ExportedMemory returns the exported memory called name, or nil.
func (inst *Instance) ExportedMemory(name string) *Memory {
	m, _ := inst.exports[name].(*Memory)
	return m
}

// ExportNames returns the export names in the module's order.
func (inst *Instance) ExportNames() []string {
	names := make([]string, len(inst.Module.Exports))
	for i, e := range inst.Module.Exports {
		names[i] = e.Name
	}
	return names
}

// typeID returns the canonical id of the module's type index x.
func (inst *Instance) typeID(x uint32) validate.TypeID { return inst.Info.TypeIDs[x] }

// canon maps a module value type to its canonical form (TypeIDs in place of
// type indices).
func (inst *Instance) canon(t wasm.ValType) wasm.ValType { return inst.Info.Canon(t) }

// funcType returns the signature of type index x, canonicalised.
func (inst *Instance) funcType(x uint32) wasm.FuncType {
	ft, _ := validate.FuncTypeOf(inst.typeID(x))
	return ft
}
