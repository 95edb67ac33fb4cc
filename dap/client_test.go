package dap

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"testing"
	"time"

	godap "github.com/google/go-dap"
)

// testClient drives a Server over a pipe with go-dap's message types.
type testClient struct {
	t      *testing.T
	w      *io.PipeWriter
	msgs   chan godap.Message
	served chan error
	seq    int
	events []godap.Message // events read while waiting for something else
}

func newTestClient(t *testing.T) *testClient {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	c := &testClient{t: t, w: inW, msgs: make(chan godap.Message, 256), served: make(chan error, 1)}
	go func() {
		c.served <- NewServer(inR, outW).Serve()
		outW.Close()
	}()
	go func() {
		defer close(c.msgs)
		r := bufio.NewReader(outR)
		for {
			m, err := godap.ReadProtocolMessage(r)
			if err != nil {
				return
			}
			c.msgs <- m
		}
	}()
	t.Cleanup(func() {
		inW.Close()
		c.waitServed()
	})
	return c
}

// raw writes bytes as they are, for malformed input.
func (c *testClient) raw(s string) {
	c.t.Helper()
	if _, err := io.WriteString(c.w, s); err != nil {
		c.t.Fatalf("write: %v", err)
	}
}

// request sends a request with JSON arguments and returns its seq.
func (c *testClient) request(command string, args any) int {
	c.t.Helper()
	c.seq++
	m := map[string]any{"seq": c.seq, "type": "request", "command": command}
	if args != nil {
		m["arguments"] = args
	}
	b, err := json.Marshal(m)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := godap.WriteBaseMessage(c.w, b); err != nil {
		c.t.Fatalf("write %s: %v", command, err)
	}
	return c.seq
}

func (c *testClient) next() godap.Message {
	c.t.Helper()
	select {
	case m, ok := <-c.msgs:
		if !ok {
			c.t.Fatal("the server closed its output")
		}
		return m
	case <-time.After(20 * time.Second):
		c.t.Fatal("no message from the server in 20s")
	}
	return nil
}

// call sends a request and returns its response, keeping events aside.
func (c *testClient) call(command string, args any) godap.ResponseMessage {
	c.t.Helper()
	seq := c.request(command, args)
	return c.responseTo(seq)
}

func (c *testClient) responseTo(seq int) godap.ResponseMessage {
	c.t.Helper()
	for {
		m := c.next()
		if r, ok := m.(godap.ResponseMessage); ok && r.GetResponse().RequestSeq == seq {
			return r
		}
		if _, ok := m.(godap.EventMessage); ok {
			c.events = append(c.events, m)
		}
	}
}

// ok calls and fails the test unless the response succeeded.
func (c *testClient) ok(command string, args any) godap.ResponseMessage {
	c.t.Helper()
	r := c.call(command, args)
	if !r.GetResponse().Success {
		c.t.Fatalf("%s failed: %s", command, r.GetResponse().Message)
	}
	return r
}

// fails calls and returns the error message, failing the test on success.
func (c *testClient) fails(command string, args any) string {
	c.t.Helper()
	r := c.call(command, args)
	if r.GetResponse().Success {
		c.t.Fatalf("%s succeeded, want an error", command)
	}
	e, ok := r.(*godap.ErrorResponse)
	if !ok || e.Body.Error == nil || e.Body.Error.Format != r.GetResponse().Message {
		c.t.Fatalf("%s: error response without its message in body.error: %#v", command, r)
	}
	return r.GetResponse().Message
}

// event waits for an event by name, taking earlier ones in order.
func (c *testClient) event(name string) godap.EventMessage {
	c.t.Helper()
	for i, m := range c.events {
		if e := m.(godap.EventMessage); e.GetEvent().Event == name {
			c.events = append(c.events[:i:i], c.events[i+1:]...)
			return e
		}
	}
	for {
		m := c.next()
		if e, ok := m.(godap.EventMessage); ok {
			if e.GetEvent().Event == name {
				return e
			}
			c.events = append(c.events, m)
		}
	}
}

func (c *testClient) stopped() godap.StoppedEventBody {
	c.t.Helper()
	return c.event("stopped").(*godap.StoppedEvent).Body
}

// outputs joins the output events seen so far.
func (c *testClient) outputs() string {
	s := ""
	for _, m := range c.events {
		if o, ok := m.(*godap.OutputEvent); ok {
			s += fmt.Sprintf("[%s] %s", o.Body.Category, o.Body.Output)
		}
	}
	return s
}

func (c *testClient) waitServed() error {
	c.t.Helper()
	select {
	case err := <-c.served:
		c.served <- err
		return err
	case <-time.After(20 * time.Second):
		c.t.Fatal("the server did not end in 20s")
	}
	return nil
}
