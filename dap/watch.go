package dap

import (
	"fmt"
	"strconv"
	"strings"

	godap "github.com/google/go-dap"
)

// Data breakpoints are the Session's watchpoints, which stop after a write:
// a global of the Globals scope (data id "global:NAME"), or a memory range
// named by an expression mem[IDX][ADDR] [as TYPE] (data id
// "mem:IDX:ADDR:LEN").

func (srv *Server) onDataBreakpointInfo(req *godap.DataBreakpointInfoRequest) {
	body := godap.DataBreakpointInfoResponseBody{}
	name := req.Arguments.Name
	c, inScope := srv.refs.get(req.Arguments.VariablesReference)
	r, isMem, err := parseMemExpr(name)
	switch {
	case req.Arguments.VariablesReference != 0 && inScope && c.globals:
		body.DataId = "global:" + name
		body.Description = "writes to global " + name
		body.AccessTypes = []godap.DataBreakpointAccessType{"write"}
	case req.Arguments.VariablesReference == 0 && isMem && err == nil:
		body.DataId = fmt.Sprintf("mem:%d:%d:%d", r.mem, r.addr, r.n)
		body.Description = fmt.Sprintf("writes to mem[%d][0x%x] (%d bytes)", r.mem, r.addr, r.n)
		body.AccessTypes = []godap.DataBreakpointAccessType{"write"}
	default:
		body.Description = "wasmstep watches globals and memory ranges written mem[IDX][ADDR] [as TYPE]"
	}
	srv.send(&godap.DataBreakpointInfoResponse{Response: srv.response(req), Body: body})
}

func (srv *Server) onSetDataBreakpoints(req *godap.SetDataBreakpointsRequest) {
	for _, id := range srv.bps.data {
		srv.s.DeleteWatchpoint(id)
	}
	srv.bps.data = nil
	out := make([]godap.Breakpoint, len(req.Arguments.Breakpoints))
	for i, d := range req.Arguments.Breakpoints {
		if d.AccessType != "" && d.AccessType != "write" {
			out[i] = godap.Breakpoint{Message: "wasmstep watches writes only"}
			continue
		}
		if srv.cfg.noDebug {
			out[i] = godap.Breakpoint{Message: errNoDebug.Error()}
			continue
		}
		if d.Condition != "" || d.HitCondition != "" {
			out[i] = godap.Breakpoint{Message: "wasmstep watchpoints take no conditions"}
			continue
		}
		id, err := srv.watch(d.DataId)
		if err != nil {
			out[i] = godap.Breakpoint{Message: err.Error()}
			continue
		}
		srv.bps.data = append(srv.bps.data, id)
		out[i] = godap.Breakpoint{Id: id, Verified: true}
	}
	srv.bps.noteWatchHits(srv.s)
	srv.send(&godap.SetDataBreakpointsResponse{Response: srv.response(req), Body: godap.SetDataBreakpointsResponseBody{Breakpoints: out}})
}

// watch sets the watchpoint a data id names.
func (srv *Server) watch(dataID string) (int, error) {
	if name, ok := strings.CutPrefix(dataID, "global:"); ok {
		w, err := srv.s.WatchGlobal(name)
		return w.ID, err
	}
	if rest, ok := strings.CutPrefix(dataID, "mem:"); ok {
		f := strings.Split(rest, ":")
		var n [3]uint64
		var err error
		for i := 0; i < len(f) && i < 3 && err == nil; i++ {
			n[i], err = strconv.ParseUint(f[i], 10, 64)
		}
		if len(f) == 3 && err == nil && n[0] < 1<<31 {
			w, err := srv.s.WatchMemory(int(n[0]), n[1], n[2])
			return w.ID, err
		}
	}
	return 0, fmt.Errorf("no data %q to watch", dataID)
}
