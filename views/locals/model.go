// Package locals shows a frame's parameters and locals, and (GlobalsView)
// the module's globals, each with name, type and value, marking what
// changed since the last stop.
package locals

import "wasmstep/views/stack"

// Model is the variables of one frame: its parameters, then its locals,
// in index order.
type Model struct {
	Locals []Local
}

// Local is one parameter or local variable.
type Local struct {
	Name    string // "$n", or empty without a name section
	Param   bool
	Value   stack.Value
	Changed bool // written since the last stop
}

// GlobalsModel is the globals of the module being shown, in index order.
type GlobalsModel struct {
	Globals []Global
}

// Global is one global variable.
type Global struct {
	Name    string // "$g", or the import name "env.g"
	Mutable bool
	Value   stack.Value
	Changed bool
}
