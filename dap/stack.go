package dap

import (
	godap "github.com/google/go-dap"
)

// Frame ids are positions in the current snapshot's call stack (1 is the
// innermost frame); like variable references they hold until the next stop.

func (srv *Server) onStackTrace(req *godap.StackTraceRequest) {
	snap := srv.s.Snapshot()
	frames := []godap.StackFrame{}
	total := 0
	if snap != nil {
		total = len(snap.Frames)
		from := min(max(req.Arguments.StartFrame, 0), total)
		to := total
		if req.Arguments.Levels > 0 {
			to = min(from+req.Arguments.Levels, total)
		}
		for i := from; i < to; i++ {
			l := snap.Frames[i].Location
			f := godap.StackFrame{Id: i + 1, Name: l.FuncName, InstructionPointerReference: srv.code.address(l)}
			f.Source, f.Line, f.Column = sourceAt(l.Start)
			if f.Source != nil {
				_, f.EndLine, f.EndColumn = sourceAt(l.End)
			} else {
				f.PresentationHint = "subtle"
			}
			frames = append(frames, f)
		}
	}
	srv.send(&godap.StackTraceResponse{Response: srv.response(req), Body: godap.StackTraceResponseBody{StackFrames: frames, TotalFrames: total}})
}
