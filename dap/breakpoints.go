package dap

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	godap "github.com/google/go-dap"

	"wasmstep/debugger"
)

// breakpointSets remembers which Session breakpoints each DAP request set,
// since every set* request replaces its whole set. DAP breakpoint ids are
// the Session's ids (breakpoints and watchpoints share one id space).
type breakpointSets struct {
	lines     map[string][]int // by the source's absolute path
	funcs     []int
	instrs    []int
	data      []int       // watchpoints
	watchHits map[int]int // each watchpoint's hits at the previous stop
}

func (b *breakpointSets) replace(s *debugger.Session, ids []int) {
	for _, id := range ids {
		s.DeleteBreakpoint(id)
	}
}

var errNoDebug = errors.New("running without debugging: no breakpoints")

// hitCount reads a hit condition: "N" or ">=N" stop from the Nth hit on,
// ">N" from the one after; the Session counts no other way.
func hitCount(cond string) (int, error) {
	c := strings.TrimSpace(cond)
	if c == "" {
		return 0, nil
	}
	extra := 0
	switch {
	case strings.HasPrefix(c, ">="):
		c = c[2:]
	case strings.HasPrefix(c, ">"):
		c, extra = c[1:], 1
	}
	n, err := strconv.Atoi(strings.TrimSpace(c))
	if err != nil || n < 0 {
		return 0, fmt.Errorf("hit condition %q: wasmstep stops from a hit count on: write N or >=N", cond)
	}
	return n + extra, nil
}

// plant sets one breakpoint and describes it as DAP does; a breakpoint the
// Session refuses is returned unverified with its reason.
func (srv *Server) plant(spec debugger.BreakSpec, cond, hitCond string) (godap.Breakpoint, int) {
	if srv.cfg.noDebug {
		return godap.Breakpoint{Message: errNoDebug.Error()}, 0
	}
	if cond != "" {
		return godap.Breakpoint{Message: "wasmstep breakpoints take no conditions (hit counts only)"}, 0
	}
	n, err := hitCount(hitCond)
	if err != nil {
		return godap.Breakpoint{Message: err.Error()}, 0
	}
	spec.HitCount = n
	b, err := srv.s.SetBreakpoint(spec)
	if err != nil {
		return godap.Breakpoint{Message: err.Error()}, 0
	}
	out := godap.Breakpoint{Id: b.ID, Verified: true}
	if len(b.Locations) > 0 {
		l := b.Locations[0]
		out.Source, out.Line, out.Column = locationSource(l)
		out.InstructionReference = srv.code.address(l)
	}
	return out, b.ID
}

func (srv *Server) onSetBreakpoints(req *godap.SetBreakpointsRequest) {
	path := absPath(req.Arguments.Source.Path)
	if srv.bps.lines == nil {
		srv.bps.lines = map[string][]int{}
	}
	srv.bps.replace(srv.s, srv.bps.lines[path])
	srv.bps.lines[path] = nil
	file := srv.fileOf(req.Arguments.Source)
	wants := req.Arguments.Breakpoints
	if len(wants) == 0 {
		for _, l := range req.Arguments.Lines {
			wants = append(wants, godap.SourceBreakpoint{Line: l})
		}
	}
	out := make([]godap.Breakpoint, len(wants))
	for i, w := range wants {
		if file == nil {
			out[i] = godap.Breakpoint{Message: fmt.Sprintf("%s is not a text file of the program", req.Arguments.Source.Path)}
			continue
		}
		line := w.Line
		if l, ok := srv.s.SourceCodeLine(file, line); ok {
			line = l // a C line without code: the next with some, as gdb does
		}
		bp, id := srv.plant(debugger.BreakSpec{Kind: debugger.BreakLine, File: file, Line: line}, w.Condition, w.HitCondition)
		if id != 0 {
			srv.bps.lines[path] = append(srv.bps.lines[path], id)
		}
		out[i] = bp
	}
	srv.send(&godap.SetBreakpointsResponse{Response: srv.response(req), Body: godap.SetBreakpointsResponseBody{Breakpoints: out}})
}

