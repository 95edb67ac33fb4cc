// Package dap is wasmstep's Debug Adapter Protocol front end: editors drive
// the same debugger.Session as the window and `wasmstep debug`. It only
// translates, requests into Session calls and stops into events; what a
// debugger does is the Session's.
package dap

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"reflect"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	godap "github.com/google/go-dap"

	"wasmstep/debugger"
)

// maxQueued bounds the requests waiting for the request goroutine.
const maxQueued = 64

var errBusy = errors.New("too many requests while the program runs: pause it first")

// Server speaks DAP with one client over a pair of byte streams. Requests
// run one after another on one goroutine (the Session's); the reading
// goroutine answers pause and threads itself, since the Session is busy
// running then.
type Server struct {
	in  *bufio.Reader
	out io.Writer

	wmu  sync.Mutex // one message at a time on out
	seq  int
	werr error

	// live is the launched session, for Pause from the reading goroutine.
	live atomic.Pointer[debugger.Session]
	// pausing counts pause requests that have not reached the request
	// goroutine yet.
	pausing atomic.Int32
	// threadList is the program's threads at the last stop (threads.go).
	threadList atomic.Pointer[[]godap.Thread]

	// The rest belongs to the goroutine that runs requests.
	s          *debugger.Session
	cfg        *launchConfig
	code       *codeMap
	refs       handles
	bps        breakpointSets
	filters    exceptionFilters
	configured bool // configurationDone was handled
	ended      bool // terminated was sent
	disposed   bool // disconnect was handled
}

// NewServer returns a server reading requests from in and writing
// responses and events to out.
func NewServer(in io.Reader, out io.Writer) *Server {
	return &Server{in: bufio.NewReader(in), out: out, filters: defaultFilters()}
}

// Serve runs the protocol until the client disconnects or its stream ends;
// it returns nil then, or the framing error that made the stream unusable.
func (srv *Server) Serve() error {
	reqs := make(chan godap.Message, maxQueued)
	done := make(chan struct{})
	var disconnect godap.Message
	go func() {
		defer close(done)
		for m := range reqs {
			srv.handle(m)
		}
		if disconnect != nil { // written before reqs was closed
			srv.handle(disconnect)
		}
		srv.close()
	}()
	disconnect, err := srv.read(reqs)
	close(reqs)
	// A run the client no longer waits for is paused until the request
	// goroutine has let go of the session (a run may start after one Pause).
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	defer srv.pausing.Store(0)
	for {
		srv.pause()
		select {
		case <-done:
			return err
		case <-tick.C:
		}
	}
}

// read passes requests on until the end of the stream, a framing error
// or disconnect, which it returns to be answered after the queue. A message
// that is framed but not a request we know gets an error response, or an
// output event when it has no sequence number to answer. The queue is
// bounded: while a run holds the request goroutine, a client that sends
// more is told so instead of stalling the reader, which must stay free for
// pause and disconnect.
func (srv *Server) read(reqs chan<- godap.Message) (disconnect godap.Message, err error) {
	for {
		content, err := readMessage(srv.in)
		if err != nil {
			if clientGone(err) {
				return nil, nil
			}
			srv.output("stderr", fmt.Sprintf("wasmstep dap: %v\n", err))
			return nil, err
		}
		m, err := godap.DecodeProtocolMessage(content)
		if err != nil {
			srv.rejectUndecodable(content, err)
			continue
		}
		switch m.(type) {
		case *godap.PauseRequest:
			srv.send(&godap.PauseResponse{Response: srv.response(m)})
			srv.pauseUntilSeen()
		case *godap.ThreadsRequest:
			if srv.live.Load() != nil { // a running program has its threads too
				srv.send(&godap.ThreadsResponse{Response: srv.response(m), Body: godap.ThreadsResponseBody{Threads: srv.threads()}})
				continue
			}
		case *godap.DisconnectRequest:
			return m, nil
		}
		select {
		case reqs <- m:
		default:
			if _, ok := m.(*godap.PauseRequest); ok {
				srv.pause() // already answered; the queue is full of a run's waiters
				srv.pauseSeen()
			} else if _, ok := m.(godap.RequestMessage); ok {
				srv.fail(m, errBusy)
			}
		}
	}
}

