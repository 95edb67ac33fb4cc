package ui

import (
	"strconv"

	"wasmstep/debugger"
	"wasmstep/views/locals"
	"wasmstep/views/stack"
)

// stackValue is how the views write a debugger value.
func stackValue(v debugger.Value) stack.Value {
	out := stack.Value{Type: v.Type, Lo: v.Lo, Hi: v.Hi, Ref: v.Ref}
	if v.Type.IsRef() && v.Null {
		out.Ref = "null"
	}
	return out
}

func stackValues(vs []debugger.Value) []stack.Value {
	out := make([]stack.Value, len(vs))
	for i, v := range vs {
		out[i] = stackValue(v)
	}
	return out
}

// localsModel is the variables of frame f.
func localsModel(f *debugger.Frame) locals.Model {
	if f == nil {
		return locals.Model{}
	}
	m := locals.Model{Locals: make([]locals.Local, len(f.Locals))}
	for i, l := range f.Locals {
		m.Locals[i] = locals.Local{Name: l.Name, Param: l.Param, Value: stackValue(l.Value), Changed: l.Changed}
	}
	return m
}

// globalsModel is every global of the session, module-qualified when the
// session links several modules.
func globalsModel(s *debugger.Snapshot) locals.GlobalsModel {
	if s == nil {
		return locals.GlobalsModel{}
	}
	multi := false
	for _, g := range s.Globals {
		multi = multi || g.Module != s.Globals[0].Module
	}
	m := locals.GlobalsModel{Globals: make([]locals.Global, len(s.Globals))}
	for i, g := range s.Globals {
		name := g.Name
		if name == "" {
			name = "global " + strconv.Itoa(int(g.Index))
		}
		if multi {
			name = "#" + strconv.Itoa(g.Module) + " " + name
		}
		m.Globals[i] = locals.Global{Name: name, Mutable: g.Type.Mutable, Value: stackValue(g.Value), Changed: g.Changed}
	}
	return m
}

// stackDisplay is how the window writes values outside the panes (results,
// heap fields): decimal, as the command line prints them.
var stackDisplay = stack.DefaultDisplay