func (srv *Server) onSetFunctionBreakpoints(req *godap.SetFunctionBreakpointsRequest) {
	srv.bps.replace(srv.s, srv.bps.funcs)
	srv.bps.funcs = nil
	out := make([]godap.Breakpoint, len(req.Arguments.Breakpoints))
	for i, w := range req.Arguments.Breakpoints {
		bp, id := srv.plant(debugger.BreakSpec{Kind: debugger.BreakFunc, Func: w.Name}, w.Condition, w.HitCondition)
		if id != 0 {
			srv.bps.funcs = append(srv.bps.funcs, id)
		}
		out[i] = bp
	}
	srv.send(&godap.SetFunctionBreakpointsResponse{Response: srv.response(req), Body: godap.SetFunctionBreakpointsResponseBody{Breakpoints: out}})
}

func (srv *Server) onSetInstructionBreakpoints(req *godap.SetInstructionBreakpointsRequest) {
	srv.bps.replace(srv.s, srv.bps.instrs)
	srv.bps.instrs = nil
	out := make([]godap.Breakpoint, len(req.Arguments.Breakpoints))
	for i, w := range req.Arguments.Breakpoints {
		at, err := srv.code.resolve(w.InstructionReference, w.Offset)
		var name string
		if err == nil {
			name, err = srv.s.FuncSpec(at.module, at.fn)
		}
		if err != nil {
			out[i] = godap.Breakpoint{Message: err.Error()}
			continue
		}
		bp, id := srv.plant(debugger.BreakSpec{Kind: debugger.BreakInstr, Func: name, Instr: at.instr}, w.Condition, w.HitCondition)
		if id != 0 {
			srv.bps.instrs = append(srv.bps.instrs, id)
		}
		out[i] = bp
	}
	srv.send(&godap.SetInstructionBreakpointsResponse{Response: srv.response(req), Body: godap.SetInstructionBreakpointsResponseBody{Breakpoints: out}})
}

func (srv *Server) onSetExceptionBreakpoints(req *godap.SetExceptionBreakpointsRequest) {
	f := exceptionFilters{}
	var out []godap.Breakpoint
	for _, name := range req.Arguments.Filters {
		switch name {
		case filterTrap:
			f.trap = true
		case filterUncaught:
			f.uncaught = true
		default:
			out = append(out, godap.Breakpoint{Message: fmt.Sprintf("no exception filter %q", name)})
			continue
		}
		out = append(out, godap.Breakpoint{Verified: true})
	}
	srv.filters = f
	srv.send(&godap.SetExceptionBreakpointsResponse{Response: srv.response(req), Body: godap.SetExceptionBreakpointsResponseBody{Breakpoints: out}})
}

// hitAt lists the breakpoints planted at the current instruction.
func (b *breakpointSets) hitAt(s *debugger.Session, snap *debugger.Snapshot) []int {
	cur := snap.Current()
	if cur == nil {
		return nil
	}
	var ids []int
	for _, bp := range s.Breakpoints() {
		for _, l := range bp.Locations {
			if l.Module == cur.Location.Module && l.Func == cur.Location.Func && l.Instr == cur.Location.Instr {
				ids = append(ids, bp.ID)
				break
			}
		}
	}
	return ids
}

// watchesHit lists the watchpoints hit since the previous stop.
func (b *breakpointSets) watchesHit(s *debugger.Session) []int {
	var ids []int
	for _, w := range s.Watchpoints() {
		if w.Hits > b.watchHits[w.ID] {
			ids = append(ids, w.ID)
		}
	}
	return ids
}

func (b *breakpointSets) noteWatchHits(s *debugger.Session) {
	b.watchHits = map[int]int{}
	for _, w := range s.Watchpoints() {
		b.watchHits[w.ID] = w.Hits
	}
}