// pauseUntilSeen pauses whatever runs until the pause request, queued
// behind the requests read before it, reaches the request goroutine: a run
// that one of those starts after this moment is paused too.
func (srv *Server) pauseUntilSeen() {
	if srv.pausing.Add(1) > 1 {
		return
	}
	go func() {
		for srv.pausing.Load() > 0 {
			srv.pause()
			time.Sleep(5 * time.Millisecond)
		}
	}()
}

// pauseSeen is called as a pause request reaches the request goroutine, or
// is turned away from a full queue.
func (srv *Server) pauseSeen() { srv.pausing.Add(-1) }

func (srv *Server) pause() {
	if s := srv.live.Load(); s != nil {
		s.Pause()
	}
}

// rejectUndecodable answers a message go-dap could not decode.
func (srv *Server) rejectUndecodable(content []byte, err error) {
	var head struct {
		Seq     int    `json:"seq"`
		Type    string `json:"type"`
		Command string `json:"command"`
	}
	if json.Unmarshal(content, &head) != nil || head.Type != "request" {
		srv.output("stderr", fmt.Sprintf("wasmstep dap: ignored a message that is not a request: %v\n", err))
		return
	}
	var field *godap.DecodeProtocolMessageFieldError
	msg := fmt.Sprintf("bad %s request: %v", head.Command, err)
	if errors.As(err, &field) {
		msg = fmt.Sprintf("unknown request %q", head.Command)
	}
	srv.send(errorResponse(godap.Response{
		ProtocolMessage: godap.ProtocolMessage{Type: "response"},
		RequestSeq:      head.Seq, Command: head.Command,
	}, msg))
}

// response is the successful response header for a request.
func (srv *Server) response(req godap.Message) godap.Response {
	r := req.(godap.RequestMessage).GetRequest()
	return godap.Response{
		ProtocolMessage: godap.ProtocolMessage{Type: "response"},
		RequestSeq:      r.Seq, Command: r.Command, Success: true,
	}
}

func errorResponse(r godap.Response, msg string) *godap.ErrorResponse {
	r.Success, r.Message = false, msg
	return &godap.ErrorResponse{Response: r, Body: godap.ErrorResponseBody{
		Error: &godap.ErrorMessage{Id: 1, Format: msg, ShowUser: true},
	}}
}

// fail answers a request with the message users see on the command line.
func (srv *Server) fail(req godap.Message, err error) {
	srv.send(errorResponse(srv.response(req), err.Error()))
}

func event(name string) godap.Event {
	return godap.Event{ProtocolMessage: godap.ProtocolMessage{Type: "event"}, Event: name}
}

// output sends text to the client's console.
func (srv *Server) output(category, text string) {
	srv.send(&godap.OutputEvent{Event: event("output"), Body: godap.OutputEventBody{Category: category, Output: text}})
}

// send numbers a message and writes it. After a write error (the client
// went away) messages are dropped; the reader sees the end of the stream.
func (srv *Server) send(m godap.Message) {
	srv.wmu.Lock()
	defer srv.wmu.Unlock()
	if srv.werr != nil {
		return
	}
	srv.seq++
	reflect.ValueOf(m).Elem().FieldByName("Seq").SetInt(int64(srv.seq))
	srv.werr = godap.WriteProtocolMessage(srv.out, m)
}

// close releases the session when the requests end.
func (srv *Server) close() {
	if srv.s != nil {
		srv.live.Store(nil)
		srv.s.Close()
		srv.s = nil
	}
}

// clientGone tells a client that left from a stream that broke: a TCP
// client that closes with our events still unread resets the connection.
func clientGone(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, net.ErrClosed) || errors.Is(err, syscall.ECONNRESET)
}
