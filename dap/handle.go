package dap

import (
	"errors"
	"fmt"

	godap "github.com/google/go-dap"
)

var (
	errNotLaunched = errors.New("no program is running: send launch first")
	errNotStopped  = errors.New("the program is not stopped")
	errDisposed    = errors.New("the session has been disconnected")
)

// handle runs one request on the session's goroutine.
func (srv *Server) handle(m godap.Message) {
	if _, ok := m.(godap.RequestMessage); !ok {
		return // responses and events from the client answer nothing of ours
	}
	if srv.disposed {
		if _, ok := m.(*godap.PauseRequest); !ok {
			srv.fail(m, errDisposed)
			return
		}
	}
	switch req := m.(type) {
	case *godap.PauseRequest:
		srv.pauseSeen() // answered by the reading goroutine
	case *godap.InitializeRequest:
		srv.send(&godap.InitializeResponse{Response: srv.response(m), Body: capabilities()})
	case *godap.LaunchRequest:
		srv.onLaunch(req)
	case *godap.AttachRequest:
		srv.fail(m, errors.New("wasmstep cannot attach to a running program: use launch"))
	case *godap.DisconnectRequest:
		srv.send(&godap.DisconnectResponse{Response: srv.response(m)})
		srv.close()
		srv.disposed = true
	default:
		if srv.s == nil {
			srv.fail(m, errNotLaunched)
			return
		}
		srv.handleLaunched(m)
	}
}

// handleLaunched runs a request that needs the launched program.
func (srv *Server) handleLaunched(m godap.Message) {
	switch req := m.(type) {
	case *godap.ConfigurationDoneRequest:
		srv.send(&godap.ConfigurationDoneResponse{Response: srv.response(m)})
		if !srv.configured { // a repeated configurationDone must not resume
			srv.configured = true
			srv.start()
		}
	case *godap.SetBreakpointsRequest:
		srv.onSetBreakpoints(req)
	case *godap.SetFunctionBreakpointsRequest:
		srv.onSetFunctionBreakpoints(req)
	case *godap.SetInstructionBreakpointsRequest:
		srv.onSetInstructionBreakpoints(req)
	case *godap.SetExceptionBreakpointsRequest:
		srv.onSetExceptionBreakpoints(req)
	case *godap.DataBreakpointInfoRequest:
		srv.onDataBreakpointInfo(req)
	case *godap.SetDataBreakpointsRequest:
		srv.onSetDataBreakpoints(req)
	case *godap.ContinueRequest:
		srv.resume(m, forward, srv.s.Continue)
	case *godap.NextRequest:
		srv.showThread(req.Arguments.ThreadId)
		srv.resume(m, forward, srv.stepper(req.Arguments.Granularity, srv.s.StepLine, srv.s.StepOver))
	case *godap.StepInRequest:
		srv.showThread(req.Arguments.ThreadId)
		srv.resume(m, forward, srv.stepper(req.Arguments.Granularity, srv.s.StepLineInto, srv.s.StepInto))
	case *godap.StepOutRequest:
		srv.showThread(req.Arguments.ThreadId)
		srv.resume(m, forward, srv.stepper(req.Arguments.Granularity, srv.s.StepLineOut, srv.s.StepOut))
	case *godap.StepBackRequest:
		srv.resume(m, backward, srv.s.StepBack)
	case *godap.ReverseContinueRequest:
		srv.resume(m, backward, srv.s.ReverseContinue)
	case *godap.StackTraceRequest:
		srv.showThread(req.Arguments.ThreadId)
		srv.onStackTrace(req)
	case *godap.ScopesRequest:
		srv.onScopes(req)
	case *godap.VariablesRequest:
		srv.onVariables(req)
	case *godap.EvaluateRequest:
		srv.onEvaluate(req)
	case *godap.ReadMemoryRequest:
		srv.onReadMemory(req)
	case *godap.DisassembleRequest:
		srv.onDisassemble(req)
	case *godap.LoadedSourcesRequest:
		srv.send(&godap.LoadedSourcesResponse{Response: srv.response(m), Body: godap.LoadedSourcesResponseBody{Sources: srv.loadedSources()}})
	case *godap.RestartRequest:
		srv.onRestart(req)
	case *godap.TerminateRequest:
		srv.send(&godap.TerminateResponse{Response: srv.response(m)})
		srv.terminate()
	default:
		srv.fail(m, fmt.Errorf("wasmstep does not support the %s request", m.(godap.RequestMessage).GetRequest().Command))
	}
}
