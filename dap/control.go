package dap

import (
	"encoding/json"
	"fmt"
	"slices"

	godap "github.com/google/go-dap"

	"wasmstep/debugger"
)

func (srv *Server) onLaunch(req *godap.LaunchRequest) {
	if srv.s != nil {
		srv.fail(req, fmt.Errorf("a program is already launched"))
		return
	}
	cfg, err := parseLaunch(req.Arguments)
	if err != nil {
		srv.fail(req, err)
		return
	}
	s := debugger.NewSession(cfg.options())
	s.SetStepOthers(cfg.stepOthers)
	s.SubscribeOutput(func(e debugger.Event) {
		if e.Kind == debugger.EventOutput {
			srv.output("stdout", e.Output+"\n")
		}
	})
	if err := srv.invoke(s, cfg); err != nil {
		s.Close()
		srv.fail(req, err)
		return
	}
	srv.s, srv.cfg = s, cfg
	srv.live.Store(s)
	srv.send(&godap.LaunchResponse{Response: srv.response(req)})
	srv.send(&godap.InitializedEvent{Event: event("initialized")})
}

// invoke loads the program unless it is loaded (a restart keeps it) and
// starts the call, stopped before its first instruction until start.
func (srv *Server) invoke(s *debugger.Session, cfg *launchConfig) error {
	if len(s.Files()) == 0 {
		if err := s.LoadFiles(cfg.files...); err != nil {
			return err
		}
	}
	name, err := cfg.entry(s)
	if err != nil {
		return err
	}
	if _, err := s.Invoke(name, cfg.args); err != nil {
		return err
	}
	srv.code = newCodeMap(s)
	srv.refs.reset()
	srv.ended = false
	return nil
}

// start lets the configured program go: it reports the entry stop, or runs.
func (srv *Server) start() {
	if srv.ended {
		return
	}
	if srv.cfg.stopOnEntry && !srv.cfg.noDebug {
		srv.afterStop(srv.s.Snapshot(), nil)
		return
	}
	srv.afterStop(srv.s.Continue())
}

// onRestart instantiates the program afresh and invokes again. New launch
// arguments may change everything but the files: the Session keeps the
// loaded modules, and its link function reads the configuration it points
// to, so environment, directories and memory budget follow.
func (srv *Server) onRestart(req *godap.RestartRequest) {
	var a struct {
		Arguments json.RawMessage `json:"arguments"`
	}
	if len(req.Arguments) > 0 && json.Unmarshal(req.Arguments, &a) == nil && len(a.Arguments) > 0 {
		cfg, err := parseLaunch(a.Arguments)
		if err == nil && !slices.Equal(cfg.files, srv.cfg.files) {
			err = fmt.Errorf("restart cannot change the program's files: start a new session")
		}
		if err != nil {
			srv.fail(req, err)
			return
		}
		*srv.cfg = *cfg
	}
	if err := srv.s.Restart(); err != nil {
		srv.fail(req, err)
		return
	}
	if err := srv.invoke(srv.s, srv.cfg); err != nil {
		srv.fail(req, err)
		return
	}
	srv.send(&godap.RestartResponse{Response: srv.response(req)})
	srv.start()
}

type direction bool

const (
	forward  direction = true
	backward direction = false
)

// resume answers an execution request at once, then runs it and reports
// where it stopped. Forward from a trap ends the program as the trap
// would have without the debugger.
func (srv *Server) resume(req godap.Message, dir direction, run func() (*debugger.Snapshot, error)) {
	snap := srv.s.Snapshot()
	if srv.ended || snap == nil || (snap.State != debugger.StateStopped && snap.State != debugger.StateTrapped) {
		srv.fail(req, errNotStopped)
		return
	}
	switch req.(type) {
	case *godap.ContinueRequest:
		srv.send(&godap.ContinueResponse{Response: srv.response(req), Body: godap.ContinueResponseBody{AllThreadsContinued: true}})
	default:
		srv.send(responseFor(req, srv.response(req)))
	}
	if dir == forward && snap.State == debugger.StateTrapped {
		srv.finish(snap)
		return
	}
	srv.afterStop(run())
}

