package dap

import (
	godap "github.com/google/go-dap"
)

func (srv *Server) onStackTrace(req *godap.StackTraceRequest) {
	all := stackFrames(srv.s.Snapshot())
	frames := []godap.StackFrame{}
	total := len(all)
	from := min(max(req.Arguments.StartFrame, 0), total)
	to := total
	if req.Arguments.Levels > 0 {
		to = min(from+req.Arguments.Levels, total)
	}
	for i := from; i < to; i++ {
		frames = append(frames, srv.stackFrame(i+1, all[i]))
	}
	srv.send(&godap.StackTraceResponse{Response: srv.response(req), Body: godap.StackTraceResponseBody{StackFrames: frames, TotalFrames: total}})
}

// stackFrame describes a frame: a source function at its DWARF line, or a
// wasm function at its .wat text (subtle when it has no text).
func (srv *Server) stackFrame(id int, sf stackFrame) godap.StackFrame {
	l := sf.fr.Location
	f := godap.StackFrame{Id: id, Name: l.FuncName, InstructionPointerReference: srv.code.address(l)}
	if sf.src != nil {
		f.Name = sf.src.Func
		if f.Source, f.Line, f.Column = dwarfSourceAt(sf.src.Pos); f.Source != nil {
			return f
		}
	}
	f.Source, f.Line, f.Column = sourceAt(l.Start)
	if f.Source != nil {
		_, f.EndLine, f.EndColumn = sourceAt(l.End)
	} else {
		f.PresentationHint = "subtle"
	}
	return f
}
