package dap

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	godap "github.com/google/go-dap"
)

func frame(content string) string {
	return fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(content), content)
}

func TestMalformedMessagesGetAnswers(t *testing.T) {
	c := newTestClient(t)
	c.raw(frame(`{"seq": 1, "type": "request", "command": `)) // not JSON
	c.raw(frame(`{"seq": 2, "type": "request", "command": "frobnicate"}`))
	c.raw(frame(`{"seq": 3, "type": "request", "command": "setBreakpoints", "arguments": "x"}`))
	c.raw(frame(`{"seq": 4, "type": "event", "event": "whatever"}`))
	c.raw(frame(`{"seq": 5, "type": "response", "command": "runInTerminal", "request_seq": 1, "success": true}`))
	c.seq = 5
	if msg := c.responseTo(2).GetResponse().Message; msg != `unknown request "frobnicate"` {
		t.Fatalf("unknown request: %q", msg)
	}
	if r := c.responseTo(3).GetResponse(); r.Success || !strings.Contains(r.Message, "bad setBreakpoints request") {
		t.Fatalf("bad arguments: %+v", r)
	}
	if !strings.Contains(c.outputs(), "[stderr] wasmstep dap: ignored a message") {
		t.Fatalf("no word about the broken message: %q", c.outputs())
	}
	c.ok("initialize", nil) // still serving
}

func TestRequestsBeforeLaunch(t *testing.T) {
	c := newTestClient(t)
	c.ok("initialize", nil)
	for _, cmd := range []string{"configurationDone", "setBreakpoints", "continue", "next", "stepBack", "threads",
		"stackTrace", "scopes", "variables", "evaluate", "readMemory", "disassemble", "dataBreakpointInfo", "restart"} {
		if msg := c.fails(cmd, map[string]any{}); msg != errNotLaunched.Error() {
			t.Errorf("%s before launch: %q", cmd, msg)
		}
	}
	if msg := c.fails("attach", map[string]any{}); !strings.Contains(msg, "use launch") {
		t.Errorf("attach: %q", msg)
	}
	c.ok("pause", map[string]any{"threadId": 1}) // nothing to pause: harmless
	c.ok("disconnect", nil)
	if err := c.waitServed(); err != nil {
		t.Fatal(err)
	}
}

func TestFramingErrorEndsTheServer(t *testing.T) {
	for _, in := range []string{
		"Garbage\r\n\r\n",
		"Content-Length: 99999999999\r\n\r\n",
		"Content-Length: x\r\n\r\n",
		"Content-Length: 3\n\n{}",
		strings.Repeat("a", 5000),
	} {
		var out bytes.Buffer
		err := NewServer(strings.NewReader(in), &out).Serve()
		if !errors.Is(err, errFraming) {
			t.Errorf("%.20q: Serve returned %v, want a framing error", in, err)
		}
	}
	// A stream cut in the middle of a message is the client going away.
	if err := NewServer(strings.NewReader("Content-Length: 10\r\n\r\n{}"), io.Discard).Serve(); err != nil {
		t.Errorf("truncated stream: %v", err)
	}
}

func TestClientGoneMidRun(t *testing.T) {
	c := newTestClient(t)
	c.ok("initialize", nil)
	c.ok("launch", map[string]any{"program": sumWat, "invoke": "spin"})
	c.ok("configurationDone", nil)
	time.Sleep(20 * time.Millisecond) // let it spin
	c.w.Close()
	if err := c.waitServed(); err != nil {
		t.Fatal(err)
	}
}

// FuzzReadMessage feeds the message reader arbitrary bytes: it must return
// messages no larger than its bounds, or errors, and never panic.
func FuzzReadMessage(f *testing.F) {
	f.Add([]byte(frame(`{"seq":1,"type":"request","command":"initialize"}`)))
	f.Add([]byte("Content-Length: 2\r\nContent-Type: x\r\n\r\n{}"))
	f.Add([]byte("Content-Length: 4\r\n\r\nnull"))
	f.Add([]byte("\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := bufio.NewReader(bytes.NewReader(data))
		for {
			content, err := readMessage(r)
			if err != nil {
				return
			}
			if len(content) > maxContent {
				t.Fatalf("message of %d bytes", len(content))
			}
			m, err := godap.DecodeProtocolMessage(content)
			if err == nil && m == nil {
				t.Fatal("no message and no error")
			}
		}
	})
}

func TestFloodWhileRunningStillPauses(t *testing.T) {
	c := newTestClient(t)
	c.ok("initialize", nil)
	c.ok("launch", map[string]any{"program": sumWat, "invoke": "spin"})
	c.ok("configurationDone", nil)
	var seqs []int
	for range maxQueued + 20 {
		seqs = append(seqs, c.request("stackTrace", map[string]any{"threadId": 1}))
	}
	busy := 0
	for _, seq := range seqs[maxQueued:] {
		if r := c.responseTo(seq).GetResponse(); !r.Success && r.Message == errBusy.Error() {
			busy++
		}
	}
	if busy == 0 {
		t.Fatal("no request was turned away while the queue was full")
	}
	c.ok("pause", nil)
	c.stopped()
	c.ok("disconnect", nil)
}