// responseFor is the empty success response of a stepping request.
func responseFor(req godap.Message, r godap.Response) godap.Message {
	switch req.(type) {
	case *godap.NextRequest:
		return &godap.NextResponse{Response: r}
	case *godap.StepInRequest:
		return &godap.StepInResponse{Response: r}
	case *godap.StepOutRequest:
		return &godap.StepOutResponse{Response: r}
	case *godap.StepBackRequest:
		return &godap.StepBackResponse{Response: r}
	}
	return &godap.ReverseContinueResponse{Response: r}
}

// afterStop reports a stop: a stopped event, or the end of the program.
func (srv *Server) afterStop(snap *debugger.Snapshot, err error) {
	srv.refs.reset()
	if err != nil {
		srv.output("stderr", err.Error()+"\n")
		snap = srv.s.Snapshot()
	}
	switch {
	case snap.State == debugger.StateFinished:
		srv.finish(snap)
		return
	case snap.State == debugger.StateTrapped && (srv.cfg.noDebug || !srv.filters.stopsAt(snap.Reason)):
		srv.finish(snap)
		return
	}
	body := godap.StoppedEventBody{ThreadId: srv.noteThreads(snap), AllThreadsStopped: true, Text: snap.Message}
	switch snap.Reason {
	case debugger.StopEntry:
		body.Reason = "entry"
	case debugger.StopBreakpoint:
		body.Reason, body.HitBreakpointIds = "breakpoint", srv.bps.hitAt(srv.s, snap)
	case debugger.StopWatchpoint:
		body.Reason, body.HitBreakpointIds = "data breakpoint", srv.bps.watchesHit(srv.s)
	case debugger.StopPause:
		body.Reason = "pause"
	case debugger.StopTrap, debugger.StopException:
		body.Reason, body.Description = "exception", snap.Reason.String()
	case debugger.StopHistoryStart:
		body.Reason, body.Description = "step", "reached the start of the recorded history"
	default:
		body.Reason = "step"
	}
	srv.bps.noteWatchHits(srv.s)
	srv.send(&godap.StoppedEvent{Event: event("stopped"), Body: body})
}

func (f exceptionFilters) stopsAt(r debugger.StopReason) bool {
	if r == debugger.StopException {
		return f.uncaught
	}
	return f.trap
}

// finish reports the end of the call as `wasmstep run` prints it: the
// results on stdout, a trap or uncaught exception on stderr, then the exit
// status (the WASI exit code; 1 after a trap).
func (srv *Server) finish(snap *debugger.Snapshot) {
	code := 0
	switch snap.Reason {
	case debugger.StopException:
		srv.output("stderr", snap.Message+"\n")
		code = 1
	case debugger.StopTrap:
		text := "trap: " + snap.Message + "\n"
		if cur := snap.Current(); cur != nil {
			text += fmt.Sprintf("  at %s in %s\n", cur.Location.Start, cur.Location.FuncName)
		}
		srv.output("stderr", text)
		code = 1
	default:
		for _, v := range snap.Results {
			srv.output("stdout", v.String()+"\n")
		}
		if c, ok := srv.s.ExitCode(); ok {
			code = int(c)
		}
	}
	srv.end(code)
}

// end tells the client the program exited with a status.
func (srv *Server) end(code int) {
	if !srv.ended {
		srv.send(&godap.ExitedEvent{Event: event("exited"), Body: godap.ExitedEventBody{ExitCode: code}})
		srv.terminate()
	}
}

// terminate ends the debugging of the program (the call in progress is
// abandoned at the next invoke or restart).
func (srv *Server) terminate() {
	if !srv.ended {
		srv.ended = true
		srv.send(&godap.TerminatedEvent{Event: event("terminated")})
	}
}
