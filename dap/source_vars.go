package dap

import (
	"strings"

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
		return srv.sourceVariables(vs, err, true, "")
	}}
	globals := container{vars: func() []godap.Variable {
		vs, err := srv.s.SourceGlobals(sf.wasm)
		return srv.sourceVariables(vs, err, true, "")
	}}
	return []godap.Scope{
		{Name: "C variables", PresentationHint: "locals", VariablesReference: srv.refs.add(vars)},
		{Name: "C globals", VariablesReference: srv.refs.add(globals)},
	}
}

// sourceVariables lists source values; a failure to read them is shown as
// the scope's one entry. Variables of a scope are top; others are inside
// parent as evaluate reads it ("" when it cannot).
func (srv *Server) sourceVariables(vs []debugger.SourceValue, err error, top bool, parent string) []godap.Variable {
	out := []godap.Variable{}
	if err != nil {
		return append(out, godap.Variable{Name: "error", Value: err.Error()})
	}
	for _, v := range vs {
		expr := v.Name
		if !top {
			expr = childExpr(parent, v.Name)
		}
		out = append(out, srv.sourceVariable(v, expr))
	}
	return out
}

// sourceVariable is a value with its C type; its children (fields,
// elements, a pointer's target) expand under a reference of this stop.
// expr reads it back through evaluate (the editor's watch and copy);
// "" when evaluate cannot name it.
func (srv *Server) sourceVariable(v debugger.SourceValue, expr string) godap.Variable {
	out := godap.Variable{Name: v.Name, Value: v.Text, Type: v.Type, EvaluateName: expr}
	if len(v.Children) > 0 {
		children := v.Children
		out.VariablesReference = srv.refs.add(container{vars: func() []godap.Variable {
			return srv.sourceVariables(children, nil, false, expr)
		}})
		out.NamedVariables = len(children)
	}
	return out
}

// childExpr names a field, an element ("[i]") or a pointer's target ("*p")
// of parent as evaluate reads it: a pointer's target is selected into with
// ->, and a target of a target is beyond what evaluate reads.
func childExpr(parent, name string) string {
	if parent == "" {
		return ""
	}
	target, ofTarget := strings.CutPrefix(parent, "*")
	switch {
	case strings.HasPrefix(name, "*"):
		if ofTarget {
			return ""
		}
		return "*" + parent
	case strings.HasPrefix(name, "["):
		return target + name
	case ofTarget:
		return target + "->" + name
	}
	return parent + "." + name
}
