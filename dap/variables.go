package dap

import (
	"fmt"
	"strconv"

	godap "github.com/google/go-dap"

	"wasmstep/debugger"
)

// maxTableEntries bounds how many entries one table variable expands to.
const maxTableEntries = 1000

func (srv *Server) onScopes(req *godap.ScopesRequest) {
	sf, err := srv.frameAt(req.Arguments.FrameId)
	if err != nil {
		srv.fail(req, err)
		return
	}
	fr, snap := sf.fr, srv.s.Snapshot()
	scope := func(name, hint string, c container, n int) godap.Scope {
		return godap.Scope{Name: name, PresentationHint: hint, VariablesReference: srv.refs.add(c), NamedVariables: n}
	}
	scopes := append(srv.sourceScopes(sf),
		scope("Locals", "locals", container{vars: func() []godap.Variable { return srv.localVars(fr) }}, len(fr.Locals)),
		scope("Operand stack", "registers", container{vars: func() []godap.Variable { return srv.stackVars(fr) }}, len(fr.Stack)),
		scope("Globals", "", container{vars: srv.globalVars, globals: true}, len(snap.Globals)),
	)
	for i, m := range snap.Memories {
		i, m := i, m
		scopes = append(scopes, scope(fmt.Sprintf("Memory %d %s", i, m.Name), "",
			container{vars: func() []godap.Variable { return memoryVars(i, m) }}, 3))
	}
	if len(snap.Tables) > 0 {
		scopes = append(scopes, scope("Tables", "", container{vars: srv.tableVars}, len(snap.Tables)))
	}
	if h := snap.Heap; h.Live+h.Unreachable > 0 {
		scopes = append(scopes, scope("GC heap", "", container{vars: srv.heapVars}, h.Live+h.Unreachable))
	}
	srv.send(&godap.ScopesResponse{Response: srv.response(req), Body: godap.ScopesResponseBody{Scopes: scopes}})
}

func (srv *Server) onVariables(req *godap.VariablesRequest) {
	c, ok := srv.refs.get(req.Arguments.VariablesReference)
	if !ok {
		srv.fail(req, fmt.Errorf("no variables with reference %d (they last until the next stop)", req.Arguments.VariablesReference))
		return
	}
	vars := c.vars()
	from := min(max(req.Arguments.Start, 0), len(vars))
	to := len(vars)
	if req.Arguments.Count > 0 {
		to = min(from+req.Arguments.Count, to)
	}
	srv.send(&godap.VariablesResponse{Response: srv.response(req), Body: godap.VariablesResponseBody{Variables: vars[from:to]}})
}

// localName is a local's debug name, or its index.
func localName(l debugger.Local, i int) string {
	if l.Name != "" {
		return l.Name
	}
	return strconv.Itoa(i)
}

func (srv *Server) localVars(fr *debugger.Frame) []godap.Variable {
	out := []godap.Variable{}
	for i, l := range fr.Locals {
		v := srv.variable(localName(l, i), l.Value)
		if l.Param {
			v.PresentationHint = &godap.VariablePresentationHint{Kind: "property", Attributes: []string{"readOnly"}}
		}
		out = append(out, v)
	}
	return out
}

// stackVars lists the operand stack top first, numbered from the bottom.
func (srv *Server) stackVars(fr *debugger.Frame) []godap.Variable {
	out := []godap.Variable{}
	for i := len(fr.Stack) - 1; i >= 0; i-- {
		out = append(out, srv.variable(fmt.Sprintf("[%d]", i), fr.Stack[i]))
	}
	return out
}

func (srv *Server) globalVars() []godap.Variable {
	out := []godap.Variable{}
	for _, g := range srv.s.Snapshot().Globals {
		v := srv.variable(g.Name, g.Value)
		if g.Type.Mutable {
			v.Type = "mut " + v.Type
		}
		out = append(out, v)
	}
	return out
}

// memoryVars summarizes a memory; its bytes are read through readMemory.
func memoryVars(i int, m debugger.Memory) []godap.Variable {
	written := "none"
	if len(m.Written) > 0 {
		written = ""
		for _, r := range m.Written {
			written += fmt.Sprintf("[0x%x, 0x%x) ", r.Start, r.End)
		}
	}
	shared := ""
	if m.Shared {
		shared = " (imported by several modules)"
	}
	return []godap.Variable{
		{Name: "pages", Value: fmt.Sprintf("%d%s", m.Pages, shared), Type: "pages"},
		{Name: "bytes", Value: fmt.Sprintf("%d", m.Pages*65536), MemoryReference: memoryRef(i)},
		{Name: "written since the previous stop", Value: written},
	}
}

func (srv *Server) tableVars() []godap.Variable {
	out := []godap.Variable{}
	for _, t := range srv.s.Snapshot().Tables {
		t := t
		ref := srv.refs.add(container{vars: func() []godap.Variable {
			var vs []godap.Variable
			for _, e := range srv.s.TableEntries(t.Module, t.Index, 0, maxTableEntries) {
				vs = append(vs, srv.variable(fmt.Sprintf("[%d]", e.Index), e.Value))
			}
			return vs
		}})
		out = append(out, godap.Variable{Name: t.Name, Value: fmt.Sprintf("%d entries of %s", t.Size, t.Type.Elem),
			VariablesReference: ref, IndexedVariables: int(min(t.Size, maxTableEntries))})
	}
	return out
}

func (srv *Server) heapVars() []godap.Variable {
	out := []godap.Variable{}
	for _, o := range srv.s.Heap().Objects {
		name := fmt.Sprintf("#%d", o.ID)
		out = append(out, srv.objectVar(name, o))
	}
	return out
}
