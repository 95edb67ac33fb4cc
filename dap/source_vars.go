package dap

import (
	godap "github.com/google/go-dap"

	"wasmstep/debugger"
)

// sourceScopes are the scopes of a source function (DWARF): its parameters
// and locals, and the globals of its compile unit, as trees the editor
// expands (struct fields, array elements, a pointer's target). The
// Session reads them at the stop; this only translates. The names say C,
// the language wasmstep's DWARF support is tested with.
func (srv *Server) sourceScopes(sf stackFrame) []godap.Scope {
	if sf.src == nil {
		return nil
	}
	vars := container{vars: func() []godap.Variable {
		vs, err := srv.s.SourceVars(sf.wasm, sf.inner)
		return srv.sourceVariables(vs, err)
	}}
	globals := container{vars: func() []godap.Variable {
		vs, err := srv.s.SourceGlobals(sf.wasm)
		return srv.sourceVariables(vs, err)
	}}
	return []godap.Scope{
		{Name: "C variables", PresentationHint: "locals", VariablesReference: srv.refs.add(vars)},
		{Name: "C globals", VariablesReference: srv.refs.add(globals)},
	}
}

// sourceVariables lists source values; a failure to read them is shown as
// the scope's one entry.
func (srv *Server) sourceVariables(vs []debugger.SourceValue, err error) []godap.Variable {
	out := []godap.Variable{}
	if err != nil {
		return append(out, godap.Variable{Name: "error", Value: err.Error()})
	}
	for _, v := range vs {
		out = append(out, srv.sourceVariable(v))
	}
	return out
}

// sourceVariable is a value with its C type; its children (fields,
// elements, a pointer's target) expand under a reference of this stop.
func (srv *Server) sourceVariable(v debugger.SourceValue) godap.Variable {
	out := godap.Variable{Name: v.Name, Value: v.Text, Type: v.Type}
	if len(v.Children) > 0 {
		children := v.Children
		out.VariablesReference = srv.refs.add(container{vars: func() []godap.Variable {
			return srv.sourceVariables(children, nil)
		}})
		out.NamedVariables = len(children)
	}
	return out
}
